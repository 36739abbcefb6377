/**
 * Opens the archive's SQLite file with the settings every connection needs: WAL (readers never wait for the
 * writer), foreign keys on, a busy timeout so two processes (the app and the command line) can share the file.
 * A file that is not one of our archives (archiveIdentity.ts) is refused before any byte of it is written; a
 * missing file is created under a temporary name, marked as ours, and renamed into place, so a run killed
 * while creating it never leaves an unmarked file at the archive's path.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ARCHIVE_APPLICATION_ID, identifyArchive } from './archiveIdentity';
import { MigrationError } from './migrate';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** The file is not one of our archives, or one of a newer version; nothing was written to it. */
export class ArchiveRefusedError extends MigrationError {}

/** How long a statement waits for another connection's write lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

/** Suffix of an archive being created; a leftover one (a killed first start) is simply replaced. */
export const CREATING_SUFFIX = '.creating';

export interface OpenOptions {
  /** A connection that never writes (a second connection for reads); the archive must exist. */
  readonly?: boolean;
}

function createArchiveFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const creating = `${path}${CREATING_SUFFIX}`;
  rmSync(creating, { force: true });
  const db = new Database(creating);
  try {
    db.pragma(`application_id = ${ARCHIVE_APPLICATION_ID}`);
  } finally {
    db.close();
  }
  renameSync(creating, path);
}

/**
 * A plain connection to a file that is not the live archive — a backup being written or checked, a restore
 * candidate — without the archive's checks and settings. The file must exist.
 */
export function openCopy(path: string, options: { readonly?: boolean } = {}): Db {
  return new Database(path, { fileMustExist: true, readonly: options.readonly === true });
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    if (!existsSync(path) && !options.readonly) createArchiveFile(path);
    const identity = identifyArchive(path, MIGRATIONS.at(-1)!.version);
    if (identity.kind === 'refused') throw new ArchiveRefusedError(identity.message);
  }
  const db = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode never corrupts the file; a power cut can at most lose the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // Checkpoints every 64 MB of log instead of 4 MB: an import's unit of work writes a few MB, and the full-text
      // index's pages it rewrites each time were copied into the file at nearly every commit (import 4–6 % faster).
      db.pragma('wal_autocheckpoint = 16384');
    }
    // 64 MB of page cache: search reads many notices' texts; the default 16 MB keeps rereading them.
    db.pragma('cache_size = -65536');
  } catch (error) {
    // A damaged file: leave no handle open.
    db.close();
    throw error;
  }
  return db;
}
