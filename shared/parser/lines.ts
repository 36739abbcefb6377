/**
 * Turns raw notice text into logical lines: trimmed, non-empty, with their 1-based line numbers, and
 * without page furniture (footers, the running header repeated after each footer, a web page's buttons
 * and breadcrumb).
 */
import { markupToText } from '../domain/htmlMarkup';
import { withTightPinyin } from '../domain/pinyinRuns';
import {
  collapseCjkSpaces,
  fixGbPunctuation,
  isPageFooter,
  normalizeNewlines,
  stripWebFurniture,
  tabsToCells,
  unspaceTranscription,
  withoutForumNoise,
  withoutTextStartMark,
} from '../domain/textNormalize';
import { isDateLine } from './lineKinds';
import { documentIssuers, unglueLine } from './unglue';
import { DOC_KINDS } from '../domain/notice';
import { withTraditional } from './traditionalForms';
import { isCompleteOrgName } from './unitNames';
import { withStackedTablesAsRows } from './stackedTable';

export interface SourceLine {
  /** Trimmed text with layout spaces between Chinese characters removed. */
  text: string;
  /** 1-based line number in the normalized text. */
  line: number;
  /** The line as written, trimmed, spaces kept (joint issuers are often separated only by spaces). */
  rawText: string;
}

export interface PreparedText {
  /** Text with LF line endings (what `line` numbers refer to). */
  normalized: string;
  lines: SourceLine[];
  /** How many footer, running-header and web-page furniture lines were dropped. */
  droppedFurniture: number;
}

/**
 * Full-width indent spaces a page lost to a wrong encoding show as ? (or U+FFFD) before the line's text: a few
 * for an indent, a long run for a 署名 or date pushed right.
 */
const LOST_INDENT = /^(?:[?？\uFFFD]{1,4}(?=[\u3400-\u9fff0-9（(〔【《“])|[?？\uFFFD]{8,} ?(?=[\u3400-\u9fff0-9]))/u;
/** The same marks where a page padded a line's end (a 署名 or date pushed right), or filling a line alone. */
const LOST_PADDING = /(^|[\u3400-\u9fff0-9）)])\s*[?？\uFFFD]{2,}$/u;
const endsInMark = (text: string) => /[?？\uFFFD]$/.test(text);
/** The same indent marks inside a line: a glued document's next line started there. */
const LOST_INDENT_INSIDE = /\s*[?\uFFFD]{2,}\s?(?=[\u3400-\u9fff0-9（(〔【《“])/u;

/** A title ending in a full stop: an organ's name or nothing before 关于, its 文种 before the 。, no other sentence mark. */
const TITLE_SENTENCE = withTraditional(new RegExp(`^(.{0,40}?)(关于|關於)[^。，,；;：:！？!?]{4,150}(${DOC_KINDS.join('|')})。$`));

function isTitleSentence(text: string): boolean {
  const m = TITLE_SENTENCE.exec(text);
  return m !== null && (m[1] === '' || isCompleteOrgName(m[1].replace(/\s+/g, '')));
}

/** A character of GB2312's full-width row read as Unicode (see fixGbPunctuation): tested before mapping. */
const GB_CODE = /[\uA3A1-\uA3FE]/;

export function prepareLines(raw: string): PreparedText {
  const normalized = normalizeNewlines(markupToText(raw));
  const all: SourceLine[] = [];
  let dropped = 0;
  let atStart = true;
  const issuers = documentIssuers(normalized.slice(0, 300));
  let previous = '';
  normalized.split('\n').forEach((text, i) => {
    const cells = withoutForumNoise(withTightPinyin(withoutTextStartMark(tabsToCells(text).trim().replace(/\s+/g, ' '))))
      .trim()
      .replace(LOST_INDENT, '');
    // (Most lines hold no such mark: the pattern is tried only where one stands.)
    const marked = (cells.includes('??') || cells.includes('\uFFFD')) && LOST_INDENT_INSIDE.test(cells);
    for (const spaced of marked ? cells.split(LOST_INDENT_INSIDE) : [cells]) addLine(spaced, i);
  });

  function addLine(spaced: string, i: number): void {
    const unpadded = endsInMark(spaced) ? spaced.replace(LOST_PADDING, '$1') : spaced;
    const read = unspaceTranscription(GB_CODE.test(unpadded) ? fixGbPunctuation(unpadded) : unpadded);
    if (read === '') return;
    // An encyclopedia's lead line that is the title with a full stop ("甲县人民政府关于…的通知。") is a heading.
    const written = atStart && read.endsWith('。') && isTitleSentence(read) ? read.slice(0, -1) : read;
    // A document glued onto few lines is split where its lines were; its header only in its first lines.
    const pieces = unglueLine(written, atStart, issuers, previous);
    previous = pieces[pieces.length - 1];
    for (const piece of pieces) {
      const rawText = stripWebFurniture(piece);
      if (rawText) all.push({ text: collapseCjkSpaces(rawText), line: i + 1, rawText });
      else if (piece) dropped++;
    }
    if (written.includes('。')) atStart = false;
  }

  const kept: SourceLine[] = [];
  const afterFooter: SourceLine[] = [];
  let previousWasFooter = false;
  // (A table written one cell a line numbers its rows on lines of their own, which are no page numbers.)
  for (const line of withStackedTablesAsRows(all)) {
    if (isPageFooter(line.text)) {
      dropped++;
      previousWasFooter = true;
      continue;
    }
    if (previousWasFooter) afterFooter.push(line);
    previousWasFooter = false;
    kept.push(line);
  }

  if (afterFooter.length === 0) return { normalized, lines: kept, droppedFurniture: dropped };
  // A running header is a short line right after a footer whose text stands elsewhere too: after other
  // footers, or in a line of the notice itself (the issuer's name in the 版头, the signature, the 印发 line:
  // joint issuers share one line, so each space-separated part counts).
  const counts = new Map<string, number>();
  const count = (text: string) => counts.set(text, (counts.get(text) ?? 0) + 1);
  for (const l of kept) {
    count(l.text);
    const parts = l.rawText.split(' ');
    if (parts.length > 1) for (const part of new Set(parts)) if (part !== l.text) count(part);
  }
  const next = new Map(kept.slice(0, -1).map((l, i) => [l.line, kept[i + 1]]));
  const runningHeaders = new Set(
    afterFooter
      .filter(
        (l) =>
          (counts.get(l.text) ?? 0) >= 2 &&
          l.text.length <= 30 &&
          !/[。；，,：:]/.test(l.text) &&
          // A name right above a date is the signature, whatever stands elsewhere.
          !isDateLine(next.get(l.line)?.text ?? ''),
      )
      .map((l) => l.text),
  );
  if (runningHeaders.size === 0) return { normalized, lines: kept, droppedFurniture: dropped };
  const headerLines = new Set(afterFooter.filter((l) => runningHeaders.has(l.text)).map((l) => l.line));
  const lines = kept.filter((l) => !headerLines.has(l.line));
  return { normalized, lines, droppedFurniture: dropped + (kept.length - lines.length) };
}
