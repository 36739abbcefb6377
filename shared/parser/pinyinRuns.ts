/**
 * The pronunciations a mirror site prints after characters ("發(fā)文單位", "機(jī)構(gòu)"): no part of the words, so
 * labels, titles and names are compared without them.
 */
export const PINYIN_RUNS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}[)）]/g;

/** The text with every pronunciation run taken out; a text holding none comes back as it was. */
export function withoutPinyin(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(PINYIN_RUNS, '') : text;
}
