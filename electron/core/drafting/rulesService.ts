/**
 * Localization rules per pair of levels: the clerk's edited rule set when there is one, else the
 * defaults generated for the pair — with the organization's own character (县, 区, 旗 …) and the
 * upstream issuer's.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { defaultRuleSet, type LocalizationRuleSet } from '../../../shared/drafting/localizationRules';
import { adminChar, type AdminLevel, type Organization } from '../../../shared/drafting/organization';
import { timestamp } from '../archive/clock';
import type { DraftingContext } from './draftingContext';

export function rulesService({ store, clock }: DraftingContext, organization: () => Promise<Organization | null>) {
  return {
    async get(fromLevel: AdminLevel, toLevel: AdminLevel, upstreamIssuer: string | null = null): Promise<LocalizationRuleSet> {
      const saved = await store.read((tx) => tx.rules.get(fromLevel, toLevel));
      if (saved) return saved;
      const org = await organization();
      const localChar = org && org.adminLevel === toLevel ? adminChar(org.name, toLevel) : undefined;
      const upstreamChar = upstreamIssuer ? adminChar(upstreamIssuer, fromLevel) : undefined;
      return defaultRuleSet({ level: fromLevel, char: upstreamChar }, { level: toLevel, char: localChar });
    },

    async save(ruleSet: LocalizationRuleSet): Promise<ApiResult<LocalizationRuleSet>> {
      // The contract's schema allows a phrase of spaces; a rule replacing nothing is a mistake.
      if (ruleSet.rules.some((r) => r.from.trim() === '')) return fail('规则的原词不能为空。');
      await store.write((tx) => tx.rules.save(ruleSet, timestamp(clock)));
      return ok(ruleSet);
    },
  };
}

export type RulesService = ReturnType<typeof rulesService>;
