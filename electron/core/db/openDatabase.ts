/**
 * Opens the archive's SQLite file with the settings every connection needs: WAL (readers never wait for the
 * writer), foreign keys on, a busy timeout so two processes (the app and the command line) can share the file.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** How long a statement waits for another connection's write lock before failing. */
  busyTimeoutMs?: number;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode never corrupts the file; a power cut can at most lose the last commits.
    db.pragma('synchronous = NORMAL');
  }
  // 64 MB of page cache: search reads many notices' texts; the default 2 MB keeps rereading them.
  db.pragma('cache_size = -65536');
  db.pragma('foreign_keys = ON');
  return db;
}
