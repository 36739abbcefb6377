/** SQL of the clause tree and the responsible units assigned to each clause. */
import type { Clause, ResponsibleUnit } from '../../../../shared/domain/notice';
import type { Db } from '../../db/openDatabase';
import type { ClauseSpan } from '../search/clauseSpans';
import type { UnitRepo } from './unitRepo';

export interface ClauseRow {
  position: number;
  number: string;
  path: string;
  heading: string;
  spanStart: number | null;
  spanEnd: number | null;
}

export function clauseRepo(db: Db, units: UnitRepo) {
  const insertClause = db.prepare(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line, span_start, span_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertUnit = db.prepare('INSERT OR IGNORE INTO clause_units (clause_id, unit_id, role, inherited, position) VALUES (?, ?, ?, ?, ?)');
  const rows = db.prepare(`
    SELECT position, number, path, heading, span_start AS spanStart, span_end AS spanEnd FROM clauses WHERE notice_id = ? ORDER BY position`);

  function insertUnits(clauseId: number, list: ResponsibleUnit[], inherited: 0 | 1): void {
    list.forEach((unit, position) => {
      const unitId = units.idFor(unit.name);
      if (unitId !== null) insertUnit.run(clauseId, unitId, unit.role, inherited, position);
    });
  }

  return {
    insertAll(noticeId: number, clauses: Clause[], spans: (ClauseSpan | null)[]): void {
      clauses.forEach((clause, position) => {
        const span = spans[position];
        const clauseId = Number(
          insertClause.run(noticeId, position, clause.parentIndex, clause.level, clause.number, clause.marker, clause.path,
            clause.heading, clause.line, span?.start ?? null, span?.end ?? null).lastInsertRowid,
        );
        insertUnits(clauseId, clause.units, 0);
        insertUnits(clauseId, clause.inheritedUnits, 1);
      });
    },
    /** A notice's clauses with where each lies in its folded text, in document order. */
    rowsOf: (noticeId: number) => rows.all(noticeId) as ClauseRow[],
  };
}

export type ClauseRepo = ReturnType<typeof clauseRepo>;
