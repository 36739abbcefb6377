/**
 * Backups with SQLite's online backup (safe while the app and the command line use the archive), written
 * to a temporary name and renamed, so a backup file is either complete or absent; each is a single
 * self-contained file. Restore first copies the candidate aside, checks it (integrity_check, that it is
 * an archive, a version this program knows) and brings that copy's schema up to date; only then does it
 * save the current archive as a backup and copy the candidate in through the live connection's locks.
 * Automatic backups rotate: the newest N are kept.
 */
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import { MIGRATIONS } from '../../db/migrations';
import { migrate } from '../../db/migrate';
import type { Db } from '../../db/openDatabase';
import type { ArchiveContext } from '../archiveContext';
import { timestamp, type Clock } from '../clock';

export interface BackupFile {
  fileName: string;
  path: string;
  size: number;
  createdAt: string;
}

export interface BackupOptions {
  dbPath: string;
  backupDir: string;
  /** How many automatic backups to keep (default 10). */
  keep: number;
}

const AUTO_NAME = /^archive-(\d{8}-\d{6})(?:-(\d+))?\.db$/;
/** Copy everything in one step so the destination changes in one transaction. */
const ALL_PAGES = () => 1_000_000_000;

function stamp(clock: Clock): string {
  const d = clock();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}

/** Opens a copy for checking: integrity, an archive's tables, a schema version this program can use. */
function checkCandidate(path: string): ApiResult<{ version: number }> {
  let candidate: Db | null = null;
  try {
    candidate = new Database(path, { fileMustExist: true });
    const integrity = candidate.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return fail('备份文件已损坏（完整性检查未通过），没有做任何替换。');
    const hasNotices = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notices'").get();
    if (!hasNotices) return fail('这不是公文台的数据库备份，没有做任何替换。');
    const version = candidate.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS.at(-1)!.version;
    if (version > latest) return fail('这个备份来自更新版本的公文台，请先升级本程序再恢复。');
    candidate.pragma('journal_mode = DELETE');
    // Upgrade the private copy here, so a file whose migration fails is refused before the archive is replaced.
    candidate.pragma('foreign_keys = ON');
    try {
      migrate(candidate, MIGRATIONS);
    } catch {
      return fail('这个备份无法升级到本程序的版本，没有做任何替换。');
    }
    return ok({ version });
  } catch {
    return fail('这不是有效的数据库文件，没有做任何替换。');
  } finally {
    candidate?.close();
  }
}

/** The store, and its write connection: backup and restore are properties of the embedded file. */
export function backupService(ctx: ArchiveContext & { db: Db }, options: BackupOptions) {
  const { db, store, clock } = ctx;

  /** Online backup of the live archive to `outPath` (complete or absent, never half-written). */
  async function backupTo(outPath: string): Promise<ApiResult<BackupFile>> {
    const target = resolve(outPath);
    if (target === resolve(options.dbPath)) return fail('备份文件不能与数据库是同一个文件。');
    const partial = `${target}.partial-${process.pid}`;
    try {
      await mkdir(resolve(target, '..'), { recursive: true });
      await db.backup(partial, { progress: ALL_PAGES });
      const copy = new Database(partial, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
        if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('backup failed its quick_check');
      } finally {
        copy.close();
      }
      await rename(partial, target);
      const info = await stat(target);
      return ok({ fileName: basename(target), path: target, size: info.size, createdAt: timestamp(clock) });
    } catch {
      await rm(partial, { force: true }).catch(() => undefined);
      return fail(`无法写入备份文件“${outPath}”（请检查目录是否存在、是否有写入权限、磁盘空间是否足够）。`);
    }
  }

  async function listBackups(): Promise<BackupFile[]> {
    const names = await readdir(options.backupDir).catch(() => [] as string[]);
    const files = await Promise.all(
      names
        .filter((name) => AUTO_NAME.test(name))
        .map(async (name) => {
          const path = join(options.backupDir, name);
          const info = await stat(path);
          return { fileName: name, path, size: info.size, createdAt: info.mtime.toISOString() };
        }),
    );
    // Newest first: by time stamp, then by the same-second counter as a number (…-2.db is newer than ….db).
    const order = (name: string) => {
      const [, time, counter] = AUTO_NAME.exec(name)!;
      return { time, counter: Number(counter ?? 1) };
    };
    return files.sort((a, b) => {
      const x = order(a.fileName);
      const y = order(b.fileName);
      return y.time.localeCompare(x.time) || y.counter - x.counter;
    });
  }

  /** A backup in the backup folder named by the time; older automatic backups beyond `keep` are removed. */
  async function autoBackup(): Promise<ApiResult<BackupFile>> {
    const base = `archive-${stamp(clock)}`;
    let name = `${base}.db`;
    for (let n = 2; (await stat(join(options.backupDir, name)).catch(() => null)) !== null; n++) name = `${base}-${n}.db`;
    const made = await backupTo(join(options.backupDir, name));
    if (!made.ok) return made;
    const all = await listBackups();
    for (const old of all.slice(Math.max(1, options.keep))) await rm(old.path, { force: true });
    return made;
  }

  async function restoreFrom(candidatePath: string): Promise<ApiResult<{ restoredFrom: string; safetyBackup: string }>> {
    const source = resolve(candidatePath);
    if (source === resolve(options.dbPath)) return fail('不能用数据库文件自身来恢复。');
    const info = await stat(source).catch(() => null);
    if (!info?.isFile()) return fail(`找不到备份文件“${candidatePath}”。`);
    await mkdir(options.backupDir, { recursive: true });
    const checkedCopy = join(options.backupDir, `restore-candidate-${process.pid}-${Date.now()}.db`);
    try {
      await copyFile(source, checkedCopy);
      const checked = checkCandidate(checkedCopy);
      if (!checked.ok) return checked;
      const safety = await autoBackup();
      if (!safety.ok) return fail(`恢复前无法先备份当前数据库，没有做任何替换：${safety.error}`);
      const candidate = new Database(checkedCopy, { fileMustExist: true });
      try {
        await candidate.backup(resolve(options.dbPath), { progress: ALL_PAGES });
      } finally {
        candidate.close();
      }
      migrate(db, MIGRATIONS);
      await store.write((tx) =>
        tx.audit.record({ at: timestamp(clock), noticeId: null, action: 'restore-backup', field: null, before: safety.value.fileName, after: basename(source) }),
      );
      return ok({ restoredFrom: source, safetyBackup: safety.value.path });
    } finally {
      await rm(checkedCopy, { force: true });
    }
  }

  return { backupTo, autoBackup, listBackups, restoreFrom };
}

export type BackupService = ReturnType<typeof backupService>;
