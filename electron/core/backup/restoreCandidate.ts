/**
 * Makes a private copy of a backup ready to become the archive, or says in Chinese why it cannot: it must be
 * one of our archives of a version this program knows (archiveIdentity.ts), pass SQLite's integrity check
 * and migrate to the current version. The copy then receives, before it replaces anything, the audit entry
 * of the restore and a new archive generation, so the archive changes content, history and generation in
 * one step.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { identifyArchive } from '../db/archiveIdentity';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { openCopy, type Db } from '../db/openDatabase';
import { renewGeneration } from './archiveState';

export interface RestoreRecord {
  at: string;
  /** The safety copy saved before the restore. */
  safetyCopy: string;
  /** The backup restored from (its name only). */
  source: string;
}

/** Checks the copy at `path` without changing it. */
export function checkCandidate(path: string): ApiResult<void> {
  const identity = identifyArchive(path, MIGRATIONS.at(-1)!.version);
  if (identity.kind === 'refused') {
    if (identity.reason === 'newer') return fail('这个备份来自更新版本的公文台，请先升级本程序再恢复。');
    if (identity.reason === 'foreign') return fail('这不是公文台的数据库备份，没有做任何替换。');
    return fail('这不是有效的数据库文件，没有做任何替换。');
  }
  let candidate: Db | null = null;
  try {
    candidate = openCopy(path, { readonly: true });
    if (candidate.pragma('integrity_check', { simple: true }) !== 'ok') return fail('备份文件已损坏（完整性检查未通过），没有做任何替换。');
    return ok(undefined);
  } catch {
    return fail('备份文件已损坏，无法读取，没有做任何替换。');
  } finally {
    candidate?.close();
  }
}

/** Upgrades the checked copy and records the restore in it. */
export function prepareCandidate(path: string, record: RestoreRecord): ApiResult<void> {
  let candidate: Db | null = null;
  try {
    candidate = openCopy(path);
    candidate.pragma('journal_mode = DELETE');
    candidate.pragma('foreign_keys = ON');
    migrate(candidate, MIGRATIONS);
    const db = candidate;
    db.transaction(() => {
      renewGeneration(db);
      db.prepare("INSERT INTO audit_log (at, notice_id, action, field, before, after) VALUES (?, NULL, 'restore-backup', NULL, ?, ?)").run(
        record.at,
        record.safetyCopy,
        record.source,
      );
    })();
    return ok(undefined);
  } catch {
    return fail('这个备份无法升级到本程序的版本，没有做任何替换。');
  } finally {
    candidate?.close();
  }
}
