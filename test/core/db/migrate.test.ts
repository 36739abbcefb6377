import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { MigrationError, checkMigrationList, migrate, schemaVersion, type Migration } from '../../../electron/core/db/migrate';

const table = (version: number, name: string): Migration => ({
  version,
  name,
  up: (db) => db.exec(`CREATE TABLE ${name.replace(/-/g, '_')} (id INTEGER PRIMARY KEY)`),
});

const tables = (db: Database.Database) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();

describe('the migration runner', () => {
  it('applies every migration in order and records the version in user_version', () => {
    const db = new Database(':memory:');
    const outcome = migrate(db, [table(1, 'a'), table(2, 'b')]);
    expect(outcome).toEqual({ from: 0, to: 2, applied: [1, 2] });
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(['a', 'b']);
  });

  it('accepts gaps between numbers (the archive uses 1–19, drafting 20 and up)', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [table(1, 'a'), table(2, 'b'), table(20, 'drafts'), table(21, 'issuance')]).applied).toEqual([1, 2, 20, 21]);
    expect(schemaVersion(db)).toBe(21);
  });

  it('only applies what is newer than the database', () => {
    const db = new Database(':memory:');
    migrate(db, [table(1, 'a')]);
    expect(migrate(db, [table(1, 'a'), table(2, 'b')]).applied).toEqual([2]);
    expect(migrate(db, [table(1, 'a'), table(2, 'b')]).applied).toEqual([]);
  });

  it('stops at a target version when asked', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [table(1, 'a'), table(2, 'b'), table(3, 'c')], 2).to).toBe(2);
  });

  it('rejects a list with a duplicated number', () => {
    expect(() => checkMigrationList([table(1, 'a'), table(1, 'b')])).toThrow(/appears twice/);
  });

  it('rejects a list out of order', () => {
    expect(() => checkMigrationList([table(1, 'a'), table(20, 'drafts'), table(3, 'c')])).toThrow(/increasing order/);
  });

  it('rejects a version that is not a positive integer', () => {
    expect(() => checkMigrationList([table(0, 'zero')])).toThrow(/invalid version/);
    expect(() => checkMigrationList([table(1.5, 'half')])).toThrow(/invalid version/);
  });

  it('runs each migration in one transaction: a failing migration leaves nothing behind and the version unchanged', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (id INTEGER)');
        d.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() => migrate(db, [table(1, 'a'), broken])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a']);
  });

  it('refuses a database written by a newer version of the program, in Chinese', () => {
    const db = new Database(':memory:');
    migrate(db, [table(1, 'a'), table(2, 'b')]);
    expect(() => migrate(db, [table(1, 'a')])).toThrow(MigrationError);
    expect(() => migrate(db, [table(1, 'a')])).toThrow(/请升级公文台/);
  });

  it('keeps the version in user_version alone, with no table repeating it', () => {
    const db = new Database(':memory:');
    migrate(db, [table(1, 'a'), table(2, 'b')]);
    expect(tables(db)).toEqual(['a', 'b']);
    expect(schemaVersion(db)).toBe(2);
  });

  it('numbers every new migration above the shipped ones (1–5, 20, 21), so none is slipped in below an archive in use', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 20, 21]);
  });

  it("keeps the project's own migration list valid, with kebab-case names", () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS.every((m) => /^[a-z0-9-]+$/.test(m.name))).toBe(true);
  });
});
