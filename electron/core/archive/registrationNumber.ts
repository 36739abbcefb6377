/**
 * 收文编号 patterns: a clerk's template such as 收〔{year}〕{n}号 or 收文{year}-{n:3}, where {n} is the serial
 * of the year ({n:3} zero-pads it to three digits). Pure functions, shared by the migration and the service.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';

export const DEFAULT_REGISTRATION_PATTERN = '收〔{year}〕{n}号';

const PLACEHOLDER = /\{(year|n)(?::(\d))?\}/g;

export function formatRegistrationNumber(pattern: string, year: number, serial: number): string {
  return pattern.replace(PLACEHOLDER, (_all, name: string, width?: string) =>
    name === 'year' ? String(year) : String(serial).padStart(Number(width ?? 0), '0'),
  );
}

/** A usable pattern has exactly one {n}, at most one {year}, and nothing else in braces. */
export function checkRegistrationPattern(pattern: string): ApiResult<string> {
  const trimmed = pattern.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return fail('收文编号格式应为1到40个字，如“收〔{year}〕{n}号”。');
  const names = [...trimmed.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (names.filter((n) => n === 'n').length !== 1) return fail('收文编号格式中应有且只有一个{n}（顺序号）。');
  if (names.filter((n) => n === 'year').length > 1) return fail('收文编号格式中{year}（年度）最多出现一次。');
  if (/[{}]/.test(trimmed.replace(PLACEHOLDER, ''))) return fail('收文编号格式中只能使用{year}、{n}或{n:3}这样的占位符。');
  return ok(trimmed);
}
