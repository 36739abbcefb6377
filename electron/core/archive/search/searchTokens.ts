/**
 * The CJK-aware tokens of the full-text index. SQLite's FTS5 has no tokenizer that serves one- and
 * two-character Chinese queries, so the text is pre-tokenized here: every pair of neighbouring characters
 * becomes one token (with positions, so a phrase of overlapping pairs is exactly a substring), and each
 * distinct character becomes a token of a second, position-free table for one-character queries.
 * FTS5's `ascii` tokenizer then only splits on spaces: it keeps every non-ASCII character as it is and
 * treats ASCII punctuation as a separator, so ASCII characters other than a-z and 0-9 are spelled as an
 * escape — every character is searchable and nothing is lost or merged by the tokenizer.
 */
import { foldSegments, type SearchSegments } from './searchText';

/** A private-use character opens an escape: itself followed by six hex digits of the code point. */
const ESCAPE = '\ue000';

/** Taken as they are: a-z, 0-9 and every non-ASCII code unit except the escape opener and lone surrogates. */
function isPlain(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code > 0x7f && code !== 0xe000 && (code < 0xd800 || code > 0xdfff))
  );
}

const escapes = new Map<string, string>();

function escaped(ch: string): string {
  let unit = escapes.get(ch);
  if (unit === undefined) {
    unit = ESCAPE + ch.codePointAt(0)!.toString(16).padStart(6, '0');
    escapes.set(ch, unit);
  }
  return unit;
}

/** Calls `visit` with each token unit of folded text: one per code point, plain ones as themselves, the others escaped. */
function eachUnit(folded: string, visit: (unit: string) => void): void {
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isPlain(code)) {
      visit(folded[i]);
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one character: kept whole.
      visit(folded.slice(i, i + 2));
      i++;
    } else {
      visit(escaped(folded[i]));
    }
  }
}

function units(folded: string): string[] {
  const out: string[] = [];
  eachUnit(folded, (unit) => out.push(unit));
  return out;
}

/** The distinct units of a notice in order of first appearance; a plain character is told seen by a table, not a string in a set. */
class DistinctUnits {
  private readonly plain = new Uint8Array(0x10000);
  private readonly others = new Set<string>();
  readonly order: string[] = [];

  addCode(code: number): void {
    if (this.plain[code] === 0) {
      this.plain[code] = 1;
      this.order.push(String.fromCharCode(code));
    }
  }

  add(unit: string): void {
    if (!this.others.has(unit)) {
      this.others.add(unit);
      this.order.push(unit);
    }
  }
}

/** Bigrams are written as UTF-16 code units into this buffer and decoded a slice at a time, so a 20 MB text never holds millions of small strings. */
const SLICE_UNITS = 1 << 16;
const slice = new Uint16Array(SLICE_UNITS);
const SPACE = 0x20;

/**
 * Space-separated bigram tokens of a text's units (a one-character text gives none); `seen` collects its
 * units. The same tokens as pairing up `units(folded)`, written as code units rather than built from a
 * string per unit and per pair: after parsing, this was the reader's largest share of an import.
 */
function bigramsOf(folded: string, seen: DistinctUnits): string {
  const slices: string[] = [];
  let length = 0;
  // The previous unit's code units (at most 7: an escape).
  const previous = new Uint16Array(7);
  let previousLength = 0;
  const flush = () => {
    slices.push(Buffer.from(slice.buffer, 0, length * 2).toString('utf16le'));
    length = 0;
  };
  const write = (unit: string) => {
    if (previousLength > 0) {
      if (length + previousLength + unit.length + 1 > SLICE_UNITS) flush();
      if (length > 0) slice[length++] = SPACE;
      slice.set(previous.subarray(0, previousLength), length);
      length += previousLength;
      for (let k = 0; k < unit.length; k++) slice[length++] = unit.charCodeAt(k);
    }
    for (let k = 0; k < unit.length; k++) previous[k] = unit.charCodeAt(k);
    previousLength = unit.length;
  };
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isPlain(code)) {
      seen.addCode(code);
      if (previousLength === 1 && length + 3 <= SLICE_UNITS) {
        // Two plain characters, the common case.
        if (length > 0) slice[length++] = SPACE;
        slice[length++] = previous[0];
        slice[length++] = code;
        previous[0] = code;
      } else {
        write(folded[i]);
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one character: kept whole.
      const unit = folded.slice(i, i + 2);
      seen.add(unit);
      write(unit);
      i++;
    } else {
      const unit = escaped(folded[i]);
      seen.add(unit);
      write(unit);
    }
  }
  if (length > 0) flush();
  return slices.length === 1 ? slices[0] : slices.join(' ');
}

/** What the full-text index stores of one notice. */
export interface IndexTokens {
  /** Bigrams of the title and 文号. */
  head: string;
  /** Bigrams of the text. */
  body: string;
  /** The distinct characters of both. */
  chars: string;
}

/** The tokens of a notice's folded segments. */
export function indexTokens(head: string[], body: string): IndexTokens {
  const distinct = new DistinctUnits();
  const bodyBigrams = bigramsOf(body, distinct);
  const headBigrams = head.map((segment) => bigramsOf(segment, distinct)).join(' ');
  return { head: headBigrams, body: bodyBigrams, chars: distinct.order.join(' ') };
}

/** A term of one character is looked up in the character table, longer ones as a bigram phrase. */
export function termQuery(term: string): { table: 'chars' | 'bigrams'; match: string } {
  const u = units(term);
  if (u.length === 1) return { table: 'chars', match: `"${u[0]}"` };
  const pairs: string[] = [];
  for (let i = 0; i + 1 < u.length; i++) pairs.push(u[i] + u[i + 1]);
  return { table: 'bigrams', match: `"${pairs.join(' ')}"` };
}

/** The index tokens of a notice's searchable parts (title, 文号, text), folded first. */
export function indexTokensOf(segments: SearchSegments): IndexTokens {
  const folded = foldSegments(segments);
  return indexTokens(folded.head, folded.body);
}
