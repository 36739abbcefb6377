/** SQLite rows of 收文办理 (stage, flow steps) and 督办 (tasks, feedback, unit contacts). */
import type { AwaitingNotice, FlowStep } from '../../../../shared/api/supervisionContract';
import type { Stage } from '../../../../shared/api/supervisionVocabulary';
import { foldForSearch } from '../../archive/search/searchText';
import type { Db } from '../../db/openDatabase';
import { ledgerPages, liveCount, type LedgerRead } from './ledgerPages';
import { FOLLOWED_DUE } from './taskDues';
import type { FeedbackRecord, SupervisionRepository, TaskRecord } from '../supervisionRepositories';

/** A row as SQLite gives it: a flag is 0 or 1. */
type Stored<T> = Omit<T, 'textDueRead'> & { textDueRead: 0 | 1 };
const withRead = (row: Stored<TaskRecord>): TaskRecord => ({ ...row, textDueRead: row.textDueRead === 1 });

/** `ledgerRead`: how the ledger's pages are read (tests read them every way). */
export function supervisionRepo(db: Db, ledgerRead: LedgerRead = 'cheaper'): SupervisionRepository {
  const stage = db.prepare('SELECT stage FROM registrations WHERE notice_id = ?').pluck();
  const setStage = db.prepare('UPDATE registrations SET stage = ? WHERE notice_id = ?');
  const steps = db.prepare('SELECT id, step, actor, on_date AS date, text FROM flow_steps WHERE notice_id = ? ORDER BY on_date, id');
  // Read in 收文 order from its index until the list is full; counted from the stage index, less the recycle bin's.
  const awaiting = db.prepare(`
    SELECT n.id AS noticeId, n.doc_number AS docNumber, n.title, r.registration_number AS registrationNumber,
      r.received_date AS receivedDate, r.stage
    FROM registrations r INDEXED BY registrations_received JOIN notices n ON n.id = r.notice_id AND n.deleted_at IS NULL
    WHERE r.stage IN (SELECT value FROM json_each(:stages)) ORDER BY r.received_date, r.notice_id LIMIT :limit`);
  const awaitingCount = db
    .prepare(
      `SELECT (SELECT count(*) FROM registrations WHERE stage IN (SELECT value FROM json_each(:stages)))
        - (SELECT count(*) FROM notices n CROSS JOIN registrations r ON r.notice_id = n.id
           WHERE n.deleted_at IS NOT NULL AND r.stage IN (SELECT value FROM json_each(:stages)))`,
    )
    .pluck();
  const addStep = db.prepare('INSERT INTO flow_steps (notice_id, step, actor, on_date, text, recorded_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertTask = db.prepare('INSERT INTO tasks (notice_id, position, unit_id, role, due, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const TASKS = `
    SELECT t.id, n.id AS noticeId, n.doc_number AS docNumber, n.title,
      coalesce(n.signed_date, substr(n.imported_at, 1, 10)) AS noticeDate, r.due_date AS noticeDue,
      c.position, c.number, c.path, c.heading, u.name AS unit, t.role, t.due_date AS due,
      c.text_due AS textDue, c.text_due_read AS textDueRead, t.status, uc.contact
    FROM tasks t
    JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL
    JOIN clauses c ON c.notice_id = t.notice_id AND c.position = t.position
    JOIN units u ON u.id = t.unit_id
    LEFT JOIN registrations r ON r.notice_id = t.notice_id
    LEFT JOIN unit_contacts uc ON uc.unit_id = t.unit_id`;
  const allTasks = db.prepare(`${TASKS} ORDER BY n.id DESC, c.position, t.id`);
  // Open tasks by their stored deadline, read in the agenda's order (deadline, then as the ledger lists them)
  // from the partial index, and counted from its range: the agenda never reads every open task.
  const agendaIds = (range: string) =>
    db
      .prepare(
        `SELECT t.id FROM tasks t INDEXED BY tasks_open_due JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL
         WHERE t.status <> 'done' AND ${range} ORDER BY t.due, t.notice_id DESC, t.position, t.id LIMIT :limit`,
      )
      .pluck();
  const agendaCount = (range: string) =>
    db.prepare(liveCount('tasks t INDEXED BY tasks_open_due', `t.status <> 'done' AND ${range}`)).pluck();
  const overdue = { ids: agendaIds('t.due < :today'), count: agendaCount('t.due < :today') };
  const dueSoon = { ids: agendaIds('t.due >= :today AND t.due <= :until'), count: agendaCount('t.due >= :today AND t.due <= :until') };
  const taskPage = ledgerPages(db, ledgerRead);
  const someTasks = db.prepare(`${TASKS} WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY n.id DESC, c.position, t.id`);
  const setStatus = db.prepare('UPDATE tasks SET status = ?, updated_at = ? WHERE id = ?');
  const setDue = db.prepare(`
    UPDATE tasks SET due_date = :due, due = coalesce(:due, ${FOLLOWED_DUE('tasks')}), updated_at = :at
    WHERE id IN (SELECT value FROM json_each(:ids))`);
  const feedback = db.prepare(`
    SELECT id, task_id AS taskId, on_date AS date, text, file_name AS fileName FROM task_feedback
    WHERE task_id IN (SELECT value FROM json_each(?)) ORDER BY on_date, id`);
  const addFeedback = db.prepare('INSERT INTO task_feedback (task_id, on_date, text, recorded_at) VALUES (?, ?, ?, ?)');
  const feedbackTask = db.prepare('SELECT task_id FROM task_feedback WHERE id = ?').pluck();
  const attach = db.prepare('UPDATE task_feedback SET file_name = ?, file_bytes = ? WHERE id = ?');
  const file = db.prepare('SELECT file_name AS fileName, file_bytes AS bytes FROM task_feedback WHERE id = ? AND file_bytes IS NOT NULL');
  const unitId = db.prepare('SELECT id FROM units WHERE name_key = ?').pluck();
  const setContact = db.prepare(`
    INSERT INTO unit_contacts (unit_id, contact, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (unit_id) DO UPDATE SET contact = excluded.contact, updated_at = excluded.updated_at`);
  const clearContact = db.prepare('DELETE FROM unit_contacts WHERE unit_id = ?');

  return {
    stage: async (noticeId) => stage.get(noticeId) as Stage | undefined,
    async setStage(noticeId, value) {
      setStage.run(value, noticeId);
    },
    steps: async (noticeId) => steps.all(noticeId) as FlowStep[],
    async addStep(noticeId, step, at) {
      addStep.run(noticeId, step.step, step.actor, step.date, step.text, at);
    },
    async awaiting(stages, limit) {
      const params = { stages: JSON.stringify(stages), limit };
      return { notices: awaiting.all(params) as AwaitingNotice[], count: awaitingCount.get(params) as number };
    },
    async insertTasks(noticeId, tasks, at) {
      for (const task of tasks) insertTask.run(noticeId, task.position, task.unitId, task.role, task.due, at);
    },
    async dueTasks(today, until, limit) {
      return {
        overdue: overdue.ids.all({ today, limit }) as number[],
        overdueCount: overdue.count.get({ today }) as number,
        dueSoon: dueSoon.ids.all({ today, until, limit }) as number[],
        dueSoonCount: dueSoon.count.get({ today, until }) as number,
      };
    },
    tasks: async (ids) => ((ids ? someTasks.all(JSON.stringify(ids)) : allTasks.all()) as Stored<TaskRecord>[]).map(withRead),
    taskPage: async (query, offset, limit) => taskPage(query, offset, limit),
    async setStatus(id, status, at) {
      setStatus.run(status, at, id);
    },
    setDue: async (ids, due, at) => setDue.run({ due, at, ids: JSON.stringify(ids) }).changes,
    feedback: async (taskIds) => feedback.all(JSON.stringify(taskIds)) as FeedbackRecord[],
    addFeedback: async (taskId, date, text, at) => Number(addFeedback.run(taskId, date, text, at).lastInsertRowid),
    feedbackTask: async (feedbackId) => feedbackTask.get(feedbackId) as number | undefined,
    async attachFile(feedbackId, fileName, bytes) {
      attach.run(fileName, bytes, feedbackId);
    },
    file: async (feedbackId) => file.get(feedbackId) as { fileName: string; bytes: Buffer } | undefined,
    unitId: async (name) => unitId.get(foldForSearch(name)) as number | undefined,
    async setContact(id, contact, at) {
      if (contact === null) clearContact.run(id);
      else setContact.run(id, contact, at);
    },
  };
}
