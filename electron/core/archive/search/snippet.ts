/**
 * A snippet of text around the first hit, split into plain and hit parts (the UI highlights hits; the
 * command line writes them in 【】). Matching uses the folded text; the parts are cut from the original,
 * so what the clerk sees is what was received.
 */
import type { SnippetPart } from '../../../../shared/api/searchContract';
import { foldWithMap } from './searchText';

const BEFORE = 24;
const LENGTH = 90;

const tidy = (text: string) => text.replace(/\s+/g, ' ');

/** Original [start, end) ranges of every occurrence of the terms, merged. */
function hitRanges(text: string, terms: string[]): [number, number][] {
  const { folded, sourceIndex } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      ranges.push([sourceIndex[at], sourceIndex[at + term.length - 1] + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function snippetOf(text: string, terms: string[]): SnippetPart[] {
  const ranges = hitRanges(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - BEFORE);
  // Start after a line break close before the hit rather than mid-line.
  const lineStart = text.lastIndexOf('\n', first);
  if (lineStart >= start) start = lineStart + 1;
  while (start < first && /\s/.test(text[start])) start++;
  const end = Math.min(text.length, start + LENGTH);
  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    const clean = hit ? piece : tidy(piece);
    if (clean) parts.push({ text: clean, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start) continue;
    if (from >= end) break;
    push(text.slice(at, Math.max(at, from)), false);
    push(text.slice(Math.max(at, from), to), true);
    at = to;
  }
  push(text.slice(at, Math.max(at, end)), false);
  if (end < text.length) push('…', false);
  return parts;
}

/** The snippet as one line with hits in 【】 (command line, JSON). */
export function snippetText(parts: SnippetPart[]): string {
  return parts.map((p) => (p.hit ? `【${p.text}】` : p.text)).join('');
}
