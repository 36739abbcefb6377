/**
 * The deadline a clause sets its units, read from its text: "6月底前", "年底前", "9月30日前", "上半年",
 * "每季度末", "2026年3月底前", "十月中旬前" … A date without a year falls in the notice's year (its 成文日期,
 * else the year it arrived); a recurring one (每季度末, 每月底) gives the first such date after the notice.
 * When a clause names several, the task runs until the last of them.
 */
import { chineseToInt } from '../domain/chineseNumerals';

const NUM = '[0-9０-９〇零一二三四五六七八九十]{1,3}';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function toInt(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(ascii) ? Number(ascii) : chineseToInt(ascii);
}

function validDate(year: number, month: number | null, day: number | null): string | null {
  if (month === null || month < 1 || month > 12 || day === null || day < 1 || day > lastDay(year, month)) return null;
  return iso(year, month, day);
}

/** Words after the date that make it a deadline rather than a mention ("2024年6月底召开" is not one). */
const BEFORE = '(?:前|之前|以前|底前|完成|止|为止|内)';

const MONTH_DAY = new RegExp(`(?:(\\d{4})年)?(${NUM})月(${NUM})日(?=${BEFORE})`, 'g');
const MONTH_PART = new RegExp(`(?:(\\d{4})年)?(${NUM})月(底|末|上旬|中旬|下旬)(?=${BEFORE}|前)`, 'g');
const YEAR_PART = /(?:(\d{4})年)?(年底|年末|年内|上半年|下半年)(前|之前|以前|完成)?/g;

function explicitDates(text: string, noticeYear: number): string[] {
  const found: string[] = [];
  // Most clauses name no month (or no year part): patterns tried at every offset are skipped.
  if (text.includes('月')) {
    for (const m of text.matchAll(MONTH_DAY)) {
      const date = validDate(m[1] ? Number(m[1]) : noticeYear, toInt(m[2]), toInt(m[3]));
      if (date) found.push(date);
    }
    for (const m of text.matchAll(MONTH_PART)) {
      const year = m[1] ? Number(m[1]) : noticeYear;
      const month = toInt(m[2]);
      if (month === null || month < 1 || month > 12) continue;
      const day = m[3] === '上旬' ? 10 : m[3] === '中旬' ? 20 : lastDay(year, month);
      found.push(iso(year, month, day));
    }
  }
  if (!text.includes('年')) return found;
  for (const m of text.matchAll(YEAR_PART)) {
    // "下半年开始" starts something; only "下半年前/完成" ends it.
    if (m[2] === '下半年' && !m[3]) continue;
    const year = m[1] ? Number(m[1]) : noticeYear;
    found.push(m[2] === '上半年' ? iso(year, 6, 30) : iso(year, 12, 31));
  }
  return found;
}

function recurringDates(text: string, after: string): string[] {
  const found: string[] = [];
  if (!text.includes('每')) return found;
  const [y, mo] = after.split('-').map(Number);
  const quarter = /每季度(?:末|最后一个月|结束前)/.exec(text);
  if (quarter) {
    const month = Math.ceil(mo / 3) * 3;
    found.push(iso(y, month, lastDay(y, month)));
  }
  const monthly = /每月(?:底|末)|每月(\d{1,2}|[一二三四五六七八九十]{1,3})日前/.exec(text);
  if (monthly) {
    const day = monthly[1] ? toInt(monthly[1]) : null;
    const dayIn = (year: number, month: number) => iso(year, month, Math.min(day ?? 31, lastDay(year, month)));
    const thisMonth = dayIn(y, mo);
    found.push(thisMonth >= after ? thisMonth : mo === 12 ? dayIn(y + 1, 1) : dayIn(y, mo + 1));
  }
  return found;
}

/**
 * The task's deadline from its clause text, or null when the text sets none. `noticeDate` is the notice's
 * 成文日期 (or the day it arrived), YYYY-MM-DD: it gives the year and the start of recurring deadlines.
 */
export function taskDeadline(text: string, noticeDate: string): string | null {
  const year = Number(noticeDate.slice(0, 4));
  const found = [...explicitDates(text, year), ...recurringDates(text, noticeDate)];
  if (found.length === 0) return null;
  return found.sort().at(-1) ?? null;
}
