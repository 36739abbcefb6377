import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

/** One notice; two units' tasks, open and done, with and without a deadline. */
function archiveAt32() {
  const db = databaseAt(32);
  const a = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
  db.exec(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line) VALUES
      (${a}, 0, NULL, 1, '一', '一、', '一', '排查', 4), (${a}, 1, NULL, 1, '二', '二、', '二', '宣传', 5);
    INSERT INTO units (id, name, name_key) VALUES (1, '县应急局', '县应急局'), (2, '县住建局', '县住建局');
    INSERT INTO tasks (notice_id, position, unit_id, role, status, due, updated_at) VALUES
      (${a}, 0, 1, 'lead', 'pending', '2025-04-30', 'then'),
      (${a}, 0, 2, 'co', 'in_progress', '2025-05-20', 'then'),
      (${a}, 1, 1, 'lead', 'done', '2025-04-30', 'then'),
      (${a}, 1, 2, 'lead', 'pending', NULL, 'then');
  `);
  return db;
}

// As the core asks them: open tasks named by their two statuses, the unit index named.
const OPEN_DUE = `
  SELECT count(*) FROM tasks t INDEXED BY tasks_unit
  WHERE t.unit_id IN (SELECT value FROM json_each(?)) AND t.status IN ('pending', 'in_progress') AND t.due >= ? AND t.due <= ?`;
const UNIT = 'SELECT count(*) FROM tasks t INDEXED BY tasks_unit WHERE t.unit_id IN (SELECT value FROM json_each(?))';

describe('migration 33: unit deadlines', () => {
  it('keeps the unit index under its name, now holding each task’s status and stored deadline, and every task', () => {
    const db = archiveAt32();
    expect(migrateTo(db, 33).applied).toEqual([33]);
    expect(db.prepare("SELECT name FROM pragma_index_info('tasks_unit') ORDER BY seqno").pluck().all()).toEqual([
      'unit_id',
      'status',
      'due',
    ]);
    expect(db.prepare('SELECT count(*) FROM tasks INDEXED BY tasks_unit WHERE unit_id > 0').pluck().get()).toBe(4);
  });

  it('counts a unit’s open tasks due in a range, and all its tasks, from the index alone', () => {
    const db = archiveAt32();
    migrateTo(db, 33);
    expect(queryPlan(db, OPEN_DUE, '[1,2]', '2025-05-01', '2025-05-31')[0]).toBe(
      'SEARCH t USING COVERING INDEX tasks_unit (unit_id=? AND status=? AND due>? AND due<?)',
    );
    expect(queryPlan(db, UNIT, '[1]')[0]).toBe('SEARCH t USING COVERING INDEX tasks_unit (unit_id=?)');
    expect(db.prepare(OPEN_DUE).pluck().get('[1,2]', '2025-04-01', '2025-05-31')).toBe(2);
    expect(db.prepare(OPEN_DUE).pluck().get('[1]', '2025-05-01', '2025-05-31')).toBe(0);
    expect(db.prepare(UNIT).pluck().get('[2]')).toBe(2);
  });
});
