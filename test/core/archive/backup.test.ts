import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migrate } from '../../../electron/core/db/migrate';
import { CORPUS_FILES, corpusText } from '../../corpus';
import { seedNotice } from '../db/migrationKit';
import { tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

const titles = () => t.core.archive.listNotices().rows.map((r) => r.docNumber).sort();

describe('backup and restore', () => {
  it('backs up online into one self-contained file that restores what was archived', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const out = join(t.dir, '备份', '档案备份.db');
    const made = value(await t.core.backup.backupTo(out));
    expect(made.path).toBe(out);
    expect(existsSync(`${out}-wal`)).toBe(false);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM notices').pluck().get()).toBe(5);
    copy.close();

    const before = titles();
    const deleted = t.core.archive.listNotices().rows[0].id;
    value(t.core.archive.delete(deleted));
    value(t.core.archive.purge(deleted));
    t.core.archive.importText({ text: corpusText('yangquan-city-2025').replace('市直各单位', '市直各单位，各企业') });
    const restored = value(await t.core.backup.restoreFrom(out));
    expect(titles()).toEqual(before);
    expect(value(t.core.search.query({ query: '燃气' })).total).toBe(5);
    expect(existsSync(restored.safetyBackup)).toBe(true);
  });

  it('keeps the archive usable while a backup is taken during writes', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const pending = t.core.backup.backupTo(join(t.dir, 'during.db'));
    t.core.archive.importText({ text: corpusText('xiying-town-2021').replace('各村、各有关站所', '各村委会、各有关站所') });
    value(await pending);
    const copy = new Database(join(t.dir, 'during.db'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect([5, 6]).toContain(copy.prepare('SELECT count(*) FROM notices').pluck().get());
    copy.close();
  });

  it('checks a backup before replacing anything: a corrupt file, a foreign database and a missing file are refused', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const before = titles();

    const good = join(t.dir, 'good.db');
    value(await t.core.backup.backupTo(good));
    const corrupt = join(t.dir, 'corrupt.db');
    const bytes = Buffer.from(await import('node:fs/promises').then((fs) => fs.readFile(good)));
    for (let i = 4096 * 3; i < bytes.length; i += 4096) bytes.fill(0x5a, i + 100, i + 400);
    writeFileSync(corrupt, bytes);
    expect(await t.core.backup.restoreFrom(corrupt)).toMatchObject({ ok: false, error: expect.stringMatching(/损坏|不是有效/) });

    const foreign = join(t.dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE accounts (id INTEGER)');
    other.close();
    expect(await t.core.backup.restoreFrom(foreign)).toEqual({ ok: false, error: '这不是公文台的数据库备份，没有做任何替换。' });

    writeFileSync(join(t.dir, 'text.db'), '这不是数据库');
    expect(await t.core.backup.restoreFrom(join(t.dir, 'text.db'))).toEqual({ ok: false, error: '这不是有效的数据库文件，没有做任何替换。' });
    expect(await t.core.backup.restoreFrom(join(t.dir, 'nothing.db'))).toMatchObject({ ok: false, error: expect.stringContaining('找不到备份文件') });
    expect(await t.core.backup.restoreFrom(t.dbPath)).toEqual({ ok: false, error: '不能用数据库文件自身来恢复。' });

    expect(titles()).toEqual(before);
    expect(t.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a backup from a newer version of the program', async () => {
    t = tempCore();
    const newer = join(t.dir, 'newer.db');
    value(await t.core.backup.backupTo(newer));
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    expect(await t.core.backup.restoreFrom(newer)).toEqual({ ok: false, error: '这个备份来自更新版本的公文台，请先升级本程序再恢复。' });
  });

  it('restores a backup from an older version and brings its schema up to date', async () => {
    t = tempCore();
    const old = join(t.dir, 'old.db');
    const db = new Database(old);
    migrate(db, MIGRATIONS, 1);
    seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2024〕3号' });
    migrate(db, MIGRATIONS, 4);
    db.close();
    value(await t.core.backup.restoreFrom(old));
    expect(t.core.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const [row] = t.core.archive.listNotices().rows;
    expect(row).toMatchObject({ docNumber: '大政发〔2024〕3号', registrationNumber: '收〔2025〕1号' });
    expect(value(t.core.archive.history(row.id)).entries[0].action).toBe('导入');
    expect(value(t.core.search.query({ query: '燃气' })).total).toBe(1);
  });

  it('rotates automatic backups, keeping the newest N', async () => {
    let second = 0;
    t = tempCore({ keepBackups: 3, clock: () => new Date(2025, 4, 6, 9, 30, second) });
    for (; second < 5; second++) value(await t.core.backup.autoBackup());
    const kept = (await t.core.backup.listBackups()).map((b) => b.fileName);
    expect(kept).toEqual(['archive-20250506-093004.db', 'archive-20250506-093003.db', 'archive-20250506-093002.db']);
    expect(readdirSync(join(t.dir, 'backups')).sort()).toEqual([...kept].sort());
  });

  it('does not overwrite a backup taken in the same second', async () => {
    t = tempCore();
    value(await t.core.backup.autoBackup());
    value(await t.core.backup.autoBackup());
    expect((await t.core.backup.listBackups()).map((b) => b.fileName).sort()).toEqual(['archive-20250506-093000-2.db', 'archive-20250506-093000.db']);
  });

  it('keeps the newest backup, not an older one, when several are taken in the same second', async () => {
    t = tempCore({ keepBackups: 1 });
    value(await t.core.backup.autoBackup());
    const newest = value(await t.core.backup.autoBackup());
    expect(newest.fileName).toBe('archive-20250506-093000-2.db');
    expect(existsSync(newest.path)).toBe(true);
    expect((await t.core.backup.listBackups()).map((b) => b.fileName)).toEqual(['archive-20250506-093000-2.db']);
  });

  it('refuses a file that has a notices table but cannot be brought up to date, leaving the archive in place', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const before = titles();
    const lookalike = join(t.dir, 'lookalike.db');
    const other = new Database(lookalike);
    other.exec('CREATE TABLE notices (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    expect(await t.core.backup.restoreFrom(lookalike)).toMatchObject({ ok: false, error: expect.stringContaining('没有做任何替换') });
    expect(titles()).toEqual(before);
    expect(t.core.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('refuses to back up onto the database itself or into a folder it cannot write', async () => {
    t = tempCore();
    expect(await t.core.backup.backupTo(t.dbPath)).toEqual({ ok: false, error: '备份文件不能与数据库是同一个文件。' });
    writeFileSync(join(t.dir, 'a-file'), 'x');
    expect(await t.core.backup.backupTo(join(t.dir, 'a-file', 'b.db'))).toMatchObject({ ok: false, error: expect.stringContaining('无法写入备份文件') });
  });
});
