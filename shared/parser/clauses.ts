/**
 * Builds the clause tree from paragraphs: each marker opens a clause at its level, following paragraphs
 * belong to it, parents are the nearest shallower clause within the same part (the body, or one
 * attachment). The numbered rows of a pasted 任务分工表 are clauses one level below the clause that holds
 * the table. Units come from the clause's own text; a standing default ("以下均需…负责") is recorded as
 * inherited by every later clause.
 */
import type { Clause, ResponsibleUnit } from '../domain/notice';
import { matchClauseMarker, type ClauseMarker } from './clauseMarkers';
import { findClauseUnits, isAssignment, newAssignmentMemo } from './clauseUnits';
import { endsTheText, isCutBeforeFirstStop, isLongPhraseHeading, isNotBareHeading } from './cutClause';
import { isAttachmentHeading, isAttendanceLine, isTableRow, tableCells } from './lineKinds';
import type { Paragraph } from './paragraphs';
import { readHeaderRow, readTaskRow, type TableColumns } from './tableRows';

export interface ClauseTree {
  clauses: Clause[];
  /** Paragraphs before the first clause (the opening). */
  opening: Paragraph[];
  /** Paragraphs after the last clause that close the notice (各…要按照本通知要求…, 特此通知。, a 纪要's 出席：…). */
  closing: Paragraph[];
  /** The last item, left out because the text ends inside it before its first 。. */
  cut: Paragraph | null;
}

const CLOSING_START =
  /^(各[^，。]{0,40}?(要|务必|应当|应)|请[^，。]{0,20}(认真|结合|按照|遵照|抓好|切实)|特此|本(通知|决定|意见|通报|办法|规定|细则|方案|公告|通告)自|此通知|以上|望|希)/;

/** A clause opened by a heading alone, its text still to come. */
function isBareHeading(rest: string): boolean {
  return rest.length <= 30 && !/[。；;：:]/.test(rest);
}

/** A 附件说明 ("附件：" or "附：", with or without its first title): the numbered titles it lists follow. */
const ATTACHMENT_NOTE = /^附\s*件?\s*[：:]/;

/** An attachment's title in a 附件说明: numbered 1. / 1、 / （1）, a title rather than a sentence. */
function isAttachmentNoteItem(marker: ClauseMarker | null): boolean {
  return marker !== null && marker.level >= 3 && !/[。；;]/.test(marker.rest) && marker.rest.length <= 80;
}

/** A numbered link to a file on a web page ("2.实施细则.pdf") lists a download, it opens no clause. */
const FILE_LINK = /\.(docx?|xlsx?|wps|et|pdf|ofd|zip|rar)$/i;

/** A half-width full stop typed for 。 after a Chinese word ("整治用气场所.重点检查…"), not a decimal point. */
const TYPED_STOP = /(?<=[\u4e00-\u9fff”）)])[.．](?![0-9０-９])/;

/** A parenthetical closing a heading, without nested brackets. */
const TRAILING_UNITS = /[（(]([^（()）]*)[）)]$/;

function headingOf(text: string, level: number): string {
  const newline = text.indexOf('\n');
  const first = newline >= 0 ? text.slice(0, newline) : text;
  let stop = first.indexOf('。');
  const typed = TYPED_STOP.exec(stop >= 0 ? first.slice(0, stop) : first);
  if (typed) stop = typed.index;
  // A heading-only item is its whole line as printed, a closing ；or ， included (the web set's convention).
  const heading = (stop >= 0 ? first.slice(0, stop) : first).trim();
  // An item with no 。 keeps its units in the heading's place: "沟道内居住人员情况（县水利局负责）；".
  const bare = heading.replace(/[；;，,]$/, '');
  // A section's heading (一、) is printed whole, its lead units included: "一、强化科技创新（区科技局牵头）".
  const units = level === 1 ? null : TRAILING_UNITS.exec(bare);
  return units && units.index > 0 && isAssignment(units[1], true) ? bare.slice(0, units.index).trim() : heading;
}

interface Draft {
  clause: Omit<Clause, 'heading' | 'text' | 'units' | 'inheritedUnits'>;
  paragraphs: string[];
  /** Index of the paragraph that opened it. */
  opener: number;
}

/** What opens a clause: a marker, or a numbered row of a task table. */
interface Opener {
  marker: Pick<ClauseMarker, 'level' | 'number' | 'marker' | 'rest'>;
  /** A table row sits one level below the clause holding the table. */
  tableRow: boolean;
}

function deepestOpenLevel(stack: (number | undefined)[]): number {
  for (let level = stack.length - 1; level >= 1; level--) if (stack[level] !== undefined) return level;
  return 0;
}

/**
 * A section of decimal numbering ("1.总则" over "1.1目的依据", or both on one line; its heading may be lost: "1." over
 * "1.1 编制目的"): "1." heads sections 1.1, 1.2, no clause (such a 预案 numbers 1 / 1.1 / 1.1.1).
 */
function decimalSection(text: string, next: string): boolean {
  if (/^(\d{1,2})[.．]\s*[\u4e00-\u9fff]{0,12}?\s*\1[.．]1(?![0-9])/.test(text)) return true;
  const heading = /^(\d{1,2})[.．]\s*[\u4e00-\u9fff]{0,12}$/.exec(text);
  return heading !== null && new RegExp(`^${heading[1]}[.．]1(?![0-9])`).test(next);
}

/**
 * Builds clauses from `paragraphs`; from `appendixStart` on they are attachment pages (no closing there).
 * `lastLine`, the text's last source line, tells whether the last paragraph is where the text stops.
 */
export function buildClauses(paragraphs: Paragraph[], appendixStart = paragraphs.length, lastLine: string | null = null): ClauseTree {
  const openers: (Opener | null)[] = [];
  let columns: TableColumns | null = null;
  let inAttachmentNote = false;
  paragraphs.forEach((p, at) => {
    if (!isTableRow(p.text)) {
      columns = null;
      const marker = decimalSection(p.text, paragraphs[at + 1]?.text ?? '') ? null : matchClauseMarker(p.text);
      // The numbered titles of a 附件说明 ("附件：1.检查表" / "2.统计表") are no clauses.
      inAttachmentNote = ATTACHMENT_NOTE.test(p.text) || (inAttachmentNote && isAttachmentNoteItem(marker));
      const fileLink = marker !== null && marker.level >= 3 && FILE_LINK.test(p.text);
      // A marker alone closing the text is where a cut copy stopped: no item of the notice.
      const cutBare = marker !== null && marker.rest.trim() === '' && p === paragraphs[paragraphs.length - 1];
      openers.push(marker && !inAttachmentNote && !fileLink && !cutBare ? { marker, tableRow: false } : null);
      return;
    }
    inAttachmentNote = false;
    const header = readHeaderRow(p.text);
    if (header) columns = header;
    const row = header ? null : readTaskRow(p.text, columns);
    if (row) {
      openers.push({ marker: { level: 1, number: row.number, marker: row.marker, rest: row.text }, tableRow: true });
      return;
    }
    // A grouping row ("一、压实安全责任 | | |") opens a clause the following rows belong to.
    const group = header ? null : matchClauseMarker(tableCells(p.text).filter(Boolean).join(' '));
    openers.push(group ? { marker: group, tableRow: false } : null);
  });
  let lastOpenerInBody = -1;
  for (let i = 0; i < appendixStart && i < openers.length; i++) if (openers[i]) lastOpenerInBody = i;

  const drafts: Draft[] = [];
  const opening: Paragraph[] = [];
  const closing: Paragraph[] = [];
  const stack: (number | undefined)[] = [];
  let open: Draft | null = null;
  // The level a table's rows take: one below the deepest clause open when the table began.
  let tableLevel: number | null = null;

  paragraphs.forEach((p, i) => {
    const opener = openers[i];
    if (i === appendixStart || isAttachmentHeading(p.text)) {
      // An attachment is a part of its own: its clauses hang under nothing of the body's.
      open = null;
      stack.length = 0;
    }
    if (!opener?.tableRow) tableLevel = null;
    if (!opener) {
      // The first paragraph under a bare heading ("三、工作要求") is that clause's text, however it starts.
      const underBareHeading = open !== null && open.paragraphs.length === 1 && isBareHeading(open.paragraphs[0]);
      const closes =
        i > lastOpenerInBody &&
        i < appendixStart &&
        !underBareHeading &&
        (closing.length > 0 || CLOSING_START.test(p.text) || isAttendanceLine(p.text));
      if (closes) closing.push(p);
      else if (open) open.paragraphs.push(p.text);
      else if (drafts.length === 0) opening.push(p);
      return;
    }
    let level = opener.marker.level;
    if (opener.tableRow) {
      tableLevel ??= deepestOpenLevel(stack);
      level = Math.min(4, tableLevel + 1) as typeof level;
    }
    stack.length = level;
    let parentIndex: number | null = null;
    for (let l = level - 1; l >= 1; l--) {
      if (stack[l] !== undefined) {
        parentIndex = stack[l]!;
        break;
      }
    }
    const parentPath = parentIndex === null ? '' : `${drafts[parentIndex].clause.path}/`;
    const { number, marker, rest } = opener.marker;
    open = {
      clause: { level, number, marker, path: `${parentPath}${number}`, parentIndex, line: p.line },
      paragraphs: [rest],
      opener: i,
    };
    stack[level] = drafts.length;
    drafts.push(open);
  });

  const last = drafts[drafts.length - 1];
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const sibling = drafts
    .slice(0, -1)
    .reverse()
    .find((d) => d.clause.level === last?.clause.level);
  // Without a sibling, the item's parent tells its form: the first item under a long phrase heading runs on.
  const parentIndex = last?.clause.parentIndex ?? null;
  const parent = parentIndex !== null ? drafts[parentIndex] : undefined;
  const underLongPhrase = parent !== undefined && parent.paragraphs.length === 1 && isLongPhraseHeading(parent.paragraphs[0]);
  const cut =
    last !== undefined &&
    lastLine !== null &&
    last.opener === paragraphs.length - 1 &&
    last.paragraphs.length === 1 &&
    !isTableRow(lastParagraph.text) &&
    endsTheText(lastParagraph.text, lastLine) &&
    isCutBeforeFirstStop(last.paragraphs[0], sibling !== undefined ? isNotBareHeading(sibling.paragraphs[0]) : underLongPhrase)
      ? lastParagraph
      : null;
  if (cut) drafts.pop();

  let standing: ResponsibleUnit[] = [];
  const memo = newAssignmentMemo();
  const clauses = drafts.map((draft): Clause => {
    const text = draft.paragraphs.filter(Boolean).join('\n');
    const found = findClauseUnits(text, memo);
    const own = new Set(found.units.map((u) => u.name));
    const { level, number, marker, path, parentIndex, line } = draft.clause;
    const clause: Clause = {
      level,
      number,
      marker,
      path,
      heading: headingOf(text, level),
      text,
      units: found.units,
      inheritedUnits: standing.length > 0 ? standing.filter((u) => !own.has(u.name)) : [],
      parentIndex,
      line,
    };
    if (found.standingDefault.length > 0) standing = found.standingDefault;
    return clause;
  });
  return { clauses, opening, closing, cut };
}
