/**
 * Finding a folded search term in a notice's text as received, without decoding the text: a regular
 * expression over the UTF-8 bytes (read as latin1, one character per byte) that accepts what folding
 * would have turned into the term — any whitespace between its characters (a line break in the middle of
 * a word), full-width forms of ASCII, upper case. Match offsets are byte offsets into the text.
 */

/** Every character JavaScript's \s matches: folding removes them all. */
const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

function bytePattern(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
}

const GAP = `(?:${WHITESPACE.map((cp) => bytePattern(String.fromCodePoint(cp))).join('|')})*`;

/** The characters that fold to `ch`: itself, its upper case, and the full-width forms of ASCII. */
function sources(ch: string): string[] {
  const found = new Set([ch]);
  const upper = ch.toUpperCase();
  if ([...upper].length === 1 && upper.toLowerCase() === ch) found.add(upper);
  for (const c of [...found]) {
    const code = c.codePointAt(0)!;
    if (code >= 0x21 && code <= 0x7e) found.add(String.fromCodePoint(code + 0xfee0));
  }
  return [...found];
}

/** A global pattern matching, in latin1-decoded UTF-8, every spelling of the folded `term`. */
export function termPattern(term: string): RegExp {
  return new RegExp([...term].map((ch) => `(?:${sources(ch).map(bytePattern).join('|')})`).join(GAP), 'g');
}

/** Byte offset of the first match at or after `from`, or -1. */
export function findFrom(latin1: string, pattern: RegExp, from = 0): number {
  pattern.lastIndex = from;
  return pattern.exec(latin1)?.index ?? -1;
}

/** Byte offsets of every match starting at or after `from`, overlapping ones included, in order. */
export function findAll(latin1: string, pattern: RegExp, from = 0): number[] {
  const offsets: number[] = [];
  for (let at = findFrom(latin1, pattern, from); at >= 0; at = findFrom(latin1, pattern, at + 1)) offsets.push(at);
  return offsets;
}

/** The first of the ascending `offsets` at or after `from`, or -1. */
export function firstAtOrAfter(offsets: number[], from: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length ? offsets[low] : -1;
}
