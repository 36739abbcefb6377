/**
 * The names of the files backups leave on disk. Automatic backups are archive-YYYYMMDD-HHMMSS[-n].db in
 * the backup folder; the copy saved before each restore is before-restore-YYYYMMDD-HHMMSS[-n].db in its
 * own folder inside it, which rotation never touches. Anything written on the way — a backup in progress,
 * a restore candidate, an upload — carries `.partial-<pid>` until it is complete, so what a killed process
 * left is recognisable and removed at the next start once that process is gone.
 */
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Clock } from '../archive/clock';
import { isProcessRunning } from '../process/processRunning';

export const SAFETY_FOLDER = 'pre-restore';

const AUTO_NAME = /^archive-(\d{8}-\d{6})(?:-(\d+))?\.db$/;
const SAFETY_NAME = /^before-restore-(\d{8}-\d{6})(?:-(\d+))?\.db$/;
/** A partial file and the journal SQLite may have left beside it. */
const PARTIAL_NAME = /\.partial-(\d+)(?:-journal|-wal|-shm)?$/;

export type BackupKind = 'automatic' | 'pre-restore';

export function stamp(clock: Clock): string {
  const d = clock();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}

export function backupPrefix(kind: BackupKind): string {
  return kind === 'automatic' ? 'archive' : 'before-restore';
}

/** The time in a backup's name and its same-second counter, or null for a name that is not a backup's. */
export function parseBackupName(fileName: string): { kind: BackupKind; takenAt: Date; counter: number } | null {
  const auto = AUTO_NAME.exec(fileName);
  const match = auto ?? SAFETY_NAME.exec(fileName);
  if (!match) return null;
  const [, time, counter] = match;
  const takenAt = new Date(
    Number(time.slice(0, 4)),
    Number(time.slice(4, 6)) - 1,
    Number(time.slice(6, 8)),
    Number(time.slice(9, 11)),
    Number(time.slice(11, 13)),
    Number(time.slice(13, 15)),
  );
  return { kind: auto ? 'automatic' : 'pre-restore', takenAt, counter: Number(counter ?? 1) };
}

/** Where a file is written before it is complete. */
export function partialPath(target: string): string {
  return `${target}.partial-${process.pid}`;
}

/**
 * Removes, in `folder`, the partial files of processes that are no longer running (only those whose name
 * starts with `prefix` when given); returns their names. A process still running may be writing its own.
 */
export async function removeOrphans(folder: string, prefix = ''): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const orphans = names.filter((name) => {
    const match = PARTIAL_NAME.exec(name);
    return match !== null && name.startsWith(prefix) && !isProcessRunning(Number(match[1]));
  });
  for (const name of orphans) await rm(join(folder, name), { force: true });
  return orphans;
}

/** The orphans a backup to `target` may find beside it: earlier killed backups to the same name. */
export function removeOrphansBeside(target: string): Promise<string[]> {
  return removeOrphans(dirname(target), `${basename(target)}.partial-`);
}
