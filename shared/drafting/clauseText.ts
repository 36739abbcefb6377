/**
 * Working on a clause's wording: separating the trailing responsible-unit parenthetical
 * （责任单位：…） from the task itself, and writing punctuation full-width as GB/T 9704 text expects
 * (pasted web text often carries half-width commas and brackets).
 */

/** A trailing （…）, (…) or 〔…〕 with at most one nested pair inside, then an optional 。 */
const TRAILING_NOTE = /\s*[（(〔]((?:[^（()）〔〕]|[（(][^（()）]*[）)])*)[）)〕]\s*[。.]?\s*$/;

const UNIT_WORDS = /责任单位|牵头|负责|配合|落实|部门|单位|政府|委员会|[局委办厅队]/;

export interface SplitClauseText {
  /** The task without the note. */
  body: string;
  /** The note's inside, e.g. "责任单位：县应急局", or null when the text has none. */
  unitsNote: string | null;
}

/** Splits off the trailing unit note when it names units or a role; other trailing brackets stay. */
export function splitUnitsNote(text: string): SplitClauseText {
  const trimmed = text.trimEnd();
  const match = TRAILING_NOTE.exec(trimmed);
  if (!match || !UNIT_WORDS.test(match[1])) return { body: trimmed, unitsNote: null };
  let body = trimmed.slice(0, match.index).trimEnd();
  if (body && !/[。；！？.;!?：:]$/.test(body)) body += '。';
  return { body, unitsNote: match[1].trim() };
}

const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff“”‘’《》、。，；：）（]';
const commaLike: Array<[RegExp, string]> = [
  [new RegExp(`(?<=${CJK})\\s*,\\s*|\\s*,\\s*(?=${CJK})`, 'g'), '，'],
  [new RegExp(`(?<=${CJK})\\s*;\\s*|\\s*;\\s*(?=${CJK})`, 'g'), '；'],
  [new RegExp(`(?<=${CJK})\\s*:\\s*|\\s*:\\s*(?=${CJK})`, 'g'), '：'],
  [new RegExp(`(?<=${CJK})\\?|\\?(?=${CJK})`, 'g'), '？'],
  [new RegExp(`(?<=${CJK})!|!(?=${CJK})`, 'g'), '！'],
];

/** Half-width , ; : ? ! next to Chinese text and ( ) around Chinese text become full-width. */
export function fullWidthPunctuation(text: string): string {
  let out = text;
  for (const [pattern, replacement] of commaLike) out = out.replace(pattern, replacement);
  out = out.replace(/\(([^()]*[\u3400-\u9fff][^()]*)\)/g, '（$1）');
  return out;
}
