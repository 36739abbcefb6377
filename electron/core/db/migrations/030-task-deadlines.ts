/**
 * Migration 30: each task's deadline kept with the task. 今日待办 and the ledger's 逾期 / N天内到期 worked out
 * every open task's deadline (set by hand, else the clause's text, else the notice's 办理期限) over tasks,
 * clauses and registrations, then filtered and ranked it: a scan of every open task (2.3 s at 100,000
 * notices). `due` holds that deadline, kept by the core on every write that changes one of its inputs (no
 * trigger: a trigger's statement savepoint makes the full-text index write out mid-import), and the partial
 * index over open tasks with a deadline reads them by deadline in the agenda's order. A clause whose text is
 * still unread (text_due_read 0) counts as naming none until the core reads it, which then sets its tasks' due.
 * The agenda's other list, notices waiting for 拟办 or 批办, is counted from an index of the stages.
 */
import type { Migration } from '../migrate';

export const taskDeadlinesMigration: Migration = {
  version: 30,
  name: 'task-deadlines',
  up(db) {
    db.exec(`
      ALTER TABLE tasks ADD COLUMN due TEXT;
      UPDATE tasks SET due = dated.due FROM (
        SELECT t.id, coalesce(t.due_date, c.text_due, r.due_date) AS due
        FROM tasks t
        JOIN clauses c ON c.notice_id = t.notice_id AND c.position = t.position
        LEFT JOIN registrations r ON r.notice_id = t.notice_id) AS dated
      WHERE dated.id = tasks.id AND dated.due IS NOT NULL;
      CREATE INDEX registrations_stage ON registrations (stage);
      -- status too, though it is always the same: a count of open tasks is then read from the index alone. A
      -- task with no deadline is never looked up by one, so it is left out (a comparison with due implies it).
      CREATE INDEX tasks_open_due ON tasks (due, notice_id DESC, position, id, status) WHERE status <> 'done' AND due IS NOT NULL;
    `);
  },
};
