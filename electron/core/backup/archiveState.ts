/**
 * The archive's state across processes (migration 21). Its generation is a random value that a restore
 * changes in the same step that replaces the archive's content: work that noted it before and finds it
 * changed knows that what it wrote earlier is gone, and must stop and say so rather than report it. While a
 * restore runs, the restoring process's id is recorded: every write of this program (beginWrite) waits for
 * it to finish, so nothing commits between the safety copy and the replacement and is silently lost. A
 * process that died while restoring holds nothing: its mark is ignored and cleared.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/openDatabase';
import { isProcessRunning } from '../process/processRunning';

/** How long a write waits for a restore in another process (or this one) to finish. */
const RESTORE_WAIT_MS = 5 * 60_000;
const POLL_MS = 50;

export function readGeneration(db: Db): string {
  return db.prepare('SELECT generation FROM archive_state WHERE id = 1').pluck().get() as string;
}

/** Gives the archive a new generation and no restore mark (used on a restore candidate before it goes in). */
export function renewGeneration(db: Db): string {
  const generation = randomBytes(8).toString('hex');
  db.prepare('INSERT OR REPLACE INTO archive_state (id, generation, restoring_pid) VALUES (1, ?, NULL)').run(generation);
  return generation;
}

/** Work begun before a restore replaced the archive; none of what it wrote is in the archive now. */
export class ArchiveReplacedError extends Error {
  constructor() {
    super('档案在操作进行中已从备份恢复，本次操作此前写入的内容不在恢复后的档案中，请重新操作。');
    this.name = 'ArchiveReplacedError';
  }
}

/** A restore held the archive for longer than a write waits. */
export class RestoreInProgressError extends Error {
  constructor() {
    super('档案正在从备份恢复，请等恢复完成后再试。');
    this.name = 'RestoreInProgressError';
  }
}

/** The live process restoring the archive, if any; a dead one's mark is cleared (the caller holds the write lock). */
function restoringProcess(db: Db): number | null {
  const pid = db.prepare('SELECT restoring_pid FROM archive_state WHERE id = 1').pluck().get() as number | null | undefined;
  if (pid === null || pid === undefined) return null;
  if (isProcessRunning(pid)) return pid;
  db.prepare('UPDATE archive_state SET restoring_pid = NULL WHERE id = 1').run();
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * BEGIN IMMEDIATE, once no restore is running: a write that finds one rolls back, waits and tries again.
 * Returns with the write transaction open.
 */
export async function beginWrite(db: Db): Promise<void> {
  const deadline = Date.now() + RESTORE_WAIT_MS;
  for (;;) {
    db.exec('BEGIN IMMEDIATE');
    let restoring: number | null;
    try {
      restoring = restoringProcess(db);
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    if (restoring === null) return;
    db.exec('ROLLBACK');
    if (Date.now() > deadline) throw new RestoreInProgressError();
    await sleep(POLL_MS);
  }
}

/**
 * Marks the archive as being restored by this process, once the connection is free (a write of this
 * process's own may be running on it) and no other process is restoring. False when another one is.
 */
export async function markRestoring(db: Db): Promise<boolean> {
  while (db.inTransaction) await sleep(POLL_MS / 5);
  db.exec('BEGIN IMMEDIATE');
  try {
    const other = restoringProcess(db);
    if (other !== null && other !== process.pid) {
      db.exec('ROLLBACK');
      return false;
    }
    db.prepare('UPDATE archive_state SET restoring_pid = ? WHERE id = 1').run(process.pid);
    db.exec('COMMIT');
    return true;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Clears this process's mark after a restore that replaced nothing. */
export async function clearRestoring(db: Db): Promise<void> {
  while (db.inTransaction) await sleep(POLL_MS / 5);
  db.prepare('UPDATE archive_state SET restoring_pid = NULL WHERE id = 1 AND restoring_pid = ?').run(process.pid);
}
