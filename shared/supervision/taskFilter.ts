/**
 * The terms a 督办台账 filter is read in: days counted from today, 文号 and unit names folded so that one typed
 * with other brackets or widths matches, and 逾期.
 */
import type { TaskRow } from '../api/supervisionContract';

/** The day `days` after an ISO date. */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A 文号 or a unit name for matching: width folded, spaces and every kind of bracket dropped. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s〔〕［］[\]()（）【】{}｛｝〈〉<>「」]/g, '');
}

export function isOverdue(task: Pick<TaskRow, 'due' | 'status'>, today: string): boolean {
  return task.status !== 'done' && task.due !== null && task.due < today;
}
