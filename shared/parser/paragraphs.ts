/**
 * Joins lines broken mid-sentence back into paragraphs: hard-wrapped PDF text (every line ~28 characters,
 * blank lines between all of them), paragraphs split at page breaks, and unit parentheticals on their own
 * line. A paragraph ends at sentence punctuation, before a clause marker or closing element, after a short
 * heading line or a labelled units line; table rows, list entries ("总指挥：…", one name a line) and an
 * attachment's heading and title stand alone.
 */
import { PAIRED_PHRASES, matchClauseMarker } from './clauseMarkers';
import { isUnitLabelLine } from './clauseUnits';
import type { SourceLine } from './lines';
import { isPageTableRow } from './metadataTable';
import {
  isAttachmentHeading,
  isAttendanceLine,
  isBareAttachmentHeading,
  isCcLine,
  isDateLine,
  isLabelLine,
  isOrgNameLine,
  isRecipientsLine,
  isRemarkLine,
  isTableRow,
  parsePrintLine,
} from './lineKinds';

export interface Paragraph {
  text: string;
  /** 1-based line number of its first line. */
  line: number;
}

/** Sentence punctuation, and a half-width "." typed for 。 after a Chinese word. */
const SENTENCE_END = /[。！？；!?;：:…]$|[。！？；][”’」』）)]+$|[\u4e00-\u9fff”）)][.．]$/;
const BRACKET_END = /[）)〕】]$/;
const LIST_CONTINUES = /[、，,]$/;
/** The closing formula on a line of its own: 特此通知。 妥否，请批示。 */
const CLOSING_FORMULA = /^(特此(通知|通报|函告|函复|批复|报告|公告|通告|决定|说明)|(妥否|当否|可否)[，,]?请.{1,4})[。！!]?$/;

/** How an attachment's title ends: its 文种 or what the attachment is (方案, 名单, 任务分工表). */
const TITLE_END =
  /(通知|意见|决定|通报|报告|请示|批复|函|纪要|公告|通告|方案|办法|规定|细则|规则|要点|计划|规划|预案|指南|制度|名单|名册|清单|目录|表|回执)([（(][^）)]{1,8}[）)])?$/;

/** No page is wider than this many cells: a longer line is a whole paragraph, not a wrapped one. */
const MAX_WRAP = 100;

/** Printed width in character cells (ASCII letters and digits take half a cell, as on the page), up to MAX_WRAP + 1. */
function cellWidth(text: string): number {
  // Past 2 × MAX_WRAP characters a line is wider than any page, however narrow its characters.
  if (text.length > 2 * MAX_WRAP) return MAX_WRAP + 1;
  let width = 0;
  for (let i = 0; i < text.length && width <= MAX_WRAP; i++) width += text.charCodeAt(i) < 0x2000 ? 0.5 : 1;
  return Math.round(width);
}

/** The typical width of a hard-wrapped text, or null when lines are not wrapped at a fixed width. */
export function wrapWidth(lines: SourceLine[]): number | null {
  // A page's field rows ("颁布日期:2012-05-21 | 失效日期: |") are as short as a wrapped line but never wrapped.
  // (Only a line with a colon can be one: most are not searched for the table's labels.)
  const text = lines.filter((l) => !((l.text.includes(':') || l.text.includes('：')) && isPageTableRow(l.text)));
  if (text.length < 8) return null;
  const counts = new Map<number, number>();
  for (const l of text) {
    const w = cellWidth(l.text);
    if (w <= MAX_WRAP) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, n] of counts) {
    const near = n + (counts.get(len - 1) ?? 0) + (counts.get(len + 1) ?? 0);
    if (len >= 15 && near > bestCount) {
      best = len;
      bestCount = near;
    }
  }
  return bestCount >= text.length * 0.35 ? best : null;
}

/** A line ending in a label's colon inside a bracket still open: "（牵头单位：A，责任单位：" goes on. */
function labelInOpenBracket(text: string): boolean {
  if (!/[：:]$/.test(text)) return false;
  return Math.max(text.lastIndexOf('（'), text.lastIndexOf('(')) > Math.max(text.lastIndexOf('）'), text.lastIndexOf(')'));
}

/** What joining needs to know about one line, worked out once. */
interface LineFacts {
  /** Printed width; measured only for hard-wrapped text, where it decides. */
  width: number;
  /** Never joins the line before it (a marker, a closing element, a table row…). */
  startsBlock: boolean;
  /** Nothing joins after it (a short heading, an attachment heading, a table row, a finished units line). */
  endsBlock: boolean;
  sentenceEnd: boolean;
  listContinues: boolean;
  /** 责任单位：… at the start: its own paragraph unless the line before fills the page width. */
  unitLabel: boolean;
  tableRow: boolean;
  orgName: boolean;
  date: boolean;
  label: boolean;
  /** A labelled line next to another: an entry of a list such as 总指挥：… 成员：…. */
  listEntry: boolean;
  bareAttachment: boolean;
  /** A clause marker with a heading and no sentence after it: "一、…坚持城市性质和做好“四个服务”工作". */
  headingOnly: boolean;
  /** Opens a sentence of purpose or basis: "按照中央…的要求，". */
  opensSentence: boolean;
  /** A heading of two phrases and nothing else: "一、充分认识统计工作的重要作用，加强对统计工作的领导". */
  pairedHeading: boolean;
  length: number;
}

/** A sentence of purpose or basis opening a paragraph: its clause comes before a comma. */
const SENTENCE_OPENING = /^(按照|根据|为了|为进一步|为深入|为切实|为全面|围绕)[^。！？；，,]{2,40}[，,]/;

function factsOf(text: string, measure: boolean): LineFacts {
  const marker = matchClauseMarker(text);
  const tableRow = isTableRow(text);
  const date = isDateLine(text);
  // The end-anchored patterns read only the last characters (a regex would try every start of a long line).
  const tail = text.slice(-4);
  return {
    width: measure ? cellWidth(text) : 0,
    startsBlock:
      marker !== null ||
      tableRow ||
      date ||
      isAttachmentHeading(text) ||
      isCcLine(text) ||
      isRecipientsLine(text) ||
      isRemarkLine(text) ||
      isAttendanceLine(text) ||
      parsePrintLine(text) !== null ||
      /^(主题词|关键词)[：:]/.test(text) ||
      CLOSING_FORMULA.test(text),
    endsBlock:
      (marker !== null && text.length <= 24 && !/[。；;]/.test(marker.rest)) ||
      // A longer heading line holds no comma; a sentence broken after a marker does.
      (marker !== null && text.length <= 50 && !/[。；;，,、：:《（(]/.test(marker.rest)) ||
      isAttachmentHeading(text) ||
      tableRow ||
      (isUnitLabelLine(text) && !LIST_CONTINUES.test(text)),
    sentenceEnd: (SENTENCE_END.test(tail) && !labelInOpenBracket(text)) || BRACKET_END.test(tail),
    listContinues: LIST_CONTINUES.test(tail),
    unitLabel: isUnitLabelLine(text),
    tableRow,
    orgName: isOrgNameLine(text),
    date,
    label: isLabelLine(text),
    listEntry: false,
    bareAttachment: isBareAttachmentHeading(text),
    headingOnly: marker !== null && !/[。；;！？]/.test(marker.rest) && /[\u4e00-\u9fff”》）)]$/.test(tail),
    opensSentence: SENTENCE_OPENING.test(text),
    pairedHeading: marker !== null && PAIRED_PHRASES.test(marker.rest),
    length: text.length,
  };
}

function shouldJoin(prev: LineFacts, next: LineFacts, after: LineFacts | undefined, width: number | null): boolean {
  if (next.startsBlock || (next.orgName && after?.date)) return false;
  // A line filling the page width goes on (a units line too), except a table row.
  if (width !== null && prev.width >= width - 2 && !prev.tableRow) return true;
  if (prev.endsBlock || next.unitLabel) return false;
  // A heading line however long, when the item's text opens a sentence of its own on the next line; a heading of
  // two phrases in text not hard-wrapped, when the next line is a whole sentence longer than it ("一、充分认识…,加强…领导"
  // / "统计是…。"): a wrapped sentence's end is no longer than the line it wraps from.
  const paragraphUnder = width === null && prev.pairedHeading && next.sentenceEnd && next.length > prev.length;
  if (prev.headingOnly && (next.opensSentence || paragraphUnder)) return false;
  if (prev.sentenceEnd) return false;
  // A list, one entry a line: names (先进单位名单) or labelled entries (总指挥：…, 成员：…), which end
  // where they stop, unless the text is hard-wrapped (above) or the entry visibly goes on (…、).
  if ((prev.orgName && next.orgName) || (prev.label && next.label)) return false;
  if (prev.listEntry && width === null && !prev.listContinues) return false;
  return true;
}

/** An attachment's title continues on the next line only while it has not reached its last word. */
function continuesTitle(prev: string, next: SourceLine, facts: LineFacts): boolean {
  return !TITLE_END.test(prev) && !facts.startsBlock && next.text.length <= 30 && !/[。；;，,：:]/.test(next.text);
}

/**
 * A labelled list entry keeps the gaps that separate its names ("出席：王志刚　李红梅"), which the
 * working text closes up; text spaced out character by character (PDF extraction) is closed up still.
 */
function listEntryText(line: SourceLine): string {
  const colon = line.rawText.search(/[：:]/);
  const tokens = line.rawText
    .slice(colon + 1)
    .trim()
    .split(' ');
  if (tokens.length < 2 || tokens.some((t) => t.length < 2)) return line.text;
  return `${line.rawText.slice(0, colon + 1).replace(/ /g, '')}${tokens.join(' ')}`;
}

export function joinParagraphs(lines: SourceLine[], width: number | null = wrapWidth(lines)): Paragraph[] {
  const facts = lines.map((l) => factsOf(l.text, width !== null));
  facts.forEach((f, i) => {
    f.listEntry = f.label && (facts[i - 1]?.label === true || facts[i + 1]?.label === true);
  });
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  // The paragraph right after a bare attachment heading (附件1) is the attachment's title.
  let inTitle = false;
  lines.forEach((line, i) => {
    const prev = facts[i - 1];
    const join =
      current !== null && (inTitle ? continuesTitle(lines[i - 1].text, line, facts[i]) : shouldJoin(prev, facts[i], facts[i + 1], width));
    if (current && join) {
      current.text += line.text;
      return;
    }
    inTitle = prev?.bareAttachment ?? false;
    const text = facts[i].label ? listEntryText(line) : line.text;
    current = { text, line: line.line };
    paragraphs.push(current);
  });
  return paragraphs;
}
