/** SQLite rows of 收文办理 (stage, flow steps) and 督办 (tasks, feedback, unit contacts). */
import type { AwaitingNotice, FlowStep } from '../../../../shared/api/supervisionContract';
import type { Stage } from '../../../../shared/api/supervisionVocabulary';
import { matchKey } from '../../../../shared/supervision/taskFilter';
import { foldForSearch } from '../../archive/search/searchText';
import type { Db } from '../../db/openDatabase';
import { FOLLOWED_DUE } from './taskDues';
import type { FeedbackRecord, SupervisionRepository, TaskIdPage, TaskQuery, TaskRecord } from '../supervisionRepositories';

type Statement = ReturnType<Db['prepare']>;

/** A row as SQLite gives it: a flag is 0 or 1. */
type Stored<T> = Omit<T, 'textDueRead'> & { textDueRead: 0 | 1 };
const withRead = (row: Stored<TaskRecord>): TaskRecord => ({ ...row, textDueRead: row.textDueRead === 1 });

/**
 * Up to this many tasks a deadline filter keeps, a page is sorted from the deadline index's range; above it they
 * are common enough that the ledger walked in its own order fills a first page within a few thousand tasks
 * (a page further in costs in proportion to where it starts).
 */
const SORTED_AT_MOST = 20_000;

/** `sortedAtMost`: SORTED_AT_MOST but in tests, which read the ledger both ways. */
export function supervisionRepo(db: Db, sortedAtMost = SORTED_AT_MOST): SupervisionRepository {
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
  // Read, then inserted row by row: an INSERT … SELECT opens a statement savepoint, and at a savepoint FTS5
  // writes out the index entries it holds (3.9 ms against 0.4 ms a notice inside an import's unit of work).
  const taskRows = db.prepare(`
    SELECT position, unit_id AS unitId, CASE WHEN max(role = 'lead') THEN 'lead' ELSE 'co' END AS role,
      ${FOLLOWED_DUE('cu')} AS due
    FROM clause_units cu WHERE notice_id = ?
    GROUP BY position, unit_id ORDER BY position, min(inherited), min(seq)`);
  const insertTask = db.prepare(
    'INSERT INTO tasks (notice_id, position, unit_id, role, due, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
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
  // Open tasks by their stored deadline, read in the agenda's order (deadline, then as the ledger lists them)
  // from the partial index, and counted from its range: the agenda never reads every open task.
  const agendaIds = (range: string) =>
    db
      .prepare(
        `SELECT t.id FROM tasks t INDEXED BY tasks_open_due JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL
         WHERE t.status <> 'done' AND ${range} ORDER BY t.due, t.notice_id DESC, t.position, t.id LIMIT :limit`,
      )
      .pluck();
  const agendaCount = (range: string) => db.prepare(openCount(range)).pluck();
  const overdue = { ids: agendaIds('t.due < :today'), count: agendaCount('t.due < :today') };
  const dueSoon = { ids: agendaIds('t.due >= :today AND t.due <= :until'), count: agendaCount('t.due >= :today AND t.due <= :until') };
  const taskPage = ledgerPages(db, sortedAtMost);
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
    async createTasks(noticeId, at) {
      for (const task of taskRows.all(noticeId) as { position: number; unitId: number; role: string; due: string | null }[])
        insertTask.run(noticeId, task.position, task.unitId, task.role, task.due, at);
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

/**
 * How many open tasks of live notices `where` keeps (it names the task `t`), counted without a join per task:
 * those of every notice, from an index, less those of the few notices in the recycle bin.
 */
function openCount(where: string): string {
  return `SELECT (SELECT count(*) FROM tasks t INDEXED BY tasks_open_due WHERE t.status <> 'done' AND ${where})
    - (SELECT count(*) FROM notices n CROSS JOIN tasks t ON t.notice_id = n.id WHERE n.deleted_at IS NOT NULL AND t.status <> 'done' AND ${where})`;
}

/**
 * The ledger's pages: the filter, the count and the order in SQL, so a page costs the same whatever the archive
 * holds. A deadline is the one stored with the task (migration 30); an open task's is read from the partial
 * index. Names are matched folded (`match_key`, the ledger's own folding) on the few units and notices, not on
 * every task.
 */
function ledgerPages(db: Db, sortedAtMost: number): (query: TaskQuery, offset: number, limit: number | null) => TaskIdPage {
  db.function('match_key', { deterministic: true }, (text: unknown) => matchKey(typeof text === 'string' ? text : ''));
  const statements = new Map<string, { count: Statement; page: Statement; sorted: Statement | null }>();

  function statementsFor(query: TaskQuery) {
    const named = [
      query.unitKey !== undefined && 't.unit_id IN (SELECT id FROM units WHERE instr(match_key(name), :unitKey) > 0)',
      query.noticeId !== undefined && 't.notice_id = :noticeId',
      query.docNumberKey !== undefined &&
        't.notice_id IN (SELECT id FROM notices WHERE deleted_at IS NULL AND instr(match_key(doc_number), :docNumberKey) > 0)',
    ].filter((condition): condition is string => condition !== false);
    const kept = [
      query.status !== undefined && 't.status = :status',
      query.dueBefore !== undefined && 't.due < :dueBefore',
      query.dueFrom !== undefined && 't.due >= :dueFrom',
      query.dueTo !== undefined && 't.due <= :dueTo',
    ].filter((condition): condition is string => condition !== false);
    const all = [...named, query.open === true && "t.status <> 'done'", ...kept].filter(
      (condition): condition is string => condition !== false,
    );
    const key = all.join(' AND ');
    let cached = statements.get(key);
    if (!cached) {
      // Open tasks by deadline alone: counted and, when few, read from the deadline index.
      const byDeadline = query.open === true && named.length === 0 && /t\.due/.test(key);
      const from = (where: string[]) =>
        `FROM tasks t JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
      const page = (source: string) => `SELECT t.id ${source} ORDER BY n.id DESC, t.position, t.id LIMIT :limit OFFSET :offset`;
      cached = byDeadline
        ? {
            count: db.prepare(openCount(kept.join(' AND '))).pluck(),
            // The ledger walked in its own order: each task's deadline checked, not looked up in the index.
            page: db.prepare(page(from(all.map((condition) => condition.replace('t.due', '+t.due'))))).pluck(),
            sorted: db.prepare(page(from(all).replace('tasks t', 'tasks t INDEXED BY tasks_open_due'))).pluck(),
          }
        : { count: db.prepare(`SELECT count(*) ${from(all)}`).pluck(), page: db.prepare(page(from(all))).pluck(), sorted: null };
      statements.set(key, cached);
    }
    return cached;
  }

  return (query, offset, limit) => {
    const { count, page, sorted } = statementsFor(query);
    const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && typeof value !== 'boolean'));
    const total = count.get(params) as number;
    const read = sorted && total <= sortedAtMost ? sorted : page;
    return { ids: read.all({ ...params, offset, limit: limit ?? -1 }) as number[], total };
  };
}
