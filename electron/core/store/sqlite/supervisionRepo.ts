/** SQLite rows of 收文办理 (stage, flow steps) and 督办 (tasks, feedback, unit contacts). */
import type { AwaitingNotice, FlowStep } from '../../../../shared/api/supervisionContract';
import type { Stage } from '../../../../shared/api/supervisionVocabulary';
import { matchKey } from '../../../../shared/supervision/taskFilter';
import { foldForSearch } from '../../archive/search/searchText';
import type { Db } from '../../db/openDatabase';
import type { DueTasks, FeedbackRecord, SupervisionRepository, TaskIdPage, TaskQuery, TaskRecord } from '../supervisionRepositories';

type Statement = ReturnType<Db['prepare']>;

/** A row as SQLite gives it: a flag is 0 or 1. */
type Stored<T> = Omit<T, 'textDueRead'> & { textDueRead: 0 | 1 };
const withRead = (row: Stored<TaskRecord>): TaskRecord => ({ ...row, textDueRead: row.textDueRead === 1 });

export function supervisionRepo(db: Db): SupervisionRepository {
  const stage = db.prepare('SELECT stage FROM registrations WHERE notice_id = ?').pluck();
  const setStage = db.prepare('UPDATE registrations SET stage = ? WHERE notice_id = ?');
  const steps = db.prepare('SELECT id, step, actor, on_date AS date, text FROM flow_steps WHERE notice_id = ? ORDER BY on_date, id');
  const addStep = db.prepare('INSERT INTO flow_steps (notice_id, step, actor, on_date, text, recorded_at) VALUES (?, ?, ?, ?, ?, ?)');
  // Read, then inserted row by row: an INSERT … SELECT opens a statement savepoint, and at a savepoint FTS5
  // writes out the index entries it holds (3.9 ms against 0.4 ms a notice inside an import's unit of work).
  const taskRows = db.prepare(`
    SELECT position, unit_id AS unitId, CASE WHEN max(role = 'lead') THEN 'lead' ELSE 'co' END AS role
    FROM clause_units WHERE notice_id = ?
    GROUP BY position, unit_id ORDER BY position, min(inherited), min(seq)`);
  const insertTask = db.prepare(
    'INSERT INTO tasks (notice_id, position, unit_id, role, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
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
  // Each open task's deadline as the ledger shows it (set by hand, else the clause's, else the notice's), counted
  // and ranked here: the agenda never carries every open task. The window functions number each list in the
  // ledger's order among tasks of the same day.
  const dueTasks = db.prepare(`
    WITH dated AS (
      SELECT t.id, t.notice_id, t.position, coalesce(t.due_date, c.text_due, r.due_date) AS due
      FROM tasks t
      JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL
      JOIN clauses c ON c.notice_id = t.notice_id AND c.position = t.position
      LEFT JOIN registrations r ON r.notice_id = t.notice_id
      WHERE t.status <> 'done'),
    ranked AS (
      SELECT id, due < :today AS overdue,
        row_number() OVER (PARTITION BY due < :today ORDER BY due, notice_id DESC, position, id) AS rank,
        count(*) OVER (PARTITION BY due < :today) AS total
      FROM dated WHERE due <= :until)
    SELECT id, overdue, total FROM ranked WHERE rank <= :limit ORDER BY overdue, rank`);
  const taskPage = ledgerPages(db);
  const someTasks = db.prepare(`${TASKS} WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY n.id DESC, c.position, t.id`);
  const setStatus = db.prepare('UPDATE tasks SET status = ?, updated_at = ? WHERE id = ?');
  const setDue = db.prepare('UPDATE tasks SET due_date = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))');
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
    async awaiting(stages) {
      return db
        .prepare(
          `SELECT n.id AS noticeId, n.doc_number AS docNumber, n.title, r.registration_number AS registrationNumber,
             r.received_date AS receivedDate, r.stage
           FROM registrations r JOIN notices n ON n.id = r.notice_id AND n.deleted_at IS NULL
           WHERE r.stage IN (SELECT value FROM json_each(?)) ORDER BY r.received_date, n.id`,
        )
        .all(JSON.stringify(stages)) as AwaitingNotice[];
    },
    async createTasks(noticeId, at) {
      for (const task of taskRows.all(noticeId) as { position: number; unitId: number; role: string }[])
        insertTask.run(noticeId, task.position, task.unitId, task.role, at);
    },
    async dueTasks(today, until, limit) {
      const due: DueTasks = { overdue: [], overdueCount: 0, dueSoon: [], dueSoonCount: 0 };
      for (const row of dueTasks.all({ today, until, limit }) as { id: number; overdue: 0 | 1; total: number }[]) {
        if (row.overdue) {
          due.overdue.push(row.id);
          due.overdueCount = row.total;
        } else {
          due.dueSoon.push(row.id);
          due.dueSoonCount = row.total;
        }
      }
      return due;
    },
    tasks: async (ids) => ((ids ? someTasks.all(JSON.stringify(ids)) : allTasks.all()) as Stored<TaskRecord>[]).map(withRead),
    taskPage: async (query, offset, limit) => taskPage(query, offset, limit),
    async setStatus(id, status, at) {
      setStatus.run(status, at, id);
    },
    setDue: async (ids, due, at) => setDue.run(due, at, JSON.stringify(ids)).changes,
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

/**
 * The ledger's pages: the filter, the count and the order in SQL, so a page costs the same whatever the archive
 * holds. Only the joins a filter needs are made (a deadline needs the clause and the registration). Names are
 * matched folded (`match_key`, the ledger's own folding) on the few units and notices, not on every task.
 */
function ledgerPages(db: Db): (query: TaskQuery, offset: number, limit: number | null) => TaskIdPage {
  db.function('match_key', { deterministic: true }, (text: unknown) => matchKey(typeof text === 'string' ? text : ''));
  const statements = new Map<string, { count: Statement; page: Statement }>();

  function statementsFor(query: TaskQuery) {
    const dated = query.dueBefore !== undefined || query.dueFrom !== undefined || query.dueTo !== undefined;
    const where = [
      query.unitKey !== undefined && 't.unit_id IN (SELECT id FROM units WHERE instr(match_key(name), :unitKey) > 0)',
      query.noticeId !== undefined && 't.notice_id = :noticeId',
      query.docNumberKey !== undefined &&
        't.notice_id IN (SELECT id FROM notices WHERE deleted_at IS NULL AND instr(match_key(doc_number), :docNumberKey) > 0)',
      query.status !== undefined && 't.status = :status',
      query.open === true && "t.status <> 'done'",
      query.dueBefore !== undefined && 'due < :dueBefore',
      query.dueFrom !== undefined && 'due >= :dueFrom',
      query.dueTo !== undefined && 'due <= :dueTo',
    ].filter((condition): condition is string => condition !== false);
    const key = `${dated}|${where.join(' AND ')}`;
    let cached = statements.get(key);
    if (!cached) {
      const from = `
        FROM tasks t JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL
        ${dated ? 'JOIN clauses c ON c.notice_id = t.notice_id AND c.position = t.position LEFT JOIN registrations r ON r.notice_id = t.notice_id' : ''}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
      const due = dated ? ', coalesce(t.due_date, c.text_due, r.due_date) AS due' : '';
      cached = {
        count: db.prepare(`SELECT count(*) FROM (SELECT t.id${due} ${from})`).pluck(),
        page: db.prepare(`SELECT t.id${due} ${from} ORDER BY n.id DESC, t.position, t.id LIMIT :limit OFFSET :offset`).pluck(),
      };
      statements.set(key, cached);
    }
    return cached;
  }

  return (query, offset, limit) => {
    const { count, page } = statementsFor(query);
    const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && typeof value !== 'boolean'));
    return {
      ids: page.all({ ...params, offset, limit: limit ?? -1 }) as number[],
      total: count.get(params) as number,
    };
  };
}
