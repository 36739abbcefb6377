/**
 * What search matches against: a notice's text folded for matching (full-width → half-width, lower case,
 * every kind of whitespace removed, so "2025 年" and a line broken mid-phrase still match), and the way back
 * from a folded position to the original text for snippets. The index and the brute-force scan both use this.
 */
import { foldWidth } from '../../../../shared/domain/textNormalize';

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const WHITESPACE = /\s+/gu;

/** Folds a whole text with native string operations (fast enough for every search hit). */
export function foldForSearch(text: string): string {
  return text.replace(FULL_WIDTH, foldWidth).toLowerCase().replace(WHITESPACE, '');
}

const foldedChars = new Map<string, string>();

/** One code point folded as foldForSearch folds it. */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = foldForSearch(ch);
    foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * Where positions of the folded text lie in the original, as UTF-8 byte offsets (the form search reads the
 * text in). Folding only drops whitespace (and, for a few letters, changes the length by lower-casing), so
 * one pass over the whitespace runs places every position.
 */
export function originalByteOffsets(text: string, foldedIndexes: number[]): number[] {
  const order = foldedIndexes.map((_, i) => i).sort((a, b) => foldedIndexes[a] - foldedIndexes[b]);
  const offsets = new Array<number>(foldedIndexes.length);
  const runs = text.matchAll(WHITESPACE);
  let run = runs.next();
  let removed = 0;
  let lastIndex = 0;
  let lastByte = 0;
  for (const i of order) {
    while (!run.done && run.value.index - removed <= foldedIndexes[i]) {
      removed += run.value[0].length;
      run = runs.next();
    }
    const index = Math.min(text.length, foldedIndexes[i] + removed);
    lastByte += Buffer.byteLength(text.slice(lastIndex, index), 'utf8');
    lastIndex = index;
    offsets[i] = lastByte;
  }
  return offsets;
}

/** The folded text and, for each of its UTF-16 units, the index of the original unit it came from. */
export interface FoldedWithMap {
  folded: string;
  sourceIndex: Int32Array;
}

/** Code units folding leaves as they are, the bulk of a notice: CJK ideographs and punctuation (not the ideographic space). */
const keepsItself = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code > 0x3000 && code <= 0x303f);

export function foldWithMap(text: string): FoldedWithMap {
  let folded = '';
  const map: number[] = [];
  // Units kept as they are are copied a run at a time; the others are folded one code point at a time.
  let run = 0;
  let index = 0;
  while (index < text.length) {
    if (keepsItself(text.charCodeAt(index))) {
      map.push(index++);
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(index)!);
    const f = foldChar(ch);
    folded += text.slice(run, index) + f;
    for (let k = 0; k < f.length; k++) map.push(index);
    index += ch.length;
    run = index;
  }
  folded += text.slice(run);
  map.push(index);
  return { folded, sourceIndex: Int32Array.from(map) };
}

/** The searchable parts of a notice: the head (title and normalized 文号) and the text as received. */
export interface SearchSegments {
  head: string[];
  body: string;
}

export function searchSegmentsOf(notice: { title: string | null; docNumber: string | null; originalText: string }): SearchSegments {
  return {
    head: [notice.title, notice.docNumber].filter((part): part is string => Boolean(part)),
    body: notice.originalText,
  };
}

/** The segments folded for matching (what the index tokenizes). */
export interface FoldedSegments {
  head: string[];
  body: string;
}

export function foldSegments(segments: SearchSegments): FoldedSegments {
  return { head: segments.head.map(foldForSearch), body: foldForSearch(segments.body) };
}

/** Brute-force reference for the tests: does the notice contain every term? */
export function segmentsContain(segments: SearchSegments, terms: string[]): boolean {
  const texts = [...segments.head, segments.body].map(foldForSearch);
  return terms.every((term) => texts.some((text) => text.includes(term)));
}
