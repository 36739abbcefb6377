/** SQL of the audit log: append-only rows of what changed, when, before → after. */
import type { Db } from '../../db/openDatabase';

export type AuditAction = 'import' | 'update' | 'delete' | 'restore' | 'purge' | 'file' | 'keep-duplicate' | 'restore-backup' | 'settings';

export interface AuditEntry {
  at: string;
  noticeId: number | null;
  action: AuditAction;
  field: string | null;
  before: string | null;
  after: string | null;
}

export function auditRepo(db: Db) {
  const insert = db.prepare('INSERT INTO audit_log (at, notice_id, action, field, before, after) VALUES (@at, @noticeId, @action, @field, @before, @after)');
  const ofNotice = db.prepare('SELECT at, notice_id AS noticeId, action, field, before, after FROM audit_log WHERE notice_id = ? ORDER BY id');
  return {
    record: (entry: AuditEntry) => insert.run(entry),
    ofNotice: (noticeId: number) => ofNotice.all(noticeId) as AuditEntry[],
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
