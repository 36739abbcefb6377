/**
 * Localization rules per pair of levels: the clerk's edited rule set when there is one, else the
 * defaults generated for the pair — with the organization's own character (县, 区, 旗 …) and the
 * upstream issuer's.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import { defaultRuleSet, localizationRuleSetSchema, ruleSetKey, type LocalizationRuleSet } from '../../../shared/drafting/localizationRules';
import { adminChar, type AdminLevel, type Organization } from '../../../shared/drafting/organization';
import { timestamp } from '../archive/clock';
import type { DraftingContext } from './draftingContext';

export function rulesService({ repos, clock }: DraftingContext, organization: () => Organization | null) {
  function stored(fromLevel: AdminLevel, toLevel: AdminLevel): LocalizationRuleSet | null {
    const json = repos.rules.get(ruleSetKey(fromLevel, toLevel));
    if (json === null) return null;
    const parsed = localizationRuleSetSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  }

  function get(fromLevel: AdminLevel, toLevel: AdminLevel, upstreamIssuer: string | null = null): LocalizationRuleSet {
    const saved = stored(fromLevel, toLevel);
    if (saved) return saved;
    const org = organization();
    const localChar = org && org.adminLevel === toLevel ? adminChar(org.name, toLevel) : undefined;
    const upstreamChar = upstreamIssuer ? adminChar(upstreamIssuer, fromLevel) : undefined;
    return defaultRuleSet({ level: fromLevel, char: upstreamChar }, { level: toLevel, char: localChar });
  }

  return {
    get,

    save(input: unknown): ApiResult<LocalizationRuleSet> {
      const checked = validate(localizationRuleSetSchema, input);
      if (!checked.ok) return fail(checked.error);
      const ruleSet = checked.value;
      if (ruleSet.rules.some((r) => r.from.trim() === '')) return fail('规则的原词不能为空。');
      repos.rules.set(ruleSetKey(ruleSet.fromLevel, ruleSet.toLevel), JSON.stringify(ruleSet), timestamp(clock));
      return ok(ruleSet);
    },
  };
}

export type RulesService = ReturnType<typeof rulesService>;
