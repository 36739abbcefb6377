/**
 * Each task's stored deadline (tasks.due, migration 30): set by hand, else the one its clause's text names, else
 * the notice's 办理期限. Kept here, by the writes that change one of those, rather than by triggers: a trigger's
 * statement savepoint makes the full-text index write out what it holds in the middle of an import.
 */
import type { Db } from '../../db/openDatabase';

/** The deadline a task of `notice_id` at `position` follows when none is set by hand. */
export const FOLLOWED_DUE = (task: string) => `coalesce(
  (SELECT c.text_due FROM clauses c WHERE c.notice_id = ${task}.notice_id AND c.position = ${task}.position),
  (SELECT r.due_date FROM registrations r WHERE r.notice_id = ${task}.notice_id))`;

/** Sets the stored deadline of every task of a notice whose clause deadlines or 办理期限 changed. */
export function taskDueRefresher(db: Db): (noticeId: number) => void {
  const refresh = db.prepare(`
    UPDATE tasks SET due = coalesce(due_date, ${FOLLOWED_DUE('tasks')})
    WHERE notice_id = ? AND due IS NOT coalesce(due_date, ${FOLLOWED_DUE('tasks')})`);
  return (noticeId) => {
    refresh.run(noticeId);
  };
}
