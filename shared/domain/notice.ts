/**
 * The structured notice (公文) the parser produces and every other part of the app consumes.
 * Names follow ../shared/docs/GLOSSARY.md.
 */

/** 文种: the 15 kinds of the 条例. */
export const DOC_KINDS = [
  '决议',
  '决定',
  '命令',
  '令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** 发文字号 / 文号, normalized to the GB/T 9704 form: 大政发〔2025〕1号. */
export interface DocNumber {
  /** Normalized text, e.g. "并政发〔2025〕1号". */
  text: string;
  /** 机关代字, e.g. "并政发"; null when the page prints none ("〔2022〕第1号" under a 公告's title). */
  agencyCode: string | null;
  /** Four-digit year. */
  year: number;
  /** 发文顺序号. */
  serial: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a 1-based line of the normalized text and the text found there. */
export interface FindingLocation {
  line: number;
  excerpt: string;
  /** Index into `clauses` when the finding is about a clause. */
  clauseIndex?: number;
  /** That clause's path (二/七). */
  clausePath?: string;
}

/** One result of 公文校对 (lint) or of parsing. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** A sentence a clerk understands, in Chinese. */
  message: string;
  at?: FindingLocation;
}

export type UnitRole = 'lead' | 'co';

/** 责任单位 of a clause. */
export interface ResponsibleUnit {
  name: string;
  role: UnitRole;
}

export type ClauseLevel = 1 | 2 | 3 | 4;

/** 条款: one numbered item of the body, in document order. */
export interface Clause {
  level: ClauseLevel;
  /** The bare numeral: "十二" at levels 1–2, "3" at levels 3–4. */
  number: string;
  /** The marker as written, e.g. "（十二）", "(一)", "1．". */
  marker: string;
  /** Numbers of the enclosing clauses and this one, e.g. "二/三". */
  path: string;
  /** Text up to the first 。 (or the whole line for a title-like heading). */
  heading: string;
  /** The clause's full text without its marker, its own paragraphs joined by "\n" (sub-clauses excluded). */
  text: string;
  /** Responsible units written for this clause, lead first. */
  units: ResponsibleUnit[];
  /** Units that apply through a standing default written in an earlier clause ("以下均需…负责"). */
  inheritedUnits: ResponsibleUnit[];
  /** Index of the parent clause in `clauses`, or null at level 1 / when the parent is missing. */
  parentIndex: number | null;
  /** 1-based line of the marker in the normalized text. */
  line: number;
}

/** Another document cited in the body: 《title》（文号）. */
export interface Citation {
  /** Normalized 文号 text, e.g. "晋政发〔2025〕1号". */
  docNumber: string;
  /** The 《title》 next to it, when present. */
  title: string | null;
}

/** The result of parsing a received notice's text. */
export interface ParsedNotice {
  /** 发文机关 (the host organ for joint notices). */
  issuer: string | null;
  /** All 发文机关 of a joint notice (联合行文), host first; [issuer] otherwise. */
  issuers: string[];
  /** 发文机关标志 as written, e.g. "大宁县人民政府文件". */
  issuerMark: string | null;
  docNumber: DocNumber | null;
  /** The 文号 as written in the document, before normalization. */
  docNumberRaw: string | null;
  title: string | null;
  docKind: DocKind | null;
  recipients: string[];
  /** 签发人 (upward documents). */
  signers: string[];
  /** 紧急程度: 特急 / 加急. */
  urgency: string | null;
  /** 密级: 绝密 / 机密 / 秘密. */
  secrecy: string | null;
  secrecyTerm: string | null;
  /** 份号. */
  copyNumber: string | null;
  /** 附件说明, one entry a named attachment. */
  attachments: string[];
  /** 发文机关署名 as written. */
  signature: string | null;
  /** 成文日期, ISO YYYY-MM-DD. */
  signedDate: string | null;
  /** 成文日期 as written. */
  signedDateRaw: string | null;
  /** 附注, e.g. "（此件公开发布）". */
  remark: string | null;
  cc: string[];
  printer: string | null;
  /** 印发日期, ISO YYYY-MM-DD. */
  printedDate: string | null;
  /** 正文 as normalized text (from the first paragraph after 主送 to the last clause). */
  body: string;
  clauses: Clause[];
  citations: Citation[];
  /** Laws and regulations named in 《》 (not documents with a 文号). */
  laws: string[];
  /** Text the parser could not place (kept, never dropped). */
  unplaced: string[];
  /** Fields of a 政府信息公开 metadata table, keyed by their label without spaces. */
  metadata: Record<string, string>;
  /** Findings of the parse itself (the lint adds its own). */
  findings: Finding[];
}
