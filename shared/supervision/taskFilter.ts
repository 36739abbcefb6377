/**
 * Which tasks a 督办台账 filter keeps: by unit (part of the name), notice (its 文号 typed with any brackets,
 * or its id), status (逾期 included), and deadline (overdue, due within N days, a date range).
 */
import type { TaskFilter, TaskRow } from '../api/supervisionContract';

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

export function filterTasks(tasks: TaskRow[], filter: TaskFilter, today: string): TaskRow[] {
  const unit = filter.unit ? matchKey(filter.unit) : '';
  const notice = typeof filter.notice === 'string' ? matchKey(filter.notice) : '';
  const until = filter.dueWithin === undefined ? null : addDays(today, filter.dueWithin);
  return tasks.filter((task) => {
    if (unit && !matchKey(task.unit).includes(unit)) return false;
    if (typeof filter.notice === 'number' && task.noticeId !== filter.notice) return false;
    if (notice && !matchKey(task.noticeDocNumber ?? '').includes(notice)) return false;
    if (filter.status === 'overdue' ? !task.overdue : filter.status && task.status !== filter.status) return false;
    if (filter.overdue && !task.overdue) return false;
    if (until !== null && (task.status === 'done' || task.due === null || task.due < today || task.due > until)) return false;
    if (filter.dueFrom && (task.due === null || task.due < filter.dueFrom)) return false;
    if (filter.dueTo && (task.due === null || task.due > filter.dueTo)) return false;
    return true;
  });
}
