/**
 * Where each clause lies in the folded original text, so a search hit can name its clause without
 * re-reading the parsed notice: a clause is found by the folded start of its marker and text, searching
 * forward in document order, and runs to the next clause found (the last one to the end of its own text).
 */
import type { Clause } from '../../../../shared/domain/notice';
import { foldForSearch } from './searchText';

export interface ClauseSpan {
  start: number;
  end: number;
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

export function clauseSpans(folded: string, clauses: Pick<Clause, 'marker' | 'text'>[]): (ClauseSpan | null)[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const clause of clauses) {
    const text = foldForSearch(clause.text);
    const at = locate(folded, [foldForSearch(clause.marker + clause.text).slice(0, PROBE), text.slice(0, PROBE)], cursor);
    starts.push(at);
    if (at >= 0) cursor = at + 1;
  }
  return clauses.map((clause, i) => {
    const start = starts[i];
    if (start < 0) return null;
    const next = starts.slice(i + 1).find((s) => s >= 0);
    if (next !== undefined) return { start, end: next };
    const text = foldForSearch(clause.text);
    const tail = text.slice(-PROBE);
    const found = tail ? folded.indexOf(tail, start) : -1;
    return { start, end: found >= 0 ? found + tail.length : Math.min(folded.length, start + text.length) };
  });
}
