import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARCHIVE_APPLICATION_ID } from '../../../electron/core/db/archiveIdentity';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { ArchiveRefusedError, CREATING_SUFFIX, openDatabase } from '../../../electron/core/db/openDatabase';
import { legacyArchiveFile, seedNotice } from './migrationKit';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opening must throw a Chinese refusal naming only the file, and leave the folder byte for byte as it was. */
function expectRefusedUntouched(path: string, message: RegExp): void {
  const snapshot = () =>
    readdirSync(dir).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]);
  const before = snapshot();
  let thrown: unknown;
  try {
    openDatabase(path).close();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ArchiveRefusedError);
  const text = (thrown as Error).message;
  expect(text).toMatch(message);
  expect(text).toMatch(/未作任何改动。$/);
  expect(text).not.toContain(dir);
  expect(snapshot()).toEqual(before);
}

describe('opening the archive file', () => {
  it('creates a new archive marked with our application_id, leaving no temporary file', () => {
    const path = join(dir, '档案', 'gongwen.db');
    const db = openDatabase(path);
    migrate(db, MIGRATIONS);
    expect(db.pragma('application_id', { simple: true })).toBe(ARCHIVE_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(readdirSync(join(dir, '档案')).filter((name) => name.endsWith(CREATING_SUFFIX))).toEqual([]);
  });

  it('replaces what a first start killed while creating the archive left behind', () => {
    const path = join(dir, 'gongwen.db');
    writeFileSync(`${path}${CREATING_SUFFIX}`, '');
    openDatabase(path).close();
    expect(existsSync(`${path}${CREATING_SUFFIX}`)).toBe(false);
    expect(existsSync(path)).toBe(true);
  });

  it("refuses another program's SQLite database untouched", () => {
    const path = join(dir, 'accounts.db');
    const other = new Database(path);
    other.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts (name) VALUES ('现金')");
    other.close();
    expectRefusedUntouched(path, /^文件“accounts\.db”是其他程序的数据库，不是公文台档案/);
  });

  it("refuses a database that carries another program's application_id untouched", () => {
    const path = join(dir, 'repo.fossil');
    const other = new Database(path);
    other.pragma('application_id = 252006673');
    other.exec('CREATE TABLE notices (id INTEGER PRIMARY KEY)');
    other.close();
    expectRefusedUntouched(path, /其他程序的数据库/);
  });

  it("refuses another program's WAL-mode database that numbers its versions as we did", () => {
    const path = join(dir, 'notes.sqlite');
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('会议纪要')");
    other.pragma('user_version = 3');
    other.close();
    expectRefusedUntouched(path, /其他程序的数据库/);
  });

  it('refuses a blank SQLite file, an empty file and a text file untouched', () => {
    const blank = join(dir, 'blank.db');
    new Database(blank).pragma('user_version = 0');
    expectRefusedUntouched(blank, /其他程序的数据库/);
    writeFileSync(join(dir, 'empty.db'), '');
    expectRefusedUntouched(join(dir, 'empty.db'), /^文件“empty\.db”是空文件/);
    writeFileSync(join(dir, 'notes.db'), '这是一份会议记录，不是数据库。'.repeat(20));
    expectRefusedUntouched(join(dir, 'notes.db'), /^文件“notes\.db”不是数据库文件/);
  });

  it('refuses an archive of a newer version untouched, asking to upgrade', () => {
    const path = join(dir, 'gongwen.db');
    const db = openDatabase(path);
    migrate(db, MIGRATIONS);
    db.pragma('user_version = 99');
    db.close();
    expectRefusedUntouched(path, /^档案“gongwen\.db”来自更新版本的公文台（版本99，本程序支持到\d+），请升级公文台后再打开/);
  });

  it('opens an archive from before the mark (schema_migrations beside the notices) and marks it when migrated', () => {
    const path = join(dir, 'gongwen.db');
    legacyArchiveFile(path, 20, (db) => seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' }));
    const db = openDatabase(path);
    expect(migrate(db, MIGRATIONS).applied).toEqual([21, 26]);
    expect(db.pragma('application_id', { simple: true })).toBe(ARCHIVE_APPLICATION_ID);
    expect(db.prepare('SELECT title FROM notices').pluck().all()).toEqual(['关于做好燃气安全工作的通知']);
    db.close();
  });

  it("opens a read-only second connection that sees the writer's commits and cannot write", () => {
    const path = join(dir, 'gongwen.db');
    const writer = openDatabase(path);
    migrate(writer, MIGRATIONS);
    const reader = openDatabase(path, { readonly: true });
    seedNotice(writer, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕4号' });
    expect(reader.prepare('SELECT count(*) FROM notices').pluck().get()).toBe(1);
    expect(() => reader.exec('DELETE FROM notices')).toThrow(/readonly/);
    reader.close();
    writer.close();
    expect(() => openDatabase(join(dir, 'missing.db'), { readonly: true })).toThrow(ArchiveRefusedError);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });
});
