/**
 * 成文日期 form: GB/T 9704-2012 wants Arabic numerals, the full year and no padding (2025年4月3日),
 * where the 1999 rule wrote 二〇二四年五月八日 (right for notices written before 2012-07-01).
 */
import { findDate, formatDate, parseDate } from '../domain/dates';
import type { Finding, ParsedNotice } from '../domain/notice';
import { finding } from './ruleCatalog';

const GB9704_2012_IN_FORCE = '2012-07-01';

export function dateFindings(notice: ParsedNotice): Finding[] {
  const raw = notice.signedDateRaw?.trim();
  if (!raw) return [];
  const parsed = parseDate(raw) ?? findDate(raw);
  if (!parsed) return [finding('date-format', `成文日期“${raw}”无法识别，应写成“2025年4月3日”的形式`)];

  const problems: string[] = [];
  // Before GB/T 9704-2012 took effect, the 1999 form wrote the date in Chinese numerals.
  if (parsed.defects.includes('chinese-numerals') && parsed.iso >= GB9704_2012_IN_FORCE) problems.push('用了汉字数字');
  if (parsed.defects.includes('zero-padding')) problems.push('月、日编了虚位');
  if (!/年[\s\S]*月[\s\S]*日/.test(raw)) problems.push('未用“年月日”');
  if (problems.length === 0) return [];
  return [finding('date-format', `成文日期“${raw}”${problems.join('、')}，应为“${formatDate(parsed.iso)}”`)];
}
