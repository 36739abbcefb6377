/** SQLite rows of the clause tree and the responsible units assigned to each clause. */
import type { ResponsibleUnit } from '../../../../shared/domain/notice';
import type { Db } from '../../db/openDatabase';
import type { ClauseLabel, ClauseRepository, ClauseUnitRow } from '../archiveRepositories';
import { taskDueRefresher } from './taskDues';
import type { UnitIds } from './unitRepo';

export function clauseRepo(db: Db, units: UnitIds): ClauseRepository {
  const insertClause = db.prepare(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line, text_due, text_due_read)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`);
  const unreadTextDues = db.prepare(`
    SELECT n.id AS noticeId, coalesce(n.signed_date, substr(n.imported_at, 1, 10)) AS noticeDate
    FROM (SELECT DISTINCT notice_id FROM clauses WHERE text_due_read = 0 LIMIT ?) AS u JOIN notices n ON n.id = u.notice_id`);
  const setTextDues = db.prepare(`
    UPDATE clauses SET text_due = (SELECT value FROM json_each(?) WHERE key = position), text_due_read = 1
    WHERE notice_id = ?`);
  const refreshTaskDues = taskDueRefresher(db);
  const insertUnit = db.prepare(
    'INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role, resolved_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const labels = db.prepare(`
    SELECT c.notice_id AS noticeId, c.position, c.number, c.path, c.heading
    FROM json_each(?) AS wanted JOIN clauses c ON c.notice_id = wanted.value ->> 0 AND c.position = wanted.value ->> 1`);

  function insertUnits(
    noticeId: number,
    position: number,
    list: ResponsibleUnit[],
    inherited: 0 | 1,
    resolvedIds: ReadonlyMap<string, number> | undefined,
    unitIds: Map<string, number | null>,
    stored: ClauseUnitRow[],
  ): void {
    list.forEach((unit, seq) => {
      let unitId = unitIds.get(unit.name);
      if (unitId === undefined) {
        unitId = units.idFor(unit.name);
        unitIds.set(unit.name, unitId);
      }
      if (unitId === null) return;
      insertUnit.run(noticeId, position, inherited, seq, unitId, unit.role, resolvedIds?.get(unit.name) ?? null);
      stored.push({ position, inherited, seq, unitId, role: unit.role });
    });
  }

  return {
    async insertAll(noticeId, clauses, textDues, resolvedIds) {
      // A notice names each unit many times (a clause's units are inherited by its sub-clauses): looked up once.
      const unitIds = new Map<string, number | null>();
      const stored: ClauseUnitRow[] = [];
      clauses.forEach((clause, position) => {
        insertClause.run(
          noticeId,
          position,
          clause.parentIndex,
          clause.level,
          clause.number,
          clause.marker,
          clause.path,
          clause.heading,
          clause.line,
          textDues[position] ?? null,
        );
        insertUnits(noticeId, position, clause.units, 0, resolvedIds, unitIds, stored);
        insertUnits(noticeId, position, clause.inheritedUnits, 1, resolvedIds, unitIds, stored);
      });
      return stored;
    },
    unreadTextDues: async (limit) => unreadTextDues.all(limit) as { noticeId: number; noticeDate: string }[],
    async setTextDues(noticeId, textDues) {
      setTextDues.run(JSON.stringify(textDues), noticeId);
      refreshTaskDues(noticeId);
    },
    async labelsOf(clauses) {
      const rows = labels.all(JSON.stringify(clauses)) as (ClauseLabel & { noticeId: number; position: number })[];
      return new Map(rows.map(({ noticeId, position, ...label }) => [`${noticeId}/${position}`, label]));
    },
  };
}
