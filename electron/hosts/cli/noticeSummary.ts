/** The readable Chinese summary `parse` prints without --json. */
import type { ParsedNotice, Severity } from '../../../shared/domain/notice';

const SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const INDENT = ['', '', '  ', '    ', '      '];

export function noticeSummary(notice: ParsedNotice): string {
  const none = '（无）';
  const list = (items: string[]) => (items.length ? items.join('、') : none);
  const lines = [
    `发文机关：${notice.issuers.length > 1 ? notice.issuers.join('、') : (notice.issuer ?? none)}`,
    `文　　号：${notice.docNumber?.text ?? none}`,
    `标　　题：${notice.title ?? none}`,
    `文　　种：${notice.docKind ?? none}`,
    `主送机关：${list(notice.recipients)}`,
  ];
  if (notice.signers.length) lines.push(`签 发 人：${list(notice.signers)}`);
  if (notice.urgency) lines.push(`紧急程度：${notice.urgency}`);
  if (notice.secrecy) lines.push(`密　　级：${notice.secrecy}${notice.secrecyTerm ? `★${notice.secrecyTerm}` : ''}`);
  if (notice.attachments.length) lines.push(`附　　件：${list(notice.attachments)}`);
  lines.push(`成文日期：${notice.signedDate ?? none}`, `抄　　送：${list(notice.cc)}`);
  if (notice.printer || notice.printedDate) lines.push(`印　　发：${notice.printer ?? ''} ${notice.printedDate ?? ''}`.trim());
  if (notice.citations.length) {
    lines.push(`引用文件：${notice.citations.map((c) => (c.title ? `《${c.title}》（${c.docNumber}）` : c.docNumber)).join('；')}`);
  }
  lines.push('', `条款（${notice.clauses.length}）：`);
  for (const clause of notice.clauses) {
    const units = clause.units.map((u) => (u.role === 'lead' ? `${u.name}（牵头）` : u.name));
    const inherited = clause.inheritedUnits.map((u) => `${u.name}（沿用）`);
    const all = [...units, ...inherited];
    lines.push(`${INDENT[clause.level]}${clause.marker}${clause.heading}${all.length ? `　〔${all.join('、')}〕` : ''}`);
  }
  if (notice.unplaced.length) lines.push('', '未能归位的文字：', ...notice.unplaced.map((t) => `  ${t}`));
  lines.push('', notice.findings.length ? `校对结果（${notice.findings.length}）：` : '校对结果：未发现问题。');
  for (const f of notice.findings) {
    lines.push(`  [${SEVERITY[f.severity]}] ${f.message}${f.at ? `（第${f.at.line}行）` : ''}`);
  }
  return lines.join('\n');
}
