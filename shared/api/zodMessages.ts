/**
 * Zod's issues as plain Chinese sentences for the clerk: no type names (string, int, undefined), no regular
 * expressions, no English. A message a schema gives itself (a refinement's 办理期限不能早于收文日期) comes
 * first; this map only words what zod would otherwise say in its own terms, naming the field when its
 * schema carries a Chinese description.
 */
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  date: '日期',
  array: '列表',
  tuple: '列表',
  set: '列表',
  object: '一组字段',
  record: '一组字段',
  map: '一组字段',
  file: '文件',
  null: '空值',
};

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮件地址',
  url: '网址',
  date: '日期（如2025-03-01）',
  datetime: '日期时间',
  time: '时间',
  uuid: '编号',
  base64: '文件内容',
};

function sizeUnit(origin: string): string {
  if (origin === 'string') return '个字';
  if (origin === 'file') return '字节';
  return '项';
}

const listed = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v))).join('、');

/** The field's Chinese name when its schema has one (`.describe('全宗号')`): 全宗号不能为空。 */
export function chineseIssueMessage(issue: RawIssue): string {
  const label = (issue.schema as { description?: string } | undefined)?.description ?? '';
  return label + issueSentence(issue);
}

function issueSentence(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填的内容。';
      return `应为${TYPE_NAMES[issue.expected] ?? '其他类型的内容'}。`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'file') {
        if (min <= 1 && issue.inclusive !== false) return '不能为空。';
        return issue.exact ? `应为${min}${sizeUnit(issue.origin)}。` : `至少应有${min}${sizeUnit(issue.origin)}。`;
      }
      if (issue.origin === 'date') return '日期太早。';
      return issue.inclusive === false ? `应大于${min}。` : `不能小于${min}。`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'file') {
        return issue.exact ? `应为${max}${sizeUnit(issue.origin)}。` : `不能超过${max}${sizeUnit(issue.origin)}。`;
      }
      if (issue.origin === 'date') return '日期太晚。';
      return issue.inclusive === false ? `应小于${max}。` : `不能大于${max}。`;
    }
    case 'invalid_format':
      return `${FORMAT_NAMES[issue.format] ?? '内容'}的格式不正确。`;
    case 'not_multiple_of':
      return `应为${issue.divisor}的整数倍。`;
    case 'invalid_value':
      // Codes (pending, 30y) mean nothing to the clerk; Chinese choices (通知, 特急) are worth listing.
      if (issue.values.some((v) => typeof v !== 'string' || /[A-Za-z]/.test(v))) return '不是可选的值。';
      return issue.values.length === 1 ? `只能是${listed(issue.values)}。` : `应为${listed(issue.values)}之一。`;
    case 'unrecognized_keys':
      return '含有无法识别的多余内容。';
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
    case 'custom':
    default:
      return '内容不符合要求。';
  }
}
