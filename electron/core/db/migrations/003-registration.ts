/**
 * Migration 3: 收文登记 — one registration per notice with its 收文编号 numbered per year, the per-year
 * counters, and a settings table (the 收文编号 pattern, the 全宗号, …). Notices archived before this
 * migration are registered in the order they were imported, received on the day they were imported.
 * Self-contained SQL: the default pattern is spelled out here, not read from the live code.
 */
import type { Migration } from '../migrate';

export const registrationMigration: Migration = {
  version: 3,
  name: 'registration',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE registrations (
        notice_id INTEGER PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
        registration_number TEXT UNIQUE,
        sender TEXT,
        received_date TEXT,
        copies INTEGER CHECK (copies IS NULL OR copies >= 1),
        secrecy TEXT,
        urgency TEXT,
        due_date TEXT,
        handler TEXT,
        proposal TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'done')),
        outcome TEXT,
        note TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX registrations_status ON registrations (status);
      -- The last 收文 serial handed out per year: numbers are never reused, even after a purge.
      CREATE TABLE registration_counters (
        year INTEGER PRIMARY KEY,
        last_serial INTEGER NOT NULL
      );
      -- The default pattern 收〔{year}〕{n}号, stored as JSON.
      INSERT INTO settings (key, value) VALUES ('registration.pattern', '"收〔{year}〕{n}号"');
      INSERT INTO registrations (notice_id, registration_number, sender, received_date, copies, secrecy, urgency, status, updated_at)
        SELECT id, '收〔' || year || '〕' || row_number() OVER (PARTITION BY year ORDER BY id) || '号', issuer, day, 1, secrecy, urgency, 'pending', day
        FROM (SELECT id, issuer, secrecy, urgency, substr(imported_at, 1, 10) AS day, CAST(substr(imported_at, 1, 4) AS INTEGER) AS year FROM notices);
      INSERT INTO registration_counters (year, last_serial)
        SELECT CAST(substr(imported_at, 1, 4) AS INTEGER), count(*) FROM notices GROUP BY 1;
    `);
  },
};
