/**
 * A notice ready for layout: every GB/T 9704 element in its final wording and order, numbers given,
 * dates written as 2025年4月3日. The .docx writer lays this out and the preview shows it; neither
 * decides wording.
 */
import type { ClauseLevel } from '../domain/notice';

export interface NoticeBodyParagraph {
  kind: 'paragraph';
  text: string;
}

export interface NoticeBodyClause {
  kind: 'clause';
  level: ClauseLevel;
  /** "一、", "（一）", "1.", "（1）". */
  marker: string;
  /** Bare numeral, e.g. "三". */
  number: string;
  /** Numbers of the enclosing clauses and this one: "二/三". */
  path: string;
  /** Level 1: the whole heading; level 2: the first sentence (set in 楷体); deeper: "". */
  heading: string;
  /** The rest of the clause; paragraphs separated by "\n". */
  rest: string;
  /** "（责任单位：…）" or "". */
  unitsNote: string;
}

export type NoticeBodyBlock = NoticeBodyParagraph | NoticeBodyClause;

export interface NoticeDocument {
  copyNumber: string | null;
  secrecy: string | null;
  urgency: string | null;
  issuerMark: string | null;
  docNumber: string | null;
  redRule: boolean;
  title: string;
  recipients: string[];
  body: NoticeBodyBlock[];
  attachments: string[];
  signature: string | null;
  signedDate: string | null;
  remark: string | null;
  cc: string[];
  printer: string | null;
  printedDate: string | null;
  pageNumbers: boolean;
  /** With a seal (§7.3.5.1): the date 4 字 from the right, the 署名 centred over it, room for the seal. */
  sealed?: boolean;
  /** 签发人 of an upward document (上行文): the 文号 moves left and "签发人：name" stands on its right. */
  signer?: string | null;
  /** GB/T 9704 §10: 文件格式 (the default), 信函格式, 纪要格式 or 命令（令）格式. */
  layout?: NoticeLayout;
  /** A 纪要's 出席, 请假 and 列席 lists (§10.3). */
  attendance?: NoticeAttendance;
  /** A 纪要's own 标志, e.g. 大宁县人民政府常务会议纪要 (else the organ's name and 会议纪要). */
  minutesMark?: string | null;
}

export const NOTICE_LAYOUTS = ['file', 'letter', 'minutes', 'order'] as const;
export type NoticeLayout = (typeof NOTICE_LAYOUTS)[number];

export interface NoticeAttendance {
  present: string[];
  absent: string[];
  attending: string[];
}

/** How the notice is laid out, as chosen when it is written. */
export interface NoticeLayoutOptions {
  sealed?: boolean;
  signer?: string | null;
  layout?: NoticeLayout;
  attendance?: NoticeAttendance;
}
