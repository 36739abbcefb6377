/**
 * Applies localization rules to text in one left-to-right pass: at each place the longest matching
 * phrase wins, a keep-word (城市, 市场 …) shields its characters, and replaced text is never matched
 * again, so 市级→县级 and 县级政府→乡镇政府 cannot chain. Also maps unit names by the rules.
 */
import type { LocalizationRule, LocalizationRuleSet } from './localizationRules';

export interface LocalizationChange {
  /** Offset in the original text. */
  index: number;
  from: string;
  to: string;
}

export interface LocalizedText {
  text: string;
  changes: LocalizationChange[];
}

interface Candidate {
  from: string;
  to: string | null;
}

/** A compiled rule set: candidates grouped by first character, longest first, keep-words first on ties. */
export interface Localizer {
  byFirst: Map<string, Candidate[]>;
  keepByFirst: Map<string, string[]>;
}

export function compileLocalizer(rules: LocalizationRule[], keep: string[]): Localizer {
  const byFirst = new Map<string, Candidate[]>();
  const keepByFirst = new Map<string, string[]>();
  const push = (c: Candidate) => {
    if (!c.from) return;
    const list = byFirst.get(c.from[0]) ?? [];
    list.push(c);
    byFirst.set(c.from[0], list);
  };
  for (const word of keep) {
    push({ from: word, to: null });
    const list = keepByFirst.get(word[0]) ?? [];
    list.push(word);
    keepByFirst.set(word[0], list);
  }
  for (const rule of rules) push({ from: rule.from, to: rule.to });
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.from.length - a.from.length || Number(a.to !== null) - Number(b.to !== null));
  }
  return { byFirst, keepByFirst };
}

/** True when a keep-word starts inside [start, end) and runs past it (全市|场 must not become 全县场). */
function straddlesKeepWord(text: string, start: number, end: number, keepByFirst: Map<string, string[]>): boolean {
  for (let j = start + 1; j < end; j++) {
    for (const word of keepByFirst.get(text[j]) ?? []) {
      if (j + word.length > end && text.startsWith(word, j)) return true;
    }
  }
  return false;
}

export function applyLocalizer(text: string, localizer: Localizer): LocalizedText {
  const changes: LocalizationChange[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    let consumed = 0;
    for (const candidate of localizer.byFirst.get(text[i]) ?? []) {
      if (!text.startsWith(candidate.from, i)) continue;
      if (candidate.to === null) {
        out += candidate.from;
        consumed = candidate.from.length;
        break;
      }
      if (straddlesKeepWord(text, i, i + candidate.from.length, localizer.keepByFirst)) continue;
      out += candidate.to;
      changes.push({ index: i, from: candidate.from, to: candidate.to });
      consumed = candidate.from.length;
      break;
    }
    if (consumed === 0) {
      out += text[i];
      consumed = 1;
    }
    i += consumed;
  }
  return { text: out, changes };
}

/** Localize `text` by the rule set, with unit names (upstream → local) applied as extra phrases. */
export function localizeText(text: string, ruleSet: LocalizationRuleSet, unitNames: Record<string, string> = {}): LocalizedText {
  const unitRules = Object.entries(unitNames)
    .filter(([from, to]) => from !== to)
    .map(([from, to]) => ({ from, to }));
  return applyLocalizer(text, compileLocalizer([...ruleSet.rules, ...unitRules], ruleSet.keep));
}

/**
 * The local name the rules give an upstream unit: phrases first (市安委会成员单位→县安委会成员单位),
 * then the leading level character (市应急局→县应急局) and the level's endings (…支队→…大队).
 */
export function defaultLocalUnit(upstreamName: string, ruleSet: LocalizationRuleSet, localizer?: Localizer): string {
  const compiled = localizer ?? compileLocalizer(ruleSet.rules, ruleSet.keep);
  const phrased = applyLocalizer(upstreamName, compiled);
  let name = phrased.text;
  const prefix = ruleSet.unitPrefix;
  const prefixAlreadyChanged = phrased.changes.some((c) => c.index === 0);
  if (prefix && !prefixAlreadyChanged && name.startsWith(prefix.from) && name.length > prefix.from.length) {
    const rest = name.slice(prefix.from.length);
    const levelThenKeep = ruleSet.unitKeep.some((word) => rest.startsWith(word));
    const shielded = !levelThenKeep && ruleSet.unitKeep.some((word) => name.startsWith(word));
    if (!shielded) name = prefix.to + name.slice(prefix.from.length);
  }
  const changedLevel = name !== upstreamName;
  if (changedLevel) {
    for (const suffix of ruleSet.unitSuffixes) {
      if (name.endsWith(suffix.from)) {
        name = name.slice(0, name.length - suffix.from.length) + suffix.to;
        break;
      }
    }
  }
  return name;
}
