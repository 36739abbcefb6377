/**
 * The archive generation (migration 21): a random value that a restore changes in the same step that
 * replaces the archive's content. A process that read it before a piece of work and finds it changed when
 * it writes knows that a restore replaced the archive in between: what it wrote earlier is gone, and it must
 * stop and say so rather than report it.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/openDatabase';

export function readGeneration(db: Db): string {
  return db.prepare('SELECT generation FROM archive_state WHERE id = 1').pluck().get() as string;
}

/** Gives the archive a new generation; returns it. */
export function renewGeneration(db: Db): string {
  const generation = randomBytes(8).toString('hex');
  db.prepare('INSERT OR REPLACE INTO archive_state (id, generation) VALUES (1, ?)').run(generation);
  return generation;
}

/** Work begun before a restore replaced the archive; none of it is in the archive now. */
export class ArchiveReplacedError extends Error {
  constructor() {
    super('档案在操作进行中已被另一处从备份恢复，本次操作此前写入的内容不在恢复后的档案中，请重新操作。');
  }
}

/** Throws ArchiveReplacedError when the archive's generation is no longer `expected`. */
export function assertGeneration(db: Db, expected: string): void {
  if (readGeneration(db) !== expected) throw new ArchiveReplacedError();
}
