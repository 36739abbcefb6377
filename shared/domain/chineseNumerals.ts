/**
 * Chinese numerals for clause numbers (层次序数 一 … 九十九) and date parts, both ways.
 */

/** A Map: a look-up by a string made at run time is cheaper than an object's property look-up. */
const DIGITS = new Map<string, number>([
  ['〇', 0],
  ['○', 0],
  ['零', 0],
  ['一', 1],
  ['二', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const DIGIT_CHARS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * '二十三' → 23, '十' → 10, '十二' → 12, '〇' → 0 (also ○ U+25CB and 零); null when the text is
 * not a numeral from 0 to 99. The non-standard '一十二' is read as 12.
 */
export function chineseToInt(text: string): number | null {
  const s = text.trim();
  const digit = s.length === 1 ? DIGITS.get(s) : undefined;
  if (digit !== undefined) return digit;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  const tens = m[1] === undefined ? 1 : DIGITS.get(m[1])!;
  const units = m[2] === undefined ? 0 : DIGITS.get(m[2])!;
  return tens * 10 + units;
}

/** 23 → '二十三', 10 → '十', 1 → '一'. Clause numbers run 1–99; anything else is a programming error. */
export function intToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`intToChinese: ${n} is not an integer in 1–99`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGIT_CHARS[tens]}十`;
  return tensPart + (units === 0 ? '' : DIGIT_CHARS[units]);
}

/** Digit-by-digit Chinese numerals as in a year: '二〇二四' → 2024 (○ and 零 count as 〇). */
export function chineseDigitsToInt(text: string): number | null {
  if (text.length === 0) return null;
  let n = 0;
  for (const ch of text) {
    const digit = DIGITS.get(ch);
    if (digit === undefined) return null;
    n = n * 10 + digit;
  }
  return n;
}
