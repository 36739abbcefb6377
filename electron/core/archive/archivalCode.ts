/**
 * 档号 per DA/T 22-2015: 全宗号-WS·年度-保管期限代码-机构（问题）代码-件号, e.g. Z109-WS·2025-Y-BGS-0001.
 * The 件号 is four digits, zero-padded (unlike a 文号's serial); the 机构 part is left out when not used.
 */
import type { Retention } from '../../../shared/api/fields';

export const RETENTION_CODES: Record<Retention, string> = { permanent: 'Y', '30y': 'D30', '10y': 'D10' };

export const MAX_ITEM_NUMBER = 9999;

export function composeArchivalCode(parts: {
  fondsCode: string;
  year: number;
  retention: Retention;
  department: string;
  itemNumber: number;
}): string {
  const item = String(parts.itemNumber).padStart(4, '0');
  const department = parts.department ? `-${parts.department}` : '';
  return `${parts.fondsCode}-WS·${parts.year}-${RETENTION_CODES[parts.retention]}${department}-${item}`;
}

/** 全宗号 as archives assign them: letters and digits, e.g. Z109. */
export function isFondsCode(code: string): boolean {
  return /^[A-Z0-9]{1,12}$/.test(code);
}
