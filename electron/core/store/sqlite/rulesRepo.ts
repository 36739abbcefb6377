/** SQLite rows of the localization rules the clerk edited, one rule set (JSON) per pair of levels ("city>county"). */
import { localizationRuleSetSchema, ruleSetKey } from '../../../../shared/drafting/localizationRules';
import type { Db } from '../../db/openDatabase';
import type { RulesRepository } from '../draftingRepositories';

export function rulesRepo(db: Db): RulesRepository {
  const get = db.prepare('SELECT rule_set FROM localization_rules WHERE pair = ?').pluck();
  const set = db.prepare(`
    INSERT INTO localization_rules (pair, rule_set, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (pair) DO UPDATE SET rule_set = excluded.rule_set, updated_at = excluded.updated_at`);

  return {
    async get(fromLevel, toLevel) {
      const json = get.get(ruleSetKey(fromLevel, toLevel)) as string | undefined;
      if (json === undefined) return null;
      const parsed = localizationRuleSetSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    },
    async save(ruleSet, at) {
      set.run(ruleSetKey(ruleSet.fromLevel, ruleSet.toLevel), JSON.stringify(ruleSet), at);
    },
  };
}
