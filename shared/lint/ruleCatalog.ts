/**
 * The catalogue of 公文校对 rules: each stable rule id with its severity and a Chinese description the
 * UI lists, plus the helpers every rule family uses to build findings.
 */
import type { Clause, Finding, FindingLocation, Severity } from '../domain/notice';

export interface LintRule {
  /** The severity of the rule's findings; where a rule has a milder case, the description names it. */
  severity: Severity;
  description: string;
}

export const LINT_RULES = {
  'doc-number-bracket': { severity: 'error', description: '文号年份未使用六角括号〔〕（如用了[]、【】、（））' },
  'doc-number-di': { severity: 'error', description: '文号顺序号前加了“第”（令除外）' },
  'doc-number-hao': { severity: 'error', description: '文号末尾缺少“号”' },
  'doc-number-leading-zero': { severity: 'error', description: '文号顺序号编了虚位（如“007号”）' },
  'doc-number-spacing': { severity: 'error', description: '文号中有空格' },
  'doc-number-year': {
    severity: 'error',
    description: '文号年份只写了两位（错误）；或与成文日期的年份不一致（提醒）',
  },
  'numbering-gap': { severity: 'warning', description: '同一层次的序号跳号或顺序颠倒' },
  'numbering-duplicate': { severity: 'error', description: '同一层次的序号重复' },
  'numbering-mixed-width': {
    severity: 'warning',
    description: '层次序号的括号或点号全角、半角混用（如“(一)”与“（二）”并存）',
  },
  'numbering-level-skip': { severity: 'warning', description: '层次序号跳级（如“一、”之下直接用“（1）”）' },
  'date-format': {
    severity: 'warning',
    description: '成文日期未写成“2025年4月3日”的形式（用了汉字数字、月日编了虚位或用了“-”“.”“/”）',
  },
  'missing-element': {
    severity: 'error',
    description: '缺少文号或标题（错误）；缺少发文机关或成文日期（提醒）',
  },
  'units-missing': {
    severity: 'warning',
    description: '第二层次及以下的条款既未写责任单位，也没有前文统一明确的责任单位；全文都未写责任单位时只提示一次（提示）',
  },
  'unplaced-text': { severity: 'warning', description: '有文字未能归入公文的任何部分（原文已保留）' },
} as const satisfies Record<string, LintRule>;

export type LintRuleId = keyof typeof LINT_RULES;

/** A finding of `rule` with the rule's severity unless a milder one is given. */
export function finding(rule: LintRuleId, message: string, at?: FindingLocation, severity?: Severity): Finding {
  const result: Finding = { rule, severity: severity ?? LINT_RULES[rule].severity, message };
  if (at) result.at = at;
  return result;
}

const EXCERPT_LENGTH = 30;

export function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT_LENGTH ? `${oneLine.slice(0, EXCERPT_LENGTH)}…` : oneLine;
}

/** Where a clause stands: its line and its marker and heading. */
export function clauseLocation(clause: Clause, clauseIndex: number): FindingLocation {
  return { line: clause.line, excerpt: excerpt(`${clause.marker}${clause.heading}`), clauseIndex };
}
