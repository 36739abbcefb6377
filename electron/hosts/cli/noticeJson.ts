/** The JSON shape `parse --json` prints: the notice's elements with clause units as plain names. */
import type { ParsedNotice } from '../../../shared/domain/notice';

export function noticeToJson(notice: ParsedNotice) {
  return {
    issuer: notice.issuer,
    issuers: notice.issuers,
    issuerMark: notice.issuerMark,
    docNumber: notice.docNumber,
    title: notice.title,
    docKind: notice.docKind,
    recipients: notice.recipients,
    signers: notice.signers,
    urgency: notice.urgency,
    secrecy: notice.secrecy,
    secrecyTerm: notice.secrecyTerm,
    copyNumber: notice.copyNumber,
    attachments: notice.attachments,
    signature: notice.signature,
    signedDate: notice.signedDate,
    remark: notice.remark,
    cc: notice.cc,
    printer: notice.printer,
    printedDate: notice.printedDate,
    citations: notice.citations.map((c) => c.docNumber),
    citedDocuments: notice.citations,
    laws: notice.laws,
    clauses: notice.clauses.map((c) => ({
      level: c.level,
      number: c.number,
      path: c.path,
      heading: c.heading,
      units: c.units.map((u) => u.name),
      leadUnits: c.units.filter((u) => u.role === 'lead').map((u) => u.name),
      inheritedUnits: c.inheritedUnits.map((u) => u.name),
    })),
    unplaced: notice.unplaced,
    findings: notice.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.at?.line ?? null })),
  };
}
