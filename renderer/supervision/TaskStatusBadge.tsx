/** A task's status as a badge: 未开始 amber, 办理中 blue, 已完成 green, 逾期 red. */
import type { TaskRow } from '../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES } from '../../shared/api/supervisionVocabulary';

const CLASS = { pending: 'status-pending', in_progress: 'status-in_progress', done: 'status-done' } as const;

export function TaskStatusBadge({ task }: { task: Pick<TaskRow, 'status' | 'overdue'> }) {
  if (task.overdue) return <span className="badge status-overdue">{TASK_STATUS_NAMES.overdue}</span>;
  return <span className={`badge ${CLASS[task.status]}`}>{TASK_STATUS_NAMES[task.status]}</span>;
}
