/**
 * Renders a draft: numbers its clauses (一、 （一） 1. （1）, level-2 numbers running on or restarting
 * per section), writes each clause's unit note from its units, and produces the NoticeDocument the
 * .docx writer lays out. Dropped clauses are left out and the rest renumbered.
 */
import { formatDate } from '../domain/dates';
import { intToChinese } from '../domain/chineseNumerals';
import type { ClauseLevel } from '../domain/notice';
import type { Draft, DraftClause, DraftUnit } from './draft';
import type { NoticeBodyBlock, NoticeBodyClause, NoticeDocument, NoticeLayoutOptions } from './noticeDocument';
import { fillPlaceholders } from './placeholders';
import type { NoticeTemplate } from './templates';

export interface NumberedClause {
  clause: DraftClause;
  level: ClauseLevel;
  number: string;
  marker: string;
  path: string;
}

function markerOf(level: ClauseLevel, n: number): { number: string; marker: string } {
  if (level === 1) return { number: intToChinese(n), marker: `${intToChinese(n)}、` };
  if (level === 2) return { number: intToChinese(n), marker: `（${intToChinese(n)}）` };
  if (level === 3) return { number: String(n), marker: `${n}.` };
  return { number: String(n), marker: `（${n}）` };
}

/** Numbers the clauses that are not dropped. A clause deeper than its context is numbered at its level anyway. */
export function numberDraftClauses(draft: Draft): NumberedClause[] {
  const counters = [0, 0, 0, 0, 0];
  const path: string[] = [];
  const out: NumberedClause[] = [];
  for (const clause of draft.clauses) {
    if (clause.status === 'dropped') continue;
    const level = clause.level;
    counters[level]++;
    for (let deeper = level + 1; deeper <= 4; deeper++) {
      if (deeper === 2 && draft.numbering === 'continuous') continue;
      counters[deeper] = 0;
    }
    const { number, marker } = markerOf(level, counters[level]);
    path.length = level - 1;
    path[level - 1] = number;
    out.push({ clause, level, number, marker, path: path.filter(Boolean).join('/') });
  }
  return out;
}

/** The role note with its slots filled by the units' current names; null when the units no longer fit it. */
export function filledRoleNote(roleNote: string | null, units: DraftUnit[]): string | null {
  if (!roleNote) return null;
  const used = new Set<number>();
  let fits = true;
  const text = roleNote.replace(/\{(\d+)\}/g, (_, n: string) => {
    const unit = units[Number(n)];
    if (!unit) fits = false;
    used.add(Number(n));
    return unit?.name ?? '';
  });
  // A unit added since (or one removed) makes the phrase untrue: the plain note is written instead.
  return fits && used.size === units.length ? text : null;
}

/**
 * The clause's unit note: the upstream's own wording when it had one (A牵头，B配合 / 分工负责 / 指导督促落实),
 * else "（责任单位：A、B）", or "（A牵头，B、C配合）" when lead and co-operating units differ.
 */
export function unitsNote(
  units: DraftUnit[],
  template: Pick<NoticeTemplate, 'unitsNote' | 'leadCoNote'>,
  roleNote: string | null = null,
): string {
  const asWritten = filledRoleNote(roleNote, units);
  if (asWritten) return `（${asWritten}）`;
  if (units.length === 0) return '';
  const lead = units.filter((u) => u.role === 'lead').map((u) => u.name);
  const co = units.filter((u) => u.role === 'co').map((u) => u.name);
  if (lead.length > 0 && co.length > 0) return fillPlaceholders(template.leadCoNote, { lead: lead.join('、'), co: co.join('、') });
  return fillPlaceholders(template.unitsNote, { units: units.map((u) => u.name).join('、') });
}

/** The first sentence, through its 。, and the rest. */
export function splitHeading(text: string): { heading: string; rest: string } {
  const firstLine = text.split('\n')[0];
  const stop = firstLine.search(/[。！？]/);
  if (stop < 0) return { heading: '', rest: text };
  return { heading: text.slice(0, stop + 1), rest: text.slice(stop + 1) };
}

function bodyClause(numbered: NumberedClause, template: NoticeTemplate): NoticeBodyClause {
  const { clause, level, number, marker, path } = numbered;
  const note = unitsNote(clause.units, template, clause.roleNote);
  if (level === 1)
    return { kind: 'clause', level, number, marker, path, heading: clause.text.replace(/\n/g, ''), rest: '', unitsNote: note };
  if (level === 2) {
    const { heading, rest } = splitHeading(clause.text);
    return { kind: 'clause', level, number, marker, path, heading, rest, unitsNote: note };
  }
  return { kind: 'clause', level, number, marker, path, heading: '', rest: clause.text, unitsNote: note };
}

/** The 文号 to print: the drawn one, or the 机关代字 and year with the serial left blank. */
export function draftDocNumberText(draft: Draft): string {
  if (draft.docNumber) return draft.docNumber;
  const year = draft.signedDate?.slice(0, 4) ?? /(\d{4})年/.exec(draft.title)?.[1] ?? '';
  return `${draft.agencyCode}〔${year}〕　号`;
}

/**
 * The format the draft is written in, with only what that format prints: a 纪要's lists, the 签发人 of a 令
 * or of an upward 文件 (上行文, §7.2.4).
 */
export function draftLayout(draft: Draft): NoticeLayoutOptions & { signer?: string } {
  const base = { layout: draft.layout, sealed: draft.sealed };
  if (draft.layout === 'minutes') return { ...base, attendance: draft.attendance };
  if ((draft.layout === 'order' || draft.layout === 'file') && draft.signer) return { ...base, signer: draft.signer };
  return base;
}

export function draftToNoticeDocument(draft: Draft, template: NoticeTemplate): NoticeDocument {
  const show = template.elements;
  const body: NoticeBodyBlock[] = [];
  for (const paragraph of draft.opening.split('\n')) if (paragraph.trim()) body.push({ kind: 'paragraph', text: paragraph.trim() });
  for (const numbered of numberDraftClauses(draft)) body.push(bodyClause(numbered, template));
  for (const line of draft.closing) if (line.trim()) body.push({ kind: 'paragraph', text: line.trim() });
  return {
    copyNumber: draft.copyNumber,
    secrecy: draft.secrecy ? `${draft.secrecy}${draft.secrecyTerm ? `★${draft.secrecyTerm}` : ''}` : null,
    urgency: draft.urgency,
    issuerMark: show.issuerMark && draft.issuerMark ? draft.issuerMark : null,
    docNumber: show.docNumber ? draftDocNumberText(draft) : null,
    redRule: show.redRule,
    title: draft.title,
    recipients: show.recipients ? draft.recipients : [],
    body,
    attachments: show.attachments ? draft.attachments : [],
    signature: show.signature ? draft.signature || null : null,
    signedDate: show.signedDate && draft.signedDate ? formatDate(draft.signedDate) : null,
    remark: show.remark && draft.remark ? draft.remark : null,
    cc: show.cc ? draft.cc : [],
    printer: show.printer ? draft.printer || null : null,
    printedDate: show.printer && draft.printedDate ? formatDate(draft.printedDate) : null,
    pageNumbers: show.pageNumbers,
    ...draftLayout(draft),
  };
}
