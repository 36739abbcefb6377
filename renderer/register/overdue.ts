/** 办理期限 arithmetic: today's date in local time, and whether a row is past its deadline and not done. */
import type { NoticeRow } from '../../shared/api/archiveContract';

export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isOverdue(row: Pick<NoticeRow, 'dueDate' | 'status'>, on: string = today()): boolean {
  return row.status !== 'done' && row.dueDate !== null && row.dueDate < on;
}
