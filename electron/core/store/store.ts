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

/**
 * The storage itself failed — the disk is full, an I/O error, the archive locked by another process for
 * too long, a damaged or read-only file — rather than one piece of work being refused: nothing written in
 * the unit of work was kept, and further work is likely to fail the same way (an import stops instead of
 * failing every remaining file).
 */
export class StorageFailure extends Error {
  constructor(options: { cause: unknown }) {
    super('档案库当前无法写入（磁盘已满、读写出错、被其他程序占用过久或文件已损坏），这次操作没有写入任何内容。', options);
    this.name = 'StorageFailure';
  }
}
