/** SQL of the clause tree and the responsible units assigned to each clause. */
import type { Clause, ResponsibleUnit } from '../../../../shared/domain/notice';
import type { Db } from '../../db/openDatabase';
import type { UnitRepo } from './unitRepo';

export interface ClauseRow {
  id: number;
  position: number;
  level: number;
  number: string;
  path: string;
  heading: string;
  text: string;
}

export function clauseRepo(db: Db, units: UnitRepo) {
  const insertClause = db.prepare(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, text, line)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertUnit = db.prepare('INSERT OR IGNORE INTO clause_units (clause_id, unit_id, role, inherited, position) VALUES (?, ?, ?, ?, ?)');
  const texts = db.prepare('SELECT position, text FROM clauses WHERE notice_id = ? ORDER BY position');
  const rows = db.prepare('SELECT id, position, level, number, path, heading, text FROM clauses WHERE notice_id = ? ORDER BY position');

  function insertUnits(clauseId: number, list: ResponsibleUnit[], inherited: 0 | 1): void {
    list.forEach((unit, position) => {
      const unitId = units.idFor(unit.name);
      if (unitId !== null) insertUnit.run(clauseId, unitId, unit.role, inherited, position);
    });
  }

  return {
    insertAll(noticeId: number, clauses: Clause[]): void {
      clauses.forEach((clause, position) => {
        const clauseId = Number(
          insertClause.run(noticeId, position, clause.parentIndex, clause.level, clause.number, clause.marker, clause.path,
            clause.heading, clause.text, clause.line).lastInsertRowid,
        );
        insertUnits(clauseId, clause.units, 0);
        insertUnits(clauseId, clause.inheritedUnits, 1);
      });
    },
    /** The clauses' full text in document order (the parsed record keeps everything else). */
    textsOf: (noticeId: number) => texts.all(noticeId) as { position: number; text: string }[],
    rowsOf: (noticeId: number) => rows.all(noticeId) as ClauseRow[],
  };
}

export type ClauseRepo = ReturnType<typeof clauseRepo>;
