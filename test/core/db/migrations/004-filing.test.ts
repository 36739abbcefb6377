import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

describe('migration 4: filing', () => {
  it('adds filings without touching the registered notices', () => {
    const db = databaseAt(3);
    seedNotice(db, { title: '甲', docNumber: '大政发〔2025〕1号' });
    const before = db.prepare('SELECT * FROM notices').all();
    migrateTo(db, 4);
    expect(db.prepare('SELECT * FROM notices').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM filings').pluck().get()).toBe(0);
  });

  it('keeps one 件号 per series and one 档号 in the archive', () => {
    const db = databaseAt(3);
    const a = seedNotice(db, { title: '甲', docNumber: '大政发〔2025〕1号' });
    const b = seedNotice(db, { title: '乙', docNumber: '大政发〔2025〕2号' });
    migrateTo(db, 4);
    const insert = db.prepare(
      "INSERT INTO filings (notice_id, fonds_code, year, retention, department, item_number, archival_code, filed_at) VALUES (?, 'Z109', 2025, 'permanent', 'BGS', 1, ?, 'now')",
    );
    insert.run(a, 'Z109-WS·2025-Y-BGS-0001');
    expect(() => insert.run(b, 'Z109-WS·2025-Y-BGS-0001b')).toThrow(/UNIQUE/);
  });

  it("reads a year's catalogue and the next 件号 of a series through its indexes", () => {
    const db = databaseAt(4);
    expect(queryPlan(db, 'SELECT notice_id FROM filings WHERE year = ? AND retention = ?', 2025, 'permanent').join(' | ')).toContain(
      'INDEX filings_year',
    );
    const series = queryPlan(
      db,
      'SELECT max(item_number) FROM filings WHERE fonds_code = ? AND year = ? AND retention = ? AND department = ?',
      'Z109',
      2025,
      '10y',
      '',
    );
    expect(series.join(' | ')).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_filings/);
  });
});
