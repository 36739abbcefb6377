import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

/** Two notices: one with a 办理期限, one without; clauses with and without a deadline in their text, one unread. */
function archiveAt29() {
  const db = databaseAt(29);
  const a = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
  const b = seedNotice(db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕4号' });
  db.exec(`
    INSERT INTO registrations (notice_id, status, due_date, updated_at) VALUES (${a}, 'pending', '2025-06-30', 'then'), (${b}, 'pending', NULL, 'then');
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line, text_due, text_due_read) VALUES
      (${a}, 0, NULL, 1, '一', '一、', '一', '排查', 4, '2025-04-30', 1),
      (${a}, 1, NULL, 1, '二', '二、', '二', '宣传', 5, NULL, 1),
      (${b}, 0, NULL, 1, '一', '一、', '一', '检查', 4, '2025-05-10', 1),
      (${b}, 1, NULL, 1, '二', '二、', '二', '整改', 5, NULL, 0);
    INSERT INTO units (id, name, name_key) VALUES (1, '县应急局', '县应急局'), (2, '县住建局', '县住建局');
    INSERT INTO tasks (notice_id, position, unit_id, role, due_date, status, updated_at) VALUES
      (${a}, 0, 1, 'lead', NULL, 'pending', 'then'),
      (${a}, 0, 2, 'co', '2025-05-20', 'in_progress', 'then'),
      (${a}, 1, 1, 'lead', NULL, 'done', 'then'),
      (${b}, 0, 2, 'lead', NULL, 'pending', 'then'),
      (${b}, 1, 1, 'lead', NULL, 'pending', 'then');
  `);
  return { db, a, b };
}

// As the core asks it: named, the index is used whatever the planner guesses of a table without statistics.
const AGENDA = `
  SELECT t.id FROM tasks t INDEXED BY tasks_open_due JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL
  WHERE t.status <> 'done' AND t.due >= ? AND t.due <= ? ORDER BY t.due, t.notice_id DESC, t.position, t.id LIMIT 10`;

describe('migration 30: task deadlines', () => {
  it('stores each task’s deadline: set by hand, else its clause’s, else the notice’s 办理期限 (an unread clause names none yet)', () => {
    const { db, a, b } = archiveAt29();
    expect(migrateTo(db, 30).applied).toEqual([30]);
    expect(db.prepare('SELECT notice_id, position, unit_id, due FROM tasks ORDER BY id').raw().all()).toEqual([
      [a, 0, 1, '2025-04-30'],
      [a, 0, 2, '2025-05-20'],
      [a, 1, 1, '2025-06-30'],
      [b, 0, 2, '2025-05-10'],
      [b, 1, 1, null],
    ]);
  });

  it('reads open tasks by deadline in the agenda’s order and counts them from the partial index alone, and counts notices by stage from an index', () => {
    const { db } = archiveAt29();
    migrateTo(db, 30);
    const agenda = queryPlan(db, AGENDA, '2025-05-06', '2025-05-13');
    expect(agenda[0]).toMatch(/^SEARCH t USING COVERING INDEX tasks_open_due \(due>\? AND due<\?\)$/);
    expect(agenda.join('\n')).not.toMatch(/TEMP B-TREE|SCAN/);
    expect(db.prepare(AGENDA).pluck().all('2025-05-01', '2025-05-31')).toEqual([4, 2]);
    expect(queryPlan(db, "SELECT count(*) FROM tasks WHERE status <> 'done' AND due < ?", '2025-05-06')).toEqual([
      'SEARCH tasks USING COVERING INDEX tasks_open_due (due<?)',
    ]);
    expect(queryPlan(db, "SELECT count(*) FROM registrations WHERE stage IN ('registered', 'proposed')")).toEqual([
      'SEARCH registrations USING COVERING INDEX registrations_stage (stage=?)',
    ]);
    // A task done is not in the index: its deadline no longer counts.
    expect(db.prepare("SELECT count(*) FROM tasks INDEXED BY tasks_open_due WHERE status <> 'done' AND due > ''").pluck().get()).toBe(3);
  });
});
