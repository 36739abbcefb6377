/**
 * Where each clause lies in the original text, as UTF-8 byte offsets, so a search hit can name its clause
 * without re-reading the parsed notice: a clause is found in the folded text by the start of its marker and
 * text, searching forward in document order, and runs to the next clause found (the last one to the end of
 * its own text).
 */
import type { Clause } from '../../../../shared/domain/notice';
import { foldForSearch, originalByteOffsets } from './searchText';

/** [start, end) in bytes of the UTF-8 original text. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/** A located clause: its index in the notice and its span. */
export interface PlacedClause extends ClauseSpan {
  position: number;
}

/** Spans kept with the notice as one small blob: (position, start, end) as 32-bit integers per located clause. */
export function packSpans(spans: (ClauseSpan | null)[]): Buffer {
  const located = spans.flatMap((span, position) => (span ? [position, span.start, span.end] : []));
  return Buffer.from(Uint32Array.from(located).buffer);
}

export function unpackSpans(blob: Buffer | null): PlacedClause[] {
  if (!blob) return [];
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const placed: PlacedClause[] = [];
  for (let at = 0; at + 12 <= blob.byteLength; at += 12) {
    placed.push({ position: view.getUint32(at, true), start: view.getUint32(at + 4, true), end: view.getUint32(at + 8, true) });
  }
  return placed;
}

/** Long enough to tell clauses apart, short enough to stay clear of a page footer inside a clause. */
const PROBE = 16;

function locate(folded: string, probes: string[], from: number): number {
  for (const probe of probes) {
    if (!probe) continue;
    const at = folded.indexOf(probe, from);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Folding is character by character except for a capital sigma (its lower case depends on what follows)
 * and a surrogate pair cut in two: a piece of text folds to the same units as the whole, but for the last
 * (or first) two units at the cut.
 */
const CUT_MARGIN = 2;
const CONTEXTUAL = /\u03a3/;

/** The first `n` units of `foldForSearch(text)`, folding only the start of a long text. */
function foldedHead(text: string, n: number): string {
  for (let take = 4 * n + CUT_MARGIN; take < text.length; take *= 4) {
    const piece = text.slice(0, take);
    if (CONTEXTUAL.test(piece)) break;
    const folded = foldForSearch(piece);
    if (folded.length >= n + CUT_MARGIN) return folded.slice(0, n);
  }
  return foldForSearch(text).slice(0, n);
}

/** The last `n` units of `foldForSearch(text)`, folding only the end of a long text. */
function foldedTail(text: string, n: number): string {
  for (let take = 4 * n + CUT_MARGIN; take < text.length; take *= 4) {
    const piece = text.slice(-take);
    if (CONTEXTUAL.test(piece)) break;
    const folded = foldForSearch(piece);
    if (folded.length >= n + CUT_MARGIN) return folded.slice(folded.length - n);
  }
  const folded = foldForSearch(text);
  return folded.slice(Math.max(0, folded.length - n));
}

/** Spans in the folded text. A clause's text can be most of the notice: only its ends are folded. */
function foldedSpans(folded: string, clauses: Pick<Clause, 'marker' | 'text'>[]): (ClauseSpan | null)[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const clause of clauses) {
    const at = locate(folded, [foldedHead(clause.marker + clause.text, PROBE), foldedHead(clause.text, PROBE)], cursor);
    starts.push(at);
    if (at >= 0) cursor = at + 1;
  }
  return clauses.map((clause, i) => {
    const start = starts[i];
    if (start < 0) return null;
    const next = starts.slice(i + 1).find((s) => s >= 0);
    if (next !== undefined) return { start, end: next };
    const tail = foldedTail(clause.text, PROBE);
    const found = tail ? folded.indexOf(tail, start) : -1;
    return { start, end: found >= 0 ? found + tail.length : Math.min(folded.length, start + foldForSearch(clause.text).length) };
  });
}

/** Spans in the original text (`folded` is `foldForSearch(text)`). */
export function clauseSpans(text: string, folded: string, clauses: Pick<Clause, 'marker' | 'text'>[]): (ClauseSpan | null)[] {
  const spans = foldedSpans(folded, clauses);
  const located = spans.filter((span): span is ClauseSpan => span !== null);
  const bytes = originalByteOffsets(
    text,
    located.flatMap((span) => [span.start, span.end]),
  );
  let k = 0;
  return spans.map((span) => {
    if (span === null) return null;
    const byteSpan = { start: bytes[k], end: bytes[k + 1] };
    k += 2;
    return byteSpan;
  });
}
