/**
 * 公文校对: runs every rule family over a parsed notice. Lint never throws, whatever the notice holds;
 * the rule catalogue (ids, severities, descriptions) is LINT_RULES.
 */
import type { Finding, ParsedNotice } from '../domain/notice';
import { dateFindings } from './dateRules';
import { docNumberFindings } from './docNumberRules';
import { elementFindings } from './elementRules';
import { numberingFindings } from './numberingRules';
import { unitFindings } from './unitRules';

export { LINT_RULES, type LintRule, type LintRuleId } from './ruleCatalog';

const RULE_FAMILIES: ((notice: ParsedNotice) => Finding[])[] = [
  elementFindings,
  docNumberFindings,
  dateFindings,
  numberingFindings,
  unitFindings,
];

export function lintNotice(notice: ParsedNotice): Finding[] {
  return RULE_FAMILIES.flatMap((family) => family(notice));
}
