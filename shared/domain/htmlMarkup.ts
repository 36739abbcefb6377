/**
 * HTML copied along with a notice from a page's source or a database export: "<p>各市人民政府：</p><p>…".
 * Block tags end lines, inline tags go, and character references (named, decimal and hexadecimal, such as
 * "&nbsp;", "&#12288;", "&#x3000;") are decoded, so the text reads as the page showed it. Only known tag
 * names are touched: a "<" in the text itself stays.
 */
import { decodeHTMLStrict } from 'entities';

const BLOCK_TAG = /<\/?(?:p|br|div|tr|li|h[1-6]|table|tbody|thead|ul|ol|section|article|center)\b[^<>]{0,200}>/gi;
const INLINE_TAG = /<\/?(?:span|strong|b|i|em|u|font|a|img|td|th|sup|sub|o:p)\b[^<>]{0,200}>/gi;
const KNOWN_TAG = /<\/?(?:p|br|div|span|strong|td|font)\b/i;
/** A character reference closed by its semicolon: plain text with a bare "&" ("A&B") is left as it is. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

export function markupToText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const hasTags = KNOWN_TAG.test(text);
  const hasReferences = CHARACTER_REFERENCE.test(text);
  if (!hasTags && !hasReferences) return text;
  const plain = hasTags ? text.replace(BLOCK_TAG, '\n').replace(INLINE_TAG, '') : text;
  // Strict: only references ending in ";" are decoded, so "&copy" or "&lt" inside plain text stays.
  return hasReferences ? decodeHTMLStrict(plain) : plain;
}
