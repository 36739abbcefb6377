import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

/** Two notices, one in the recycle bin; a unit named lead in one and co in the other, one mention unresolved. */
function archiveAt30() {
  const db = databaseAt(30);
  const a = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
  const b = seedNotice(db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕4号', deletedAt: '2025-04-01T00:00:00.000Z' });
  db.exec(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line) VALUES
      (${a}, 0, NULL, 1, '一', '一、', '一', '排查', 4), (${b}, 0, NULL, 1, '一', '一、', '一', '检查', 4);
    INSERT INTO units (id, name, name_key) VALUES (1, '县应急局', '县应急局'), (2, '县住建局', '县住建局');
    INSERT INTO resolved_units (id, key, name, kind, office) VALUES (7, '141030|应急管理局', '大宁县应急管理局', 'unit', '应急管理局');
    INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role, resolved_unit_id) VALUES
      (${a}, 0, 0, 0, 1, 'lead', 7), (${a}, 0, 0, 1, 2, 'co', NULL), (${b}, 0, 0, 0, 2, 'lead', NULL), (${b}, 0, 0, 1, 1, 'co', 7);
  `);
  return db;
}

const COUNTS = (column: string) => `
  SELECT ${column}, count(*), sum(role = 'lead'), count(DISTINCT notice_id) FROM clause_units
  WHERE ${column} IS NOT NULL GROUP BY ${column}`;

describe('migration 31: unit counts', () => {
  it('keeps both unit indexes under their names, now holding each mention’s notice and role, and every mention', () => {
    const db = archiveAt30();
    expect(migrateTo(db, 31).applied).toEqual([31]);
    const columns = (index: string) => db.prepare(`SELECT name FROM pragma_index_info('${index}') ORDER BY seqno`).pluck().all();
    expect(columns('clause_units_unit')).toEqual(['unit_id', 'notice_id', 'role']);
    expect(columns('clause_units_resolved')).toEqual(['resolved_unit_id', 'notice_id', 'role']);
    expect(db.prepare('SELECT count(*) FROM clause_units INDEXED BY clause_units_unit WHERE unit_id > 0').pluck().get()).toBe(4);
    expect(db.prepare('SELECT count(*) FROM clause_units INDEXED BY clause_units_resolved WHERE resolved_unit_id > 0').pluck().get()).toBe(
      2,
    );
  });

  it('counts every unit’s tasks, lead tasks and notices in one ordered scan of its index, and still finds a unit’s mentions by it', () => {
    const db = archiveAt30();
    migrateTo(db, 31);
    for (const [column, index] of [
      ['unit_id', 'clause_units_unit'],
      ['resolved_unit_id', 'clause_units_resolved'],
    ]) {
      const plan = queryPlan(db, COUNTS(column));
      expect(plan[0]).toMatch(new RegExp(`^(SCAN|SEARCH) clause_units USING COVERING INDEX ${index}\\b`));
      expect(plan.join('\n')).not.toMatch(/GROUP BY|ORDER BY/);
      expect(queryPlan(db, `SELECT notice_id, role FROM clause_units WHERE ${column} = ?`, 1)).toEqual([
        `SEARCH clause_units USING COVERING INDEX ${index} (${column}=?)`,
      ]);
    }
    expect(db.prepare(COUNTS('unit_id')).raw().all()).toEqual([
      [1, 2, 1, 2],
      [2, 2, 1, 2],
    ]);
    expect(db.prepare(COUNTS('resolved_unit_id')).raw().all()).toEqual([[7, 2, 1, 2]]);
  });
});
