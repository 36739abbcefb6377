/**
 * The pronunciations a mirror site prints after characters ("發(fā)文單位", "機(jī)構(gòu)"): no part of the words, so
 * labels, titles, names and 文号 codes are compared without them.
 */
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń';

/** One run in half-width brackets, as such a mirror prints it: a regex source to build larger patterns from. */
export const PINYIN_RUN_SOURCE = `\\([${PINYIN_LETTERS}]{1,8}\\)`;

/** Every run, in either bracket width. */
export const PINYIN_RUNS = new RegExp(`[(（][${PINYIN_LETTERS}]{1,8}[)）]`, 'g');

/** The text with every pronunciation run taken out; a text holding none comes back as it was. */
export function withoutPinyin(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(PINYIN_RUNS, '') : text;
}

/** A run some mirrors print with a space before its closing bracket ("會(huì )"), which then reads as a line's gap. */
const LOOSE_RUN = new RegExp(`\\(([${PINYIN_LETTERS}]{1,8}) +\\)`, 'g');

/** The text with every such run closed up ("會(huì )" → "會(huì)"). */
export function withTightPinyin(text: string): string {
  return text.includes(' )') ? text.replace(LOOSE_RUN, '($1)') : text;
}
