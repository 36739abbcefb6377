/**
 * What a typed query asks for: literal terms, every one of which must occur (AND). Two things clerks type
 * out of habit from web search are read rather than searched as written, and the result says so: quotes
 * (ASCII or Chinese) are dropped, and OR / | between words is dropped (there is no "either" search).
 * A 文号 is read the way stored 文号 are normalized, so 晋政发[2025]3号, 晋政发 (2025) 3 and 晋政发【25】第3号
 * all find 晋政发〔2025〕3号.
 */
import { findDocNumbers, parseDocNumber } from '../../../../shared/domain/docNumber';
import { foldForSearch } from './searchText';

export interface ReadQuery {
  /** Folded literal terms, distinct. */
  terms: string[];
  /** A Chinese sentence saying what was read differently from how it was typed; null when nothing was. */
  note: string | null;
}

const QUOTES = /["'“”‘’＂＇]/g;
/** Folded spellings of "or" standing between words. */
const OR_WORDS = new Set(['or', '|', '||']);
/** A piece of a 文号 split off by spaces: brackets, digits, 第, 号 (晋政发 [2025] 3 号). */
const NUMBER_PIECE = /^[[\]［］【】()（）〔〕﹝﹞〖〗〈〉0-9０-９第号號]+$/;

/** The normalized 文号 of a token, or the token with each 文号 inside it normalized. */
function normalizedToken(token: string): string {
  const whole = parseDocNumber(token, true);
  if (whole) return whole.docNumber.text;
  let out = '';
  let at = 0;
  for (const match of findDocNumbers(token)) {
    out += token.slice(at, match.index) + match.docNumber.text;
    at = match.index + match.raw.length;
  }
  return out + token.slice(at);
}

/** Tokens with the pieces of a 文号 typed with spaces joined back to it, where the joined text reads as one. */
function joinNumberPieces(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i + 1;
    while (j < tokens.length && NUMBER_PIECE.test(tokens[j])) j++;
    const joined = tokens.slice(i, j).join('');
    if (j > i + 1 && parseDocNumber(joined, true)) {
      out.push(joined);
      i = j - 1;
    } else {
      out.push(tokens[i]);
    }
  }
  return out;
}

export function readQuery(query: string): ReadQuery {
  const unquoted = query.replace(QUOTES, ' ');
  const quotes = unquoted !== query;
  const tokens = unquoted.split(/\s+/u).filter((token) => token.length > 0);
  const words = tokens.filter((token) => !OR_WORDS.has(foldForSearch(token)));
  const or = words.length !== tokens.length;
  const renumbered: string[] = [];
  const terms = joinNumberPieces(words).map((token) => {
    const normalized = normalizedToken(token);
    if (normalized !== token) renumbered.push(normalized);
    return foldForSearch(normalized);
  });
  const notes: string[] = [];
  if (quotes || or) {
    const what = quotes && or ? '引号和 OR' : quotes ? '引号' : ' OR';
    notes.push(`已忽略${what}：检索结果包含全部词语`);
  }
  if (renumbered.length > 0) notes.push(`文号按规范写法检索：${renumbered.join('、')}`);
  return { terms: [...new Set(terms.filter((term) => term.length > 0))], note: notes.length > 0 ? notes.join('；') : null };
}
