/** A temporary archive file with its backup service, for backup tests: opened and migrated as the core does. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../electron/core/archive/clock';
import { backupService, type BackupOptions, type BackupService } from '../../../electron/core/backup/backupService';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, type Db } from '../../../electron/core/db/openDatabase';

export interface TempArchive {
  dir: string;
  dbPath: string;
  backupDir: string;
  db: Db;
  backup: BackupService;
  dispose(): void;
}

export function tempArchive(clock: Clock = () => new Date(2025, 4, 6, 9, 30, 0), options: Partial<BackupOptions> = {}): TempArchive {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-backup-'));
  const dbPath = join(dir, 'gongwen.db');
  const backupDir = join(dir, 'backups');
  const db = openDatabase(dbPath);
  migrate(db, MIGRATIONS);
  return {
    dir,
    dbPath,
    backupDir,
    db,
    backup: backupService({ db, clock }, { dbPath, backupDir, ...options }),
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export const docNumbers = (db: Db) => db.prepare('SELECT doc_number FROM notices ORDER BY doc_number').pluck().all() as string[];
