/**
 * A snippet of text around a hit, split into plain and hit parts (the UI highlights hits; the command line
 * writes them in 【】). Matching uses the folded text; the parts are cut from the original, so what the
 * clerk sees is what was received.
 */
import type { SnippetPart } from '../../../../shared/api/searchContract';
import { foldForSearch, foldWithMap, originalByteOffsets } from './searchText';

const BEFORE = 24;
const LENGTH = 90;

const tidy = (text: string) => text.replace(/\s+/g, ' ');

/** [start, end) ranges of every occurrence of the terms in `text`, merged. */
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

/** Snippet parts around `position` (an index into `text`); `clipped` says whether text continues beyond either end. */
function partsAround(text: string, position: number, terms: string[], clipped: { before: boolean; after: boolean }): SnippetPart[] {
  let start = Math.max(0, position - BEFORE);
  // Start after a line break close before the hit rather than mid-line.
  const lineStart = text.lastIndexOf('\n', position);
  if (lineStart >= start) start = lineStart + 1;
  while (start < position && /\s/.test(text[start])) start++;
  const end = Math.min(text.length, start + LENGTH);
  // Terms reaching past the window's end are still marked whole.
  const longest = Math.max(0, ...terms.map((t) => t.length));
  const window = text.slice(start, Math.min(text.length, end + longest * 2));
  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    const clean = hit ? piece : tidy(piece);
    if (clean) parts.push({ text: clean, hit });
  };
  if (start > 0 || clipped.before) push('…', false);
  let at = 0;
  const limit = end - start;
  for (const [from, to] of hitRanges(window, terms)) {
    if (from >= limit) break;
    push(window.slice(at, from), false);
    push(window.slice(from, to), true);
    at = to;
  }
  if (at < limit) push(window.slice(at, limit), false);
  if (start + Math.max(at, limit) < text.length || clipped.after) push('…', false);
  return parts;
}

/** Bytes read around a hit: enough for the snippet's characters before and after it (3 bytes each at most). */
const BYTES_BEFORE = (BEFORE + 8) * 3;
const BYTES_AFTER = (LENGTH + 40) * 3;

/**
 * The snippet around `offset` (a UTF-8 byte offset into `bytes`), decoding only the bytes around it —
 * search reads each hit's text as bytes, and turning a whole notice into a string costs more than the rest.
 */
export function snippetInBytes(bytes: Uint8Array, offset: number, terms: string[]): SnippetPart[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let from = Math.max(0, offset - BYTES_BEFORE);
  while (from > 0 && (buffer[from] & 0xc0) === 0x80) from--;
  let to = Math.min(buffer.length, offset + BYTES_AFTER);
  while (to < buffer.length && (buffer[to] & 0xc0) === 0x80) to++;
  const window = buffer.toString('utf8', from, to);
  const position = buffer.toString('utf8', from, offset).length;
  return partsAround(window, position, terms, { before: from > 0, after: to < buffer.length });
}

/** The snippet around the first occurrence of any term in a text (its start when none occurs). */
export function snippetOf(text: string, terms: string[]): SnippetPart[] {
  const folded = foldForSearch(text);
  const positions = terms.map((t) => folded.indexOf(t)).filter((p) => p >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  return snippetInBytes(Buffer.from(text, 'utf8'), originalByteOffsets(text, [first])[0], terms);
}

/** The snippet as one line with hits in 【】 (command line, JSON). */
export function snippetText(parts: SnippetPart[]): string {
  return parts.map((p) => (p.hit ? `【${p.text}】` : p.text)).join('');
}
