/** Test helpers for the archive: a core over a fresh temporary database, a fixed clock, notices written to order. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createApi } from '../../../electron/core/api/createApi';
import type { Dispatch } from '../../../electron/core/api/dispatcher';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/createCore';
import { readerBundleUrl } from '../../cliBundle';

export { noticeText, type NoticeSpec } from './noticeText';

export interface TempCore {
  core: Core;
  /** The core behind the contract, as every host calls it: arguments are validated here, once. */
  api: Dispatch;
  dir: string;
  dbPath: string;
  /**
   * A second connection to the archive file, for looking at (or sabotaging) its tables directly: the core
   * keeps its storage to itself.
   */
  sql(): Database.Database;
  /** Closes the core and removes the folder. */
  dispose(): void;
}

/** 2025-05-06 09:30 local time: every registration made in a test is received that day. */
export const fixedClock = () => new Date(2025, 4, 6, 9, 30, 0);

export function tempCore(options: Partial<CoreOptions> = {}): TempCore {
  return coreIn(mkdtempSync(join(tmpdir(), 'gongwen-archive-')), options);
}

/**
 * An archive prepared once (the corpus imported, say) for the tests of a file that only read it or build on
 * it: each `copy()` is a core of its own over a fresh copy of that archive, as if it had been prepared anew.
 */
export async function archiveTemplate(prepare: (t: TempCore) => Promise<void>): Promise<{ copy(): TempCore; dispose(): void }> {
  const template = tempCore();
  await prepare(template);
  // Closing the last connection checkpoints the write-ahead log into the file: the file alone is the archive.
  template.core.close();
  return {
    copy() {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-archive-'));
      copyFileSync(template.dbPath, join(dir, 'archive.db'));
      return coreIn(dir, {});
    },
    dispose: () => rmSync(template.dir, { recursive: true, force: true }),
  };
}

function coreIn(dir: string, options: Partial<CoreOptions>): TempCore {
  const dbPath = join(dir, 'archive.db');
  const core = createCore({ dbPath, clock: fixedClock, readerUrl: readerBundleUrl(), ...options });
  let connection: Database.Database | null = null;
  return {
    core,
    api: createApi(core),
    dir,
    dbPath,
    sql() {
      connection ??= new Database(dbPath);
      return connection;
    },
    dispose() {
      connection?.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Unwraps an ApiResult in a test, failing with its message. */
export function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}
