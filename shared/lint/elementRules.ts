/**
 * Elements of the notice: the ones every 公文 must have (发文机关, 文号, 标题, 成文日期) and text the
 * parser kept but could not place.
 */
import type { Finding, ParsedNotice } from '../domain/notice';
import { excerpt, finding } from './ruleCatalog';

const isBlank = (text: string | null | undefined) => !text?.trim();

export function elementFindings(notice: ParsedNotice): Finding[] {
  const findings: Finding[] = [];
  if (isBlank(notice.issuer)) {
    findings.push(finding('missing-element', '未找到发文机关（版头和署名中都没有）', undefined, 'warning'));
  }
  // A 纪要 is numbered by 期号, not by 文号.
  if (!notice.docNumber && notice.docKind !== '纪要') {
    findings.push(finding('missing-element', '未找到发文字号（文号），如“大政发〔2025〕1号”'));
  }
  if (isBlank(notice.title)) findings.push(finding('missing-element', '未找到标题'));
  // An unreadable 成文日期 is date-format's to report; missing means nothing was written.
  if (!notice.signedDate && isBlank(notice.signedDateRaw)) {
    findings.push(finding('missing-element', '未找到成文日期', undefined, 'warning'));
  }
  for (const text of notice.unplaced ?? []) {
    if (isBlank(text)) continue;
    findings.push(finding('unplaced-text', `有一段文字未能归入公文的任何部分，原文已保留，请核对：“${excerpt(text)}”`));
  }
  return findings;
}
