import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGeneration } from '../../../electron/core/backup/archiveState';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { legacyArchiveFile, seedNotice } from '../db/migrationKit';
import { docNumbers, tempArchive, value, type TempArchive } from './backupKit';

let t: TempArchive;
afterEach(() => t?.dispose());

const seedThree = (db: TempArchive['db']) => {
  for (const n of [1, 2, 3]) seedNotice(db, { title: `关于做好第${n}批燃气安全检查的通知`, docNumber: `晋政发〔2025〕${n}号` });
};

describe('backup and restore', () => {
  it('backs up online into one self-contained file that restores what was archived, in one step with its history', async () => {
    t = tempArchive();
    seedThree(t.db);
    const out = join(t.dir, '备份', '档案备份.db');
    const made = value(await t.backup.backupTo(out));
    expect(made).toMatchObject({ path: out, fileName: '档案备份.db' });
    expect(existsSync(`${out}-wal`)).toBe(false);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM notices').pluck().get()).toBe(3);
    copy.close();

    const before = docNumbers(t.db);
    const generation = readGeneration(t.db);
    t.db.prepare("DELETE FROM notices WHERE doc_number = '晋政发〔2025〕1号'").run();
    seedNotice(t.db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕9号' });
    const restored = value(await t.backup.restoreFrom(out));
    // The same open connection sees the restored content: the restore went through the live file.
    expect(docNumbers(t.db)).toEqual(before);
    expect(readGeneration(t.db)).not.toBe(generation);
    expect(existsSync(restored.safetyBackup)).toBe(true);
    expect(restored.safetyBackup).toBe(join(t.backupDir, 'pre-restore', 'before-restore-20250506-093000.db'));
    expect(t.db.prepare("SELECT before, after FROM audit_log WHERE action = 'restore-backup'").all()).toEqual([
      { before: 'before-restore-20250506-093000.db', after: '档案备份.db' },
    ]);
    expect(readdirSync(t.backupDir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('keeps the archive usable while a backup is taken during writes', async () => {
    t = tempArchive();
    seedThree(t.db);
    const pending = t.backup.backupTo(join(t.dir, 'during.db'));
    seedNotice(t.db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕9号' });
    value(await pending);
    const copy = new Database(join(t.dir, 'during.db'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect([3, 4]).toContain(copy.prepare('SELECT count(*) FROM notices').pluck().get());
    copy.close();
  });

  it('checks a backup before replacing anything: a corrupt file, a foreign database, a text file and a missing file are refused', async () => {
    t = tempArchive();
    seedThree(t.db);
    const before = docNumbers(t.db);
    const good = join(t.dir, 'good.db');
    value(await t.backup.backupTo(good));
    const corrupt = join(t.dir, 'corrupt.db');
    const bytes = readFileSync(good);
    // Every page from the fourth on, its b-tree header included, whatever the schema's layout puts there.
    for (let i = 4096 * 3; i < bytes.length; i += 4096) bytes.fill(0x5a, i, i + 400);
    writeFileSync(corrupt, bytes);
    expect(await t.backup.restoreFrom(corrupt)).toMatchObject({ ok: false, error: expect.stringMatching(/^备份文件已损坏/) });

    const foreign = join(t.dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE accounts (id INTEGER)');
    other.close();
    expect(await t.backup.restoreFrom(foreign)).toEqual({ ok: false, error: '这不是公文台的数据库备份，没有做任何替换。' });
    writeFileSync(join(t.dir, 'text.db'), '这不是数据库');
    expect(await t.backup.restoreFrom(join(t.dir, 'text.db'))).toEqual({ ok: false, error: '这不是有效的数据库文件，没有做任何替换。' });
    expect(await t.backup.restoreFrom(join(t.dir, 'nothing.db'))).toEqual({ ok: false, error: '找不到备份文件“nothing.db”。' });
    expect(await t.backup.restoreFrom(t.dbPath)).toEqual({ ok: false, error: '不能用数据库文件自身来恢复。' });

    expect(docNumbers(t.db)).toEqual(before);
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readdirSync(t.backupDir).filter((name) => !name.startsWith('pre-restore'))).toEqual([]);
  });

  it('refuses a backup from a newer version of the program', async () => {
    t = tempArchive();
    const newer = join(t.dir, 'newer.db');
    value(await t.backup.backupTo(newer));
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    expect(await t.backup.restoreFrom(newer)).toEqual({ ok: false, error: '这个备份来自更新版本的公文台，请先升级本程序再恢复。' });
  });

  it('restores a backup from an older version and brings its schema up to date', async () => {
    t = tempArchive();
    const old = join(t.dir, 'old.db');
    legacyArchiveFile(old, 1, (db) =>
      seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2024〕3号', importedAt: '2024-05-01T02:00:00.000Z' }),
    );
    value(await t.backup.restoreFrom(old));
    expect(t.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(t.db.prepare('SELECT registration_number FROM registrations').pluck().all()).toEqual(['收〔2024〕1号']);
    expect(t.db.prepare('SELECT rowid FROM search_bigrams WHERE search_bigrams MATCH \'"燃气"\'').pluck().all()).toHaveLength(1);
    expect(t.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all()).toEqual(['import', 'restore-backup']);
  });

  it('refuses a file that has a notices table but is not an archive, leaving the archive in place', async () => {
    t = tempArchive();
    seedThree(t.db);
    const before = docNumbers(t.db);
    const lookalike = join(t.dir, 'lookalike.db');
    const other = new Database(lookalike);
    other.exec('CREATE TABLE notices (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    expect(await t.backup.restoreFrom(lookalike)).toMatchObject({ ok: false, error: expect.stringContaining('没有做任何替换') });
    expect(docNumbers(t.db)).toEqual(before);
  });

  it('refuses to back up onto the database itself or into a folder it cannot write, naming only the file', async () => {
    t = tempArchive();
    expect(await t.backup.backupTo(t.dbPath)).toEqual({ ok: false, error: '备份文件不能与数据库是同一个文件。' });
    writeFileSync(join(t.dir, 'a-file'), 'x');
    const refused = await t.backup.backupTo(join(t.dir, 'a-file', 'b.db'));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^无法写入备份文件“b\.db”/) });
    expect(JSON.stringify(refused)).not.toContain(t.dir);
  });

  it('restores an uploaded backup through a partial file it removes afterwards', async () => {
    t = tempArchive();
    seedThree(t.db);
    const out = join(t.dir, 'upload.db');
    value(await t.backup.backupTo(out));
    t.db.exec('DELETE FROM notices');
    value(await t.backup.restoreFromBytes(new Uint8Array(readFileSync(out))));
    expect(docNumbers(t.db)).toHaveLength(3);
    expect(readdirSync(t.backupDir)).toEqual(['pre-restore']);
  });
});

describe('automatic backups', () => {
  it('does not overwrite a backup taken in the same second, and lists the newest first', async () => {
    t = tempArchive();
    value(await t.backup.autoBackup());
    value(await t.backup.autoBackup());
    expect((await t.backup.listBackups()).map((b) => b.fileName)).toEqual(['archive-20250506-093000-2.db', 'archive-20250506-093000.db']);
  });

  it('over ten weeks of app starts keeps every backup of the last week and one a week before, never the pre-restore copies', async () => {
    let now = new Date(2025, 0, 6, 8, 30);
    t = tempArchive(() => now);
    seedThree(t.db);
    const safety: string[] = [];
    for (let day = 0; day < 70; day++) {
      now = new Date(2025, 0, 6 + day, 8, 30);
      const made = value(await t.backup.autoBackup());
      // The backup just made is always there after rotation.
      expect(existsSync(made.path)).toBe(true);
      if (day % 30 === 29) safety.push(value(await t.backup.restoreFrom(made.path)).safetyBackup);
    }
    const listed = await t.backup.listBackups();
    const automatic = listed.filter((b) => b.kind === 'automatic').map((b) => b.fileName);
    expect(automatic.slice(0, 8)).toEqual(
      [16, 15, 14, 13, 12, 11, 10, 9].map((d) => `archive-202503${String(d).padStart(2, '0')}-083000.db`),
    );
    expect(automatic.length).toBeLessThan(20);
    expect(listed.filter((b) => b.kind === 'pre-restore').map((b) => b.path)).toEqual([...safety].reverse());
    expect(safety.every((path) => existsSync(path))).toBe(true);
  });

  it('caps the count, removing from the last days first', async () => {
    let second = 0;
    t = tempArchive(() => new Date(2025, 4, 6, 9, 30, second), { retention: { maxCount: 3 } });
    for (; second < 5; second++) value(await t.backup.autoBackup());
    const kept = (await t.backup.listBackups()).map((b) => b.fileName);
    expect(kept).toEqual(['archive-20250506-093004.db', 'archive-20250506-093003.db', 'archive-20250506-093002.db']);
    expect(
      readdirSync(t.backupDir)
        .filter((name) => name.endsWith('.db'))
        .sort(),
    ).toEqual([...kept].sort());
  });
});
