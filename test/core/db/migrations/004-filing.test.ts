import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

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
});
