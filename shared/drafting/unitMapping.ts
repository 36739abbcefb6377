/**
 * Responsible-unit mapping (upstream unit → local unit): the clerk's learned overrides first, then
 * the default the level rules give (市应急局 → 县应急局). Learning reads a saved draft: wherever the
 * clerk renamed a mapped unit, that name becomes the mapping for the upstream unit.
 */
import type { Draft } from './draft';
import type { LocalizationRuleSet } from './localizationRules';
import { defaultLocalUnit } from './localize';

export type UnitMapping = Record<string, string>;

export function mapUnitName(upstreamName: string, ruleSet: LocalizationRuleSet, overrides: UnitMapping): string {
  return Object.hasOwn(overrides, upstreamName) ? overrides[upstreamName] : defaultLocalUnit(upstreamName, ruleSet);
}

/**
 * The mappings a draft teaches: each unit the clerk renamed (its name differs from what the mapping
 * gives its upstream unit). When one upstream unit was renamed differently in several clauses, the
 * name used most often wins.
 */
export function learnedUnitMappings(draft: Draft, ruleSet: LocalizationRuleSet, overrides: UnitMapping): UnitMapping {
  const votes = new Map<string, Map<string, number>>();
  for (const clause of draft.clauses) {
    if (clause.status === 'dropped') continue;
    for (const unit of clause.units) {
      if (unit.upstream === null) continue;
      if (unit.name === mapUnitName(unit.upstream, ruleSet, overrides)) continue;
      const tally = votes.get(unit.upstream) ?? new Map<string, number>();
      tally.set(unit.name, (tally.get(unit.name) ?? 0) + 1);
      votes.set(unit.upstream, tally);
    }
  }
  const learned: UnitMapping = {};
  for (const [upstream, tally] of votes) {
    learned[upstream] = [...tally].sort((a, b) => b[1] - a[1])[0][0];
  }
  return learned;
}

/**
 * Applies a changed mapping to a draft's units that still carry the previous mapping, so one
 * correction (市应急局 → 县应急管理局) reaches every clause the clerk has not touched by hand.
 */
export function remapDraftUnits(draft: Draft, ruleSet: LocalizationRuleSet, before: UnitMapping, after: UnitMapping): Draft {
  return {
    ...draft,
    clauses: draft.clauses.map((clause) => ({
      ...clause,
      units: clause.units.map((unit) => {
        if (unit.upstream === null) return unit;
        const was = mapUnitName(unit.upstream, ruleSet, before);
        return unit.name === was ? { ...unit, name: mapUnitName(unit.upstream, ruleSet, after) } : unit;
      }),
    })),
  };
}
