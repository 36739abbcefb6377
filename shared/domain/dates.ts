/**
 * Dates as 公文 write them (2025年4月3日, the pre-2012 二〇二四年五月八日, padded 2025年04月03日, and the
 * 2025-04-03 / 2025.4.3 / 2025/4/3 of web pages) → ISO YYYY-MM-DD, and back to the GB/T 9704 form.
 */
import { chineseDigitsToInt, chineseToInt } from './chineseNumerals';

/** How a written date departs from the GB/T 9704 form 2025年4月3日. */
export type DateDefect = 'chinese-numerals' | 'zero-padding';

export interface ParsedDate {
  /** YYYY-MM-DD. */
  iso: string;
  defects: DateDefect[];
}

export interface FoundDate extends ParsedDate {
  /** The date as written in the searched text. */
  raw: string;
  /** Offset of `raw` in the searched text. */
  index: number;
}

// Year digits: 〇 is often typed as ○ (U+25CB), ◯, a Latin/full-width letter O, or the digit 0 (二0一九年).
const CN_YEAR_DIGIT = '〇○◯零OoＯ0一二三四五六七八九';
const CN_NUMERAL = '一二三四五六七八九十';
// A line centred with spaces between its characters ("二 ○ 二 四 年 三 月 五 日") keeps them inside the numbers.
const CN_YEAR = `((?:[${CN_YEAR_DIGIT}]\\s*){3}[${CN_YEAR_DIGIT}])`;
const CN_NUMBER = `([${CN_NUMERAL}](?:\\s*[${CN_NUMERAL}]){0,2})`;
const CHINESE_DATE = new RegExp(`${CN_YEAR}\\s*年\\s*${CN_NUMBER}\\s*月\\s*${CN_NUMBER}\\s*日`, 'g');
/** A year in Chinese numerals with the month and day in digits: 二0二四年3月5日. */
const MIXED_DATE = new RegExp(`${CN_YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`, 'g');
const ARABIC_DATE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** 年 and 月 lost in extraction ("2019515日"): read only when one split into month and day is valid. */
const GLUED_DATE = /(?<![\d年月])((?:19|20)\d\d)(\d{2,4})日/g;
const SEPARATED_DATE = /(?<!\d)(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/g;
/**
 * 年, 月 and 日 lost in extraction, their gaps kept ("2017 6 23", a stray "{" before it): read only as a
 * whole line, where three numbers that make a valid date can mean nothing else.
 */
const SPACED_DATE = /^[^\p{L}\p{N}\s]?\s*(\d{4})\s+(\d{1,2})\s+(\d{1,2})\s*[^\p{L}\p{N}\s]?$/u;

/** A date written alone whose 年, 月 and 日 were all lost: year, then month and day run together. */
const BARE_DIGITS_DATE = /^((?:19|20)\d\d)(\d{2,4})$/;

/** A date written alone that lost its final 日 ("2021年5月6"). */
const NO_DAY_MARK_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})$/;

/** A date written alone that lost only its 年 ("201911月13日"): the year's four digits still part it. */
const NO_YEAR_MARK_DATE = /^((?:19|20)\d\d)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** A date written alone with 日 typed for its 月 ("2018年10日11日"): two 日 leave one reading. */
const MONTH_TYPED_AS_DAY_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*日\s*(\d{1,2})\s*日$/;

/** Longer than any date written alone, spaces included; longer text is not one date. */
const MAX_DATE_LENGTH = 40;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromChinese(m: RegExpExecArray, digitsForMonthAndDay = false): ParsedDate | null {
  const year = chineseDigitsToInt(m[1].replace(/\s+/g, '').replace(/[○◯OoＯ0]/g, '〇'));
  const month = digitsForMonthAndDay ? Number(m[2]) : chineseToInt(m[2].replace(/\s+/g, ''));
  const day = digitsForMonthAndDay ? Number(m[3]) : chineseToInt(m[3].replace(/\s+/g, ''));
  if (year === null || month === null || day === null) return null;
  const iso = isoOf(year, month, day);
  return iso ? { iso, defects: ['chinese-numerals'] } : null;
}

function fromArabic(yearDigits: string, monthDigits: string, dayDigits: string): ParsedDate | null {
  const iso = isoOf(Number(yearDigits), Number(monthDigits), Number(dayDigits));
  if (!iso) return null;
  const padded = [monthDigits, dayDigits].some((d) => d.length > 1 && d.startsWith('0'));
  return { iso, defects: padded ? ['zero-padding'] : [] };
}

/** Every valid split of the digits after the year into month and day ("128": 1-28 and 12-8). */
function gluedReadings(year: string, rest: string): ParsedDate[] {
  return [1, 2]
    .map((monthLength) => [rest.slice(0, monthLength), rest.slice(monthLength)])
    .filter(([month, day]) => day.length >= 1 && day.length <= 2 && !month.startsWith('0') && !day.startsWith('0'))
    .map(([month, day]) => fromArabic(year, month, day))
    .filter((d): d is ParsedDate => d !== null);
}

function fromGlued(year: string, rest: string): ParsedDate | null {
  const readings = gluedReadings(year, rest);
  return readings.length === 1 ? readings[0] : null;
}

/** A date written alone whose 月 (and perhaps 年 and 日) were lost: "2022128", "2021111日", "2018年210". */
const LOST_MARKS_DATE = /^((?:19|20)\d\d)年?(\d{2,4})日?$/;

/**
 * The ISO dates a line that lost its 年 and 月 may stand for, in order: one or two ("2022128": 2022-01-28 and
 * 2022-12-08); none for other text.
 */
export function lostMarksReadings(text: string): string[] {
  const m = LOST_MARKS_DATE.exec(foldDigits(text.trim()));
  return m ? gluedReadings(m[1], m[2]).map((d) => d.iso) : [];
}

/**
 * A lost-marks date read by what is known to come after it (a web page's publishing date): the one reading
 * not later than `latestIso`, or null when none or both are.
 */
export function lostMarksDateBefore(text: string, latestIso: string): string | null {
  const possible = lostMarksReadings(text).filter((iso) => iso <= latestIso);
  return possible.length === 1 ? possible[0] : null;
}

/** A date read at a match, kept with its text as written. (Not an arrow in scan: tsx names those on every call.) */
function addFound(found: FoundDate[], text: string, m: RegExpExecArray, parsed: ParsedDate | null): void {
  if (parsed) found.push({ ...parsed, raw: text.slice(m.index, m.index + m[0].length), index: m.index });
}

/** Every candidate date in `text`, each with its offset; invalid dates (2月30日) are left out. */
function scan(text: string): FoundDate[] {
  const folded = foldDigits(text);
  const found: FoundDate[] = [];
  // Cheap guards first: most lines of a notice hold no date at all.
  if (folded.includes('年')) {
    for (const m of folded.matchAll(CHINESE_DATE)) addFound(found, text, m, fromChinese(m));
    for (const m of folded.matchAll(ARABIC_DATE)) addFound(found, text, m, fromArabic(m[1], m[2], m[3]));
    for (const m of folded.matchAll(MIXED_DATE)) addFound(found, text, m, fromChinese(m, true));
  }
  if (folded.includes('日') && !folded.includes('月')) {
    for (const m of folded.matchAll(GLUED_DATE)) addFound(found, text, m, fromGlued(m[1], m[2]));
  }
  if (/\d[-./]\d/.test(folded)) {
    for (const m of folded.matchAll(SEPARATED_DATE)) addFound(found, text, m, fromArabic(m[1], m[3], m[4]));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parse a string that is one date as a whole: "2025 年 3 月 31 日", "二○二四年五月八日", "2025/4/3". */
/**
 * How a date written alone opens, a mark before it at most: with a digit or a numeral. Every line of a notice is
 * asked whether it is a date, and most open otherwise.
 */
const DATE_OPENING = /^[^\p{L}\p{N}\s]?\s*[0-9０-９〇○◯零一二三四五六七八九OoＯ]/u;

export function parseDate(text: string): ParsedDate | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DATE_LENGTH || !DATE_OPENING.test(trimmed)) return null;
  const whole = scan(trimmed).find((d) => d.index === 0 && d.raw.length === trimmed.length);
  if (whole) return { iso: whole.iso, defects: whole.defects };
  const folded = foldDigits(trimmed);
  const spaced = SPACED_DATE.exec(folded);
  if (spaced) return fromArabic(spaced[1], spaced[2], spaced[3]);
  const noDayMark = trimmed.endsWith('日') ? null : NO_DAY_MARK_DATE.exec(folded);
  if (noDayMark) return fromArabic(noDayMark[1], noDayMark[2], noDayMark[3]);
  const noYearMark = NO_YEAR_MARK_DATE.exec(folded);
  if (noYearMark) return fromArabic(noYearMark[1], noYearMark[2], noYearMark[3]);
  const monthTyped = MONTH_TYPED_AS_DAY_DATE.exec(folded);
  if (monthTyped) return fromArabic(monthTyped[1], monthTyped[2], monthTyped[3]);
  // 年, 月 and 日 all lost ("2018525" under a signature): read when only one split is a valid date.
  const digits = BARE_DIGITS_DATE.exec(folded);
  return digits ? fromGlued(digits[1], digits[2]) : null;
}

/** The first valid date in a line, e.g. the 2025年3月31日 of "阳泉市人民政府办公室 2025年3月31日印发". */
export function findDate(text: string): FoundDate | null {
  return scan(text)[0] ?? null;
}

/** '2025-04-03' → '2025年4月3日'; text that is not an ISO date comes back unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
