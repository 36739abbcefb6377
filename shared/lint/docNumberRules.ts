/**
 * 文号 rules: the form of the notice's own 文号 as written (brackets, 第, padding, spaces, year digits)
 * and whether its year matches the 成文日期's.
 */
import { findDocNumbers, parseDocNumber } from '../domain/docNumber';
import { formatDate } from '../domain/dates';
import type { Finding, ParsedNotice } from '../domain/notice';
import { finding } from './ruleCatalog';

export function docNumberFindings(notice: ParsedNotice): Finding[] {
  const findings: Finding[] = [];
  const raw = notice.docNumberRaw;
  const match = raw ? (parseDocNumber(raw) ?? findDocNumbers(raw)[0] ?? null) : null;
  for (const defect of match?.defects ?? []) findings.push(finding(defect.rule, defect.message));

  const year = notice.docNumber?.year ?? match?.docNumber.year;
  const signed = /^(\d{4})-\d{2}-\d{2}$/.exec(notice.signedDate ?? '');
  if (year !== undefined && signed && Number(signed[1]) !== year) {
    findings.push(
      finding('doc-number-year', `文号年份“〔${year}〕”与成文日期“${formatDate(signed[0])}”的年份不一致，请核对`, undefined, 'warning'),
    );
  }
  return findings;
}
