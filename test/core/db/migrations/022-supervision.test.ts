import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

describe('migration 22: 收文办理 and 督办', () => {
  it('gives every registered notice a stage, every (clause × unit) a task, and keeps a written 拟办意见 as a step', () => {
    const db = databaseAt(21);
    const a = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
    const b = seedNotice(db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕4号' });
    const register = db.prepare(
      "INSERT INTO registrations (notice_id, registration_number, status, proposal, handler, updated_at) VALUES (?, ?, ?, ?, ?, '2025-03-02T01:00:00.000Z')",
    );
    register.run(a, '收〔2025〕1号', 'pending', '请应急局牵头办理', '办公室张三');
    register.run(b, '收〔2025〕2号', 'done', null, null);
    db.exec(`
      INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line) VALUES
        (${a}, 0, NULL, 1, '一', '一、', '一', '做好燃气安全检查', 4),
        (${b}, 0, NULL, 1, '一', '一、', '一', '开展消防检查', 4);
      INSERT INTO units (id, name, name_key) VALUES (1, '县应急局', '县应急局'), (2, '县住建局', '县住建局');
      INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role) VALUES
        (${a}, 0, 0, 0, 1, 'lead'), (${a}, 0, 0, 1, 2, 'co'), (${a}, 0, 1, 0, 1, 'co'), (${b}, 0, 0, 0, 2, 'lead');
    `);

    expect(migrateTo(db, 22).applied).toEqual([22]);

    expect(db.prepare('SELECT notice_id, stage FROM registrations ORDER BY notice_id').raw().all()).toEqual([
      [a, 'proposed'],
      [b, 'closed'],
    ]);
    expect(db.prepare('SELECT notice_id, step, actor, on_date, text FROM flow_steps').raw().all()).toEqual([
      [a, 'propose', '办公室张三', '2025-03-02', '请应急局牵头办理'],
    ]);
    expect(db.prepare('SELECT notice_id, position, unit_id, role, due_date, status FROM tasks ORDER BY id').raw().all()).toEqual([
      [a, 0, 1, 'lead', null, 'pending'],
      [a, 0, 2, 'co', null, 'pending'],
      [b, 0, 2, 'lead', null, 'done'],
    ]);
  });

  it('refuses a stage or task status outside the flow, and drops tasks and feedback with their notice', () => {
    const db = databaseAt(21);
    const a = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
    db.exec(`
      INSERT INTO registrations (notice_id, status, updated_at) VALUES (${a}, 'pending', 'then');
      INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line) VALUES (${a}, 0, NULL, 1, '一', '一、', '一', 'x', 4);
      INSERT INTO units (id, name, name_key) VALUES (1, '县应急局', '县应急局');
      INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role) VALUES (${a}, 0, 0, 0, 1, 'lead');
    `);
    migrateTo(db, 22);
    expect(() => db.exec("UPDATE registrations SET stage = 'lost'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE tasks SET status = 'overdue'")).toThrow(/CHECK/);
    db.exec("INSERT INTO task_feedback (task_id, on_date, text, recorded_at) SELECT id, '2025-04-01', '已完成排查', 'now' FROM tasks");
    db.exec(`DELETE FROM notices WHERE id = ${a}`);
    expect(db.prepare('SELECT count(*) FROM tasks').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM task_feedback').pluck().get()).toBe(0);
  });
});
