/** SQL of the localization rules the clerk edited, one rule set per pair of levels ("city>county"). */
import type { Db } from '../../db/openDatabase';

export function rulesRepo(db: Db) {
  const get = db.prepare('SELECT rule_set FROM localization_rules WHERE pair = ?').pluck();
  const set = db.prepare(`
    INSERT INTO localization_rules (pair, rule_set, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (pair) DO UPDATE SET rule_set = excluded.rule_set, updated_at = excluded.updated_at`);
  return {
    get: (pair: string) => (get.get(pair) as string | undefined) ?? null,
    set: (pair: string, json: string, at: string) => set.run(pair, json, at),
  };
}

export type RulesRepo = ReturnType<typeof rulesRepo>;
