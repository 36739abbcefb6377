/**
 * SQLite rows of responsible units (责任单位) as shared records: one row per unit name however it was written
 * (full/half-width brackets, stray spaces), so one unit's tasks can be listed across every notice.
 */
import type { UnitSummary } from '../../../../shared/api/searchContract';
import { foldForSearch } from '../../archive/search/searchText';
import type { Db } from '../../db/openDatabase';
import type { UnitRepository, UnitTaskRow } from '../archiveRepositories';

/** Unit ids by name, for the clause repository inside the same write. */
export interface UnitIds {
  /** The unit's id, created on first sight; null for a name that folds to nothing. */
  idFor(name: string): number | null;
}

export function unitRepo(db: Db): UnitRepository & UnitIds {
  const find = db.prepare('SELECT id FROM units WHERE name_key = ?').pluck();
  const insert = db.prepare('INSERT INTO units (name, name_key) VALUES (?, ?)');
  const TASK_SELECT = `
    SELECT n.id AS noticeId, n.doc_number AS docNumber, n.title, n.signed_date AS signedDate, c.position, c.number, c.path,
      c.heading, cu.role, cu.inherited, r.status, r.due_date AS dueDate, u.name AS unitName
    FROM units u
    JOIN clause_units cu ON cu.unit_id = u.id
    JOIN clauses c ON c.notice_id = cu.notice_id AND c.position = cu.position
    JOIN notices n ON n.id = c.notice_id AND n.deleted_at IS NULL
    LEFT JOIN registrations r ON r.notice_id = n.id`;
  const ORDER = 'ORDER BY n.signed_date DESC, n.id DESC, c.position, cu.inherited, cu.seq';
  const exactTasks = db.prepare(`${TASK_SELECT} WHERE u.name_key = ? ${ORDER}`);
  const containingTasks = db.prepare(`${TASK_SELECT} WHERE instr(u.name_key, ?) > 0 ${ORDER}`);
  const summaries = db.prepare(`
    SELECT u.name, count(*) AS taskCount, sum(cu.role = 'lead') AS leadCount, count(DISTINCT cu.notice_id) AS noticeCount
    FROM units u
    JOIN clause_units cu ON cu.unit_id = u.id
    JOIN notices n ON n.id = cu.notice_id AND n.deleted_at IS NULL
    GROUP BY u.id ORDER BY taskCount DESC, u.name`);
  const names = db
    .prepare(
      `
    SELECT DISTINCT u.name FROM units u JOIN clause_units cu ON cu.unit_id = u.id
    JOIN notices n ON n.id = cu.notice_id AND n.deleted_at IS NULL ORDER BY u.name`,
    )
    .pluck();

  const taskRows = (rows: unknown[]) =>
    (rows as (Omit<UnitTaskRow, 'inherited'> & { inherited: number })[]).map((row): UnitTaskRow => ({
      ...row,
      inherited: row.inherited === 1,
    }));

  return {
    idFor(name) {
      const key = foldForSearch(name);
      if (key === '') return null;
      const id = find.get(key) as number | undefined;
      return id ?? Number(insert.run(name.trim(), key).lastInsertRowid);
    },
    async tasks(name) {
      const key = foldForSearch(name);
      const exact = exactTasks.all(key);
      return taskRows(exact.length > 0 || key === '' ? exact : containingTasks.all(key));
    },
    summaries: async () => summaries.all() as UnitSummary[],
    names: async () => names.all() as string[],
  };
}
