/**
 * Migration 4: 归档 per DA/T 22-2015 — 年度, 保管期限, 机构（问题） code, 件号 numbered within 全宗 + 年度 +
 * 保管期限 (+ 机构 when used), and the composed 档号, unique in the archive.
 */
import type { Migration } from '../migrate';

export const filingMigration: Migration = {
  version: 4,
  name: 'filing',
  up(db) {
    db.exec(`
      CREATE TABLE filings (
        notice_id INTEGER PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
        fonds_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        retention TEXT NOT NULL CHECK (retention IN ('permanent', '30y', '10y')),
        -- 机构（问题）代码; '' when the office files without it.
        department TEXT NOT NULL DEFAULT '',
        item_number INTEGER NOT NULL CHECK (item_number BETWEEN 1 AND 9999),
        archival_code TEXT NOT NULL UNIQUE,
        filed_at TEXT NOT NULL,
        UNIQUE (fonds_code, year, retention, department, item_number)
      );
      CREATE INDEX filings_year ON filings (year, retention);
    `);
  },
};
