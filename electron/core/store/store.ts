/**
 * The storage seam: services ask a store for a unit of work and speak to the repositories it hands them
 * (store/coreRepositories.ts), never to a database. The embedded SQLite store (store/sqlite/sqliteStore.ts)
 * is the default; a server database can fill the same interface (docs/storage.md).
 */
export interface Store<Tx> {
  /** A consistent snapshot for reading; never writes. */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One write transaction: all of the work commits or none of it; writes are serialized. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}
