/**
 * The automatic backups every host makes while the archive is open, the same in the desktop app and in
 * browser mode: one shortly after start (off the critical path of the first screen), then one a day for as
 * long as the host keeps running. Each goes through the core's backup.create, which names it by time and
 * rotates the older automatic backups (backupService.autoBackup). The timers never keep a process alive.
 */
import type { ApiResult } from '../../../shared/api/method';

export const FIRST_BACKUP_DELAY_MS = 30_000;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface BackupScheduleOptions {
  firstDelayMs?: number;
  intervalMs?: number;
  /** Told why an automatic backup failed (a Chinese sentence from the core). */
  onFailure?: (message: string) => void;
}

/** Starts the schedule; the returned function stops it. */
export function scheduleAutomaticBackups(createBackup: () => Promise<ApiResult<unknown>>, options: BackupScheduleOptions = {}): () => void {
  const run = () =>
    void createBackup().then(
      (made) => {
        if (!made.ok) options.onFailure?.(`自动备份失败：${made.error}`);
      },
      (error: unknown) => options.onFailure?.(`自动备份失败：${error instanceof Error ? error.message : String(error)}`),
    );
  let daily: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    run();
    daily = setInterval(run, options.intervalMs ?? BACKUP_INTERVAL_MS).unref();
  }, options.firstDelayMs ?? FIRST_BACKUP_DELAY_MS).unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
