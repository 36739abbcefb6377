/**
 * Text normalization for pasted and extracted notices: line endings, width folding for matching,
 * spaces that PDF extraction puts between Chinese characters, and page furniture (footers, running headers).
 * The original text is always kept elsewhere for display; these functions only produce working copies.
 */

/** CRLF / CR → LF, BOM and NBSP removed, tabs to spaces. */
export function normalizeNewlines(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** Full-width ASCII (！…～) and the ideographic space folded to half-width, for matching only. */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’…—·《》';
const TIGHT = `[${CJK}${CJK_PUNCT}]`;
const TIGHT_OR_DIGIT = `[${CJK}${CJK_PUNCT}0-9０-９]`;
const spaceAfterTight = new RegExp(`(${TIGHT})[ \\u3000]+(?=${TIGHT_OR_DIGIT})`, 'g');
const spaceBeforeTight = new RegExp(`(${TIGHT_OR_DIGIT})[ \\u3000]+(?=${TIGHT})`, 'g');

/**
 * Removes the spaces that layout puts between Chinese characters and around numbers in Chinese text
 * ("关于做好 2025 年", "阳政发〔2025〕1 号"), keeping spaces between Latin words.
 */
export function collapseCjkSpaces(text: string): string {
  return text.replace(spaceAfterTight, '$1').replace(spaceBeforeTight, '$1');
}

const FOOTER_PATTERNS: RegExp[] = [
  /^[—－\-–─―_~～]{1,3}\s*\d{1,4}\s*[—－\-–─―_~～]{1,3}$/,
  /^第\s*\d{1,4}\s*页\s*([,，、/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，、]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^[-—－]?\s*\d{1,3}\s*[-—－]?$/,
];

/** A page footer line such as "— 3 —", "－3－", "- 3 -", "第3页 共12页". */
export function isPageFooter(line: string): boolean {
  const t = foldWidth(line).trim();
  return t.length > 0 && t.length <= 20 && FOOTER_PATTERNS.some((re) => re.test(t));
}
