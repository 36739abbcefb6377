/**
 * Backups with SQLite's online backup (safe while the app and the command line use the archive), written
 * under a partial name and renamed, so a backup file is either complete or absent; each is a single
 * self-contained file. Automatic backups are kept by age and count (backupRetention.ts); the copy saved
 * before a restore goes to its own folder, which rotation never touches, and is listed for the clerk.
 *
 * A restore takes the archive exclusively: it marks the archive as being restored (archiveState.ts), after
 * any write in progress, so every write of this program, in any process, waits until it is done and nothing
 * commits between the safety copy and the replacement. It replaces the archive through SQLite's backup API
 * into the live file, in one write transaction, so every open connection — this process's and other
 * processes' — sees the restored content without reopening. The restored content carries a new archive
 * generation and no mark, so the waiting writers go on, and work that spans the restore (an import) can tell
 * that what it wrote before is gone.
 */
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { timestamp, type Clock } from '../archive/clock';
import { openCopy, type Db } from '../db/openDatabase';
import { backupsToRemove, DEFAULT_RETENTION, type RetentionPolicy } from './backupRetention';
import {
  backupPrefix,
  parseBackupName,
  partialPath,
  removeOrphans,
  removeOrphansBeside,
  SAFETY_FOLDER,
  stamp,
  type BackupKind,
} from './backupFiles';
import { clearRestoring, markRestoring } from './archiveState';
import { checkCandidate, prepareCandidate } from './restoreCandidate';

export interface BackupFile {
  fileName: string;
  path: string;
  size: number;
  createdAt: string;
  kind: BackupKind;
}

export interface BackupOptions {
  dbPath: string;
  backupDir: string;
  /** Which automatic backups to keep (default: DEFAULT_RETENTION). */
  retention?: Partial<RetentionPolicy>;
}

export interface BackupContext {
  /** The archive's write connection. */
  db: Db;
  clock: Clock;
}

/** Copy everything in one step, so the destination changes in one transaction. */
const ALL_PAGES = () => 1_000_000_000;

export function backupService({ db, clock }: BackupContext, options: BackupOptions) {
  const policy: RetentionPolicy = { ...DEFAULT_RETENTION, ...options.retention };
  const safetyDir = join(options.backupDir, SAFETY_FOLDER);

  /** Online backup of the live archive to `outPath` (complete or absent, never half-written). */
  async function backupTo(outPath: string): Promise<ApiResult<BackupFile>> {
    const target = resolve(outPath);
    if (target === resolve(options.dbPath)) return fail('备份文件不能与数据库是同一个文件。');
    const partial = partialPath(target);
    try {
      await mkdir(resolve(target, '..'), { recursive: true });
      await removeOrphansBeside(target);
      await db.backup(partial, { progress: ALL_PAGES });
      const copy = openCopy(partial);
      try {
        copy.pragma('journal_mode = DELETE');
        if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('backup failed its quick_check');
      } finally {
        copy.close();
      }
      await rename(partial, target);
      const info = await stat(target);
      const kind = parseBackupName(basename(target))?.kind ?? 'automatic';
      return ok({ fileName: basename(target), path: target, size: info.size, createdAt: timestamp(clock), kind });
    } catch {
      await rm(partial, { force: true }).catch(() => undefined);
      await rm(`${partial}-journal`, { force: true }).catch(() => undefined);
      return fail(`无法写入备份文件“${basename(outPath)}”（请检查目录是否存在、是否有写入权限、磁盘空间是否足够）。`);
    }
  }

  async function filesIn(folder: string, kind: BackupKind): Promise<BackupFile[]> {
    const names = await readdir(folder).catch(() => [] as string[]);
    const ours = names
      .map((name) => ({ name, parsed: parseBackupName(name) }))
      .filter((entry) => entry.parsed?.kind === kind)
      // Newest first: by the time in the name, then by the same-second counter (…-2.db is newer than ….db).
      .sort((a, b) => b.parsed!.takenAt.getTime() - a.parsed!.takenAt.getTime() || b.parsed!.counter - a.parsed!.counter);
    const files: BackupFile[] = [];
    for (const { name, parsed } of ours) {
      const path = join(folder, name);
      const info = await stat(path).catch(() => null);
      if (info) files.push({ fileName: name, path, size: info.size, createdAt: parsed!.takenAt.toISOString(), kind });
    }
    return files;
  }

  /** Automatic backups and the copies saved before restores, each newest first. */
  async function listBackups(): Promise<BackupFile[]> {
    return [...(await filesIn(options.backupDir, 'automatic')), ...(await filesIn(safetyDir, 'pre-restore'))];
  }

  /** A free name for a backup of `kind` taken now. */
  async function freshName(folder: string, kind: BackupKind): Promise<string> {
    const base = `${backupPrefix(kind)}-${stamp(clock)}`;
    let name = `${base}.db`;
    for (let n = 2; (await stat(join(folder, name)).catch(() => null)) !== null; n++) name = `${base}-${n}.db`;
    return join(folder, name);
  }

  /** What killed backups and restores left in the backup folders; returns the names removed. */
  async function cleanOrphans(): Promise<string[]> {
    return [...(await removeOrphans(options.backupDir)), ...(await removeOrphans(safetyDir))];
  }

  /** A backup in the backup folder named by the time; older automatic backups are then rotated. */
  async function autoBackup(): Promise<ApiResult<BackupFile>> {
    await cleanOrphans();
    const made = await backupTo(await freshName(options.backupDir, 'automatic'));
    if (!made.ok) return made;
    const automatic = await filesIn(options.backupDir, 'automatic');
    const dated = automatic.map((b) => ({ fileName: b.fileName, takenAt: new Date(b.createdAt) }));
    // The one just made is the newest good backup: rotation never removes it, even with a clock set back.
    const remove = new Set(backupsToRemove(dated, clock(), policy));
    remove.delete(made.value.fileName);
    for (const name of remove) await rm(join(options.backupDir, name), { force: true });
    return made;
  }

  async function restoreFrom(candidatePath: string): Promise<ApiResult<{ restoredFrom: string; safetyBackup: string }>> {
    const source = resolve(candidatePath);
    if (source === resolve(options.dbPath)) return fail('不能用数据库文件自身来恢复。');
    const info = await stat(source).catch(() => null);
    if (!info?.isFile()) return fail(`找不到备份文件“${basename(candidatePath)}”。`);
    await mkdir(safetyDir, { recursive: true });
    await cleanOrphans();
    const copy = partialPath(join(options.backupDir, `restore-candidate-${stamp(clock)}.db`));
    try {
      await copyFile(source, copy);
      const checked = checkCandidate(copy);
      if (!checked.ok) return checked;
      const marked = await markRestoring(db).catch(() => null);
      if (marked === null) return fail('档案正被其他程序长时间占用，暂时无法恢复，没有做任何替换。请稍后再试。');
      if (!marked) return fail('另一个程序正在恢复这个档案，没有做任何替换。请等它完成后再试。');
      let replaced = false;
      try {
        const safety = await backupTo(await freshName(safetyDir, 'pre-restore'));
        if (!safety.ok) return fail(`恢复前无法先备份当前档案，没有做任何替换：${safety.error}`);
        const prepared = prepareCandidate(copy, { at: timestamp(clock), safetyCopy: safety.value.fileName, source: basename(source) });
        if (!prepared.ok) return prepared;
        const candidate = openCopy(copy, { readonly: true });
        try {
          await candidate.backup(resolve(options.dbPath), { progress: ALL_PAGES });
          replaced = true;
        } catch {
          return fail('写入档案时出错（可能磁盘已满或文件只读），档案保持恢复前的内容，没有做任何替换。');
        } finally {
          candidate.close();
        }
        return ok({ restoredFrom: source, safetyBackup: safety.value.path });
      } finally {
        if (!replaced) await clearRestoring(db);
      }
    } finally {
      await rm(copy, { force: true });
      await rm(`${copy}-journal`, { force: true });
    }
  }

  /** Restores from bytes (an upload): written aside under a partial name, then restored like a file. */
  async function restoreFromBytes(bytes: Uint8Array): Promise<ApiResult<{ restoredFrom: string; safetyBackup: string }>> {
    await mkdir(options.backupDir, { recursive: true });
    const upload = partialPath(join(options.backupDir, `upload-${stamp(clock)}.db`));
    try {
      await writeFile(upload, bytes);
      return await restoreFrom(upload);
    } catch {
      return fail('无法保存上传的备份文件（请检查磁盘空间），没有做任何替换。');
    } finally {
      await rm(upload, { force: true });
    }
  }

  return { backupTo, autoBackup, listBackups, restoreFrom, restoreFromBytes, cleanOrphans };
}

export type BackupService = ReturnType<typeof backupService>;
