/**
 * Joins lines broken mid-sentence back into paragraphs: hard-wrapped PDF text (every line ~28 characters,
 * blank lines between all of them), paragraphs split at page breaks, and unit parentheticals on their own
 * line. A paragraph ends at sentence punctuation, before a clause marker or closing element, and after a
 * short heading line.
 */
import { matchClauseMarker } from './clauseMarkers';
import type { SourceLine } from './lines';
import { isAttachmentHeading, isCcLine, isDateLine, isOrgNameLine, isRemarkLine, parsePrintLine } from './lineKinds';

export interface Paragraph {
  text: string;
  /** 1-based line number of its first line. */
  line: number;
}

const SENTENCE_END = /[。！？；!?;：:…]$|[。！？；][”’」』）)]+$/;
const BRACKET_END = /[）)〕】]$/;

/** Printed width in character cells: ASCII letters and digits take half a cell, as on the page. */
export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return Math.round(width);
}

/** The typical width of a hard-wrapped text, or null when lines are not wrapped at a fixed width. */
export function wrapWidth(lines: SourceLine[]): number | null {
  if (lines.length < 8) return null;
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = cellWidth(l.text);
    counts.set(w, (counts.get(w) ?? 0) + 1);
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
  return bestCount >= lines.length * 0.35 ? best : null;
}

/** A marker line that is a heading of its own: short, no sentence inside. */
function isHeadingLine(text: string): boolean {
  const marker = matchClauseMarker(text);
  return marker !== null && text.length <= 24 && !/[。；;]/.test(marker.rest);
}

function startsBlock(next: SourceLine, after: SourceLine | undefined): boolean {
  const t = next.text;
  return (
    matchClauseMarker(t) !== null ||
    isAttachmentHeading(t) ||
    isCcLine(t) ||
    isDateLine(t) ||
    isRemarkLine(t) ||
    parsePrintLine(t) !== null ||
    /^(主送|主题词|关键词)[：:]/.test(t) ||
    (isOrgNameLine(t) && after !== undefined && isDateLine(after.text))
  );
}

function shouldJoin(prev: string, next: SourceLine, after: SourceLine | undefined, width: number | null): boolean {
  if (startsBlock(next, after)) return false;
  if (isHeadingLine(prev)) return false;
  if (width !== null && cellWidth(prev) >= width - 2) return true;
  if (SENTENCE_END.test(prev) || BRACKET_END.test(prev)) return false;
  return true;
}

export function joinParagraphs(lines: SourceLine[], width: number | null = wrapWidth(lines)): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let lastLine = '';
  lines.forEach((line, i) => {
    if (current && shouldJoin(lastLine, line, lines[i + 1], width)) {
      current.text += line.text;
    } else {
      current = { text: line.text, line: line.line };
      paragraphs.push(current);
    }
    lastLine = line.text;
  });
  return paragraphs;
}
