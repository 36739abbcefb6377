/** SQLite rows of the audit log: append-only, what changed, when, before → after. */
import type { Db } from '../../db/openDatabase';
import type { AuditEntry, AuditRepository } from '../archiveRepositories';

export function auditRepo(db: Db): AuditRepository {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, notice_id, action, field, before, after) VALUES (@at, @noticeId, @action, @field, @before, @after)',
  );
  const ofNotice = db.prepare(
    'SELECT at, notice_id AS noticeId, action, field, before, after FROM audit_log WHERE notice_id = ? ORDER BY id',
  );
  return {
    async record(entry) {
      insert.run(entry);
    },
    ofNotice: async (noticeId) => ofNotice.all(noticeId) as AuditEntry[],
  };
}
