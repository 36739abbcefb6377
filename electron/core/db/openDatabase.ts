/**
 * Opens the archive's SQLite file with the settings every connection needs: WAL (readers never wait for the
 * writer), foreign keys on, a busy timeout so two processes (the app and the command line) can share the file.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/** How long a statement waits for another connection's write lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode never corrupts the file; a power cut can at most lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache: search reads many notices' texts; the default 16 MB keeps rereading them.
    db.pragma('cache_size = -65536');
  } catch (error) {
    // Not a database (or a damaged one): nothing was written; leave no handle open.
    db.close();
    throw error;
  }
  return db;
}
