/**
 * The embedded store: one SQLite file in WAL mode. Writes go through one connection, one unit of work at a
 * time (an async queue), each in `BEGIN IMMEDIATE` … `COMMIT` (`ROLLBACK` when the work throws), so another
 * process writing the same file waits for the busy timeout instead of failing half-way; while a restore
 * holds the archive (backup/archiveState.ts), writes wait for it to finish. Reads go through a
 * second, read-only connection in their own transaction: a WAL snapshot that never sees an unfinished write
 * and never waits for one. A `read` or `write` started inside a running unit of work (the same async
 * context) joins it rather than queueing behind itself; a joining write runs in a savepoint, so when it
 * throws only its own changes are undone and the outer unit of work goes on (as with nested transactions).
 * A reader's store (the reader core process) opens the file read-only and neither upgrades nor writes it:
 * its `write` fails, and so would any statement that writes, on a connection SQLite itself keeps read-only.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { beginWrite } from '../../backup/archiveState';
import { MIGRATIONS } from '../../db/migrations';
import { migrate, schemaVersion } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/openDatabase';
import type { CoreRepositories } from '../coreRepositories';
import { StorageFailure, type Store } from '../store';
import { sqliteArchiveRepositories } from './archiveRepos';
import { sqliteDraftingRepositories } from './draftingRepos';
import { supervisionRepo } from './supervisionRepo';

export interface SqliteStore extends Store<CoreRepositories> {
  /** The write connection: for what is a property of the embedded file itself (online backup, restore). */
  readonly connection: Db;
  close(): void;
}

/** Same as openDatabase's: how long a reader waits for a lock (only checkpoints and recovery take one). */
const READ_BUSY_TIMEOUT_MS = 10_000;

/** SQLite's codes for the file or the disk failing, as opposed to one statement being refused (a constraint). */
const STORAGE_CODES = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CORRUPT|NOTADB|CANTOPEN)/;

const asStorageFailure = (error: unknown): unknown =>
  STORAGE_CODES.test((error as { code?: string } | null)?.code ?? '') ? new StorageFailure({ cause: error }) : error;

interface Unit {
  kind: 'read' | 'write';
  repos: CoreRepositories;
}

/** Runs tasks one after another, in the order they were queued; a failing task does not stop the queue. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}

const repositoriesOf = (db: Db): CoreRepositories => ({
  ...sqliteArchiveRepositories(db),
  ...sqliteDraftingRepositories(db),
  supervision: supervisionRepo(db),
});

function openReader(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
  // As the writer's: search reads many notices' texts.
  db.pragma('cache_size = -65536');
  return db;
}

/** A reader core tried to write: a mistake in the code, never the clerk's. */
export class ReaderWriteError extends Error {
  constructor() {
    super('A reader core does not write to the archive.');
    this.name = 'ReaderWriteError';
  }
}

export interface SqliteStoreOptions {
  /** Only read the archive (which a writer has opened, and upgraded, before). */
  readOnly?: boolean;
}

/** Runs a unit of work in its own transaction on `db`, as the current unit of its async context. */
function transactionIn(current: AsyncLocalStorage<Unit>) {
  return async <T>(db: Db, begin: () => unknown, unit: Unit, work: (tx: CoreRepositories) => Promise<T>): Promise<T> => {
    try {
      await begin();
    } catch (error) {
      throw asStorageFailure(error);
    }
    try {
      const result = await current.run(unit, () => work(unit.repos));
      db.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite may already have rolled back (a full disk, an I/O error): then there is nothing to undo.
      if (db.inTransaction) db.exec('ROLLBACK');
      throw asStorageFailure(error);
    }
  };
}

/**
 * One read-only connection (opened as the archive's own, so a file that is not ours or is newer is refused):
 * reads as a writer's store reads, in snapshots one at a time; writes refused.
 */
function readOnlyStore(path: string): SqliteStore {
  const db = openDatabase(path, { readonly: true });
  if (schemaVersion(db) !== MIGRATIONS.at(-1)!.version) {
    db.close();
    // Only a writer upgrades the archive, and a reader is started once it has.
    throw new Error('A reader core opened an archive its writer has not upgraded.');
  }
  const repos = repositoriesOf(db);
  const current = new AsyncLocalStorage<Unit>();
  const queue = serialQueue();
  const transaction = transactionIn(current);
  return {
    connection: db,
    read<T>(work: (tx: CoreRepositories) => Promise<T>): Promise<T> {
      const running = current.getStore();
      if (running) return work(running.repos);
      return queue(() => transaction(db, () => db.exec('BEGIN'), { kind: 'read', repos }, work));
    },
    write: () => Promise.reject(new ReaderWriteError()),
    close(): void {
      if (db.open) db.close();
    },
  };
}

/** Opens (creating and upgrading as needed) the archive at `path`; ':memory:' gives one private connection. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (options.readOnly) return readOnlyStore(path);
  const writer = openDatabase(path);
  let reader: Db;
  try {
    migrate(writer, MIGRATIONS);
    reader = path === ':memory:' ? writer : openReader(path);
  } catch (error) {
    writer.close();
    throw error;
  }
  const writeRepos = repositoriesOf(writer);
  const readRepos = reader === writer ? writeRepos : repositoriesOf(reader);
  const current = new AsyncLocalStorage<Unit>();
  const writeQueue = serialQueue();
  // One connection holds one transaction at a time: reads queue among themselves (never behind writes, unless
  // the two share the one in-memory connection).
  const readQueue = reader === writer ? writeQueue : serialQueue();

  let savepoints = 0;

  /** A write inside a running write; nested work runs one piece at a time within its unit of work. */
  async function nested<T>(repos: CoreRepositories, work: (tx: CoreRepositories) => Promise<T>): Promise<T> {
    const name = `nested_${++savepoints}`;
    writer.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work(repos);
      writer.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      if (writer.inTransaction) writer.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    }
  }

  const transaction = transactionIn(current);

  return {
    connection: writer,

    read<T>(work: (tx: CoreRepositories) => Promise<T>): Promise<T> {
      const running = current.getStore();
      if (running) return work(running.repos);
      return readQueue(() => transaction(reader, () => reader.exec('BEGIN'), { kind: 'read', repos: readRepos }, work));
    },

    write<T>(work: (tx: CoreRepositories) => Promise<T>): Promise<T> {
      const running = current.getStore();
      if (running?.kind === 'write') return nested(running.repos, work);
      // A write queued from inside a read would wait on that read's snapshot forever on one connection, and
      // would silently not be part of it on two: it is a mistake in the calling code either way.
      if (running) return Promise.reject(new Error('A write cannot start inside a read unit of work.'));
      return writeQueue(() => transaction(writer, () => beginWrite(writer), { kind: 'write', repos: writeRepos }, work));
    },

    close(): void {
      if (reader !== writer && reader.open) reader.close();
      if (writer.open) writer.close();
    },
  };
}
