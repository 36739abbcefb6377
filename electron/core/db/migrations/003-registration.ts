/**
 * Migration 3: 收文登记 — one registration per notice with its 收文编号 numbered per year, the per-year
 * counters, and a settings table (the 收文编号 pattern, the 全宗号, …). Notices archived before this
 * migration are registered in the order they were imported, received on the day they were imported.
 */
import { DEFAULT_REGISTRATION_PATTERN, formatRegistrationNumber } from '../../archive/registrationNumber';
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
    `);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('registration.pattern', JSON.stringify(DEFAULT_REGISTRATION_PATTERN));
    const notices = db
      .prepare('SELECT id, issuer, secrecy, urgency, substr(imported_at, 1, 10) AS day FROM notices ORDER BY id')
      .all() as { id: number; issuer: string | null; secrecy: string | null; urgency: string | null; day: string }[];
    const insert = db.prepare(
      `INSERT INTO registrations (notice_id, registration_number, sender, received_date, copies, secrecy, urgency, status, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, 'pending', ?)`,
    );
    const serials = new Map<number, number>();
    for (const n of notices) {
      const year = Number(n.day.slice(0, 4));
      const serial = (serials.get(year) ?? 0) + 1;
      serials.set(year, serial);
      insert.run(n.id, formatRegistrationNumber(DEFAULT_REGISTRATION_PATTERN, year, serial), n.issuer, n.day, n.secrecy, n.urgency, n.day);
    }
    const counter = db.prepare('INSERT INTO registration_counters (year, last_serial) VALUES (?, ?)');
    for (const [year, serial] of serials) counter.run(year, serial);
  },
};
