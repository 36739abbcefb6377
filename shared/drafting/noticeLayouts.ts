/**
 * What each GB/T 9704 format (§10) makes of a notice's elements, in words only: the 纪要's and the 令's
 * 标志, the 令号, and the elements a format leaves out (the 信函's 印发 line, the 纪要's 署名, the 令's
 * title and 主送, the 签发人 everywhere but a 文件 (上行文) and a 令). The .docx writer lays the result out and the draft preview shows it, so both agree.
 */
import type { NoticeAttendance, NoticeDocument } from './noticeDocument';

/** The organ's name of a 标志: a joint mark's host organ (the first), without 文件. */
export function organName(issuerMark: string): string {
  return (issuerMark.split(/\s+/).filter(Boolean)[0] ?? '').replace(/文件$/, '');
}

/** The 纪要标志 (§10.3): the 纪要's own name, else the organ's name and 会议纪要. */
export function minutesMark(doc: NoticeDocument): string | null {
  if (doc.minutesMark) return doc.minutesMark;
  return doc.issuerMark ? `${organName(doc.issuerMark)}会议纪要` : null;
}

/** The 命令（令）标志 (§10.2): the organ's full name and 令. */
export function orderMark(doc: NoticeDocument): string | null {
  if (!doc.issuerMark) return null;
  const name = organName(doc.issuerMark);
  return /令$/.test(name) ? name : `${name}令`;
}

/** 令号: "第N号" from the serial of the 文号 (the one place 第 is right), else the 文号 as written. */
export function orderNumber(docNumber: string | null): string | null {
  if (!docNumber) return null;
  const serial = /(\d+)\s*号$/.exec(docNumber)?.[1];
  return serial ? `第${serial}号` : docNumber;
}

export const ATTENDANCE_LABELS: Array<[keyof NoticeAttendance, string]> = [
  ['present', '出席'],
  ['absent', '请假'],
  ['attending', '列席'],
];

/** The document with its format's elements in place: the 标志 and 文号 it prints, and nothing it leaves out. */
export function asLaidOut(doc: NoticeDocument): NoticeDocument {
  switch (doc.layout ?? 'file') {
    case 'file':
      return doc;
    case 'letter':
      // No 印发 line and no rules in a 信函's 版记 (§10.1); its 文号 line has no 签发人 (§7.2.4 is the 文件's).
      return { ...doc, printer: null, printedDate: null, signer: null };
    case 'minutes':
      // No 署名, no 印章 and no 签发人 (§10.3).
      return { ...doc, issuerMark: minutesMark(doc), signature: null, sealed: false, signer: null };
    case 'order':
      return { ...doc, issuerMark: orderMark(doc), docNumber: orderNumber(doc.docNumber), redRule: false, title: '', recipients: [] };
  }
}
