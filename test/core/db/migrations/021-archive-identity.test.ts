import { describe, expect, it } from 'vitest';
import { ARCHIVE_APPLICATION_ID } from '../../../../electron/core/db/archiveIdentity';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

describe('migration 21: archive identity', () => {
  it('drops the table that repeated the version, marks the archive as ours and gives it a generation', () => {
    const db = databaseAt(20);
    db.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (20, 'drafting', 'then')",
    );
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
    expect(migrateTo(db, 21).applied).toEqual([21]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'").get()).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(21);
    expect(db.pragma('application_id', { simple: true })).toBe(ARCHIVE_APPLICATION_ID);
    expect(db.prepare('SELECT generation FROM archive_state').pluck().all()).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
    expect(db.prepare('SELECT id FROM notices').pluck().all()).toEqual([id]);
  });

  it('also upgrades an archive whose runner never wrote schema_migrations', () => {
    const db = databaseAt(20);
    expect(migrateTo(db, 21).applied).toEqual([21]);
    expect(() => db.prepare('INSERT INTO archive_state (id, generation) VALUES (2, ?)').run('x')).toThrow(/CHECK/);
  });
});
