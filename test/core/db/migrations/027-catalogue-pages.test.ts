import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

describe('migration 27: 页数 of a filed 件', () => {
  it('keeps the filings already made, with no 页数 written, and takes a clerk’s figure within bounds', () => {
    const db = databaseAt(26);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
    db.prepare(
      `INSERT INTO filings (notice_id, fonds_code, year, retention, department, item_number, archival_code, filed_at)
       VALUES (?, 'Z109', 2025, 'permanent', '', 1, 'Z109-WS·2025-Y-0001', '2025-04-01T02:00:00.000Z')`,
    ).run(id);
    expect(migrateTo(db, 27).applied).toEqual([27]);
    expect(db.prepare('SELECT archival_code, pages FROM filings').get()).toEqual({ archival_code: 'Z109-WS·2025-Y-0001', pages: null });
    db.prepare('UPDATE filings SET pages = 12 WHERE notice_id = ?').run(id);
    expect(db.prepare('SELECT pages FROM filings').pluck().get()).toBe(12);
    expect(() => db.prepare('UPDATE filings SET pages = 0 WHERE notice_id = ?').run(id)).toThrow(/CHECK/);
    db.prepare('DELETE FROM notices WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM filings').pluck().get()).toBe(0);
  });
});
