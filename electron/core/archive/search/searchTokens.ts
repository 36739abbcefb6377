/**
 * The CJK-aware tokens of the full-text index. SQLite's FTS5 has no tokenizer that serves one- and
 * two-character Chinese queries, so the text is pre-tokenized here: every pair of neighbouring characters
 * becomes one token (with positions, so a phrase of overlapping pairs is exactly a substring), and each
 * distinct character becomes a token of a second, position-free table for one-character queries.
 * Characters FTS5's unicode61 tokenizer might split on or fold (punctuation, symbols, rare ideographs) are
 * spelled as an escape, so every character is searchable and nothing is lost to the tokenizer.
 */

/** Characters unicode61 keeps as they are in every SQLite version: basic CJK ideographs, a-z, 0-9. */
const PLAIN = /^[\u4e00-\u9fcc\u3400-\u4db5a-z0-9]$/u;
/** A private-use character opens an escape; unicode61 treats it as part of a token. */
const ESCAPE = '\ue000';

const unitCache = new Map<string, string>();

function tokenUnit(ch: string): string {
  let unit = unitCache.get(ch);
  if (unit === undefined) {
    unit = PLAIN.test(ch) ? ch : ESCAPE + ch.codePointAt(0)!.toString(16).padStart(6, '0');
    unitCache.set(ch, unit);
  }
  return unit;
}

function units(folded: string): string[] {
  return Array.from(folded, tokenUnit);
}

/** Space-separated bigram tokens of folded text (a one-character text gives no bigram). */
export function bigramTokens(folded: string): string {
  const u = units(folded);
  const out = new Array<string>(Math.max(0, u.length - 1));
  for (let i = 0; i + 1 < u.length; i++) out[i] = u[i] + u[i + 1];
  return out.join(' ');
}

/** Space-separated distinct characters of folded texts. */
export function charTokens(foldedTexts: string[]): string {
  const seen = new Set<string>();
  for (const text of foldedTexts) for (const unit of units(text)) seen.add(unit);
  return [...seen].join(' ');
}

/** A term of one character is looked up in the character table, longer ones as a bigram phrase. */
export function termQuery(term: string): { table: 'chars' | 'bigrams'; match: string } {
  const u = units(term);
  if (u.length === 1) return { table: 'chars', match: `"${u[0]}"` };
  const pairs: string[] = [];
  for (let i = 0; i + 1 < u.length; i++) pairs.push(u[i] + u[i + 1]);
  return { table: 'bigrams', match: `"${pairs.join(' ')}"` };
}
