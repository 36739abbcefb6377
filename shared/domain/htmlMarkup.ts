/**
 * HTML copied along with a notice from a page's source or a database export: "<p>各市人民政府：</p><p>…".
 * Block tags end lines, inline tags go, and the common entities are decoded, so the text reads as the page
 * showed it. Only known tag names are touched: a "<" in the text itself stays.
 */

const BLOCK_TAG = /<\/?(?:p|br|div|tr|li|h[1-6]|table|tbody|thead|ul|ol|section|article|center)\b[^<>]{0,200}>/gi;
const INLINE_TAG = /<\/?(?:span|strong|b|i|em|u|font|a|img|td|th|sup|sub|o:p)\b[^<>]{0,200}>/gi;
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
};

export function markupToText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  if (!/<\/?(?:p|br|div|span|strong|td|font)\b/i.test(text) && !/&(?:nbsp|ldquo|rdquo);/.test(text)) return text;
  return text
    .replace(BLOCK_TAG, '\n')
    .replace(INLINE_TAG, '')
    .replace(/&(nbsp|ensp|emsp|lt|gt|amp|quot|ldquo|rdquo|middot);/g, (_, name: string) => ENTITIES[name]);
}
