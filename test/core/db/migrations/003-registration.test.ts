import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

describe('migration 3: registration', () => {
  it('registers the notices already archived, numbered per year in the order they were imported', () => {
    const db = databaseAt(2);
    const a = seedNotice(db, { title: '甲', docNumber: '大政发〔2024〕9号', importedAt: '2024-12-30T03:00:00.000Z' });
    const b = seedNotice(db, { title: '乙', docNumber: '大政发〔2025〕1号', importedAt: '2025-01-03T03:00:00.000Z' });
    const c = seedNotice(db, { title: '丙', docNumber: '大政发〔2025〕2号', importedAt: '2025-02-10T03:00:00.000Z' });
    migrateTo(db, 3);
    const rows = db
      .prepare(
        'SELECT notice_id AS id, registration_number AS number, received_date AS day, sender, status FROM registrations ORDER BY notice_id',
      )
      .all();
    expect(rows).toEqual([
      { id: a, number: '收〔2024〕1号', day: '2024-12-30', sender: '大宁县人民政府', status: 'pending' },
      { id: b, number: '收〔2025〕1号', day: '2025-01-03', sender: '大宁县人民政府', status: 'pending' },
      { id: c, number: '收〔2025〕2号', day: '2025-02-10', sender: '大宁县人民政府', status: 'pending' },
    ]);
    expect(db.prepare('SELECT year, last_serial AS last FROM registration_counters ORDER BY year').all()).toEqual([
      { year: 2024, last: 1 },
      { year: 2025, last: 2 },
    ]);
    expect(JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'registration.pattern'").pluck().get() as string)).toBe(
      '收〔{year}〕{n}号',
    );
  });

  it('keeps 收文编号 unique and the status within 待办/在办/办结', () => {
    const db = databaseAt(2);
    const a = seedNotice(db, { title: '甲', docNumber: '大政发〔2025〕1号' });
    const b = seedNotice(db, { title: '乙', docNumber: '大政发〔2025〕2号' });
    migrateTo(db, 3);
    expect(() => db.prepare('UPDATE registrations SET registration_number = ? WHERE notice_id = ?').run('收〔2025〕1号', b)).toThrow(
      /UNIQUE/,
    );
    expect(() => db.prepare("UPDATE registrations SET status = 'lost' WHERE notice_id = ?").run(a)).toThrow(/CHECK/);
  });

  it('lists registrations by status through its index', () => {
    const db = databaseAt(3);
    expect(queryPlan(db, 'SELECT notice_id FROM registrations WHERE status = ?', 'pending').join(' | ')).toContain(
      'INDEX registrations_status',
    );
  });
});
