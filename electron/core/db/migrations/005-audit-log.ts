/**
 * Migration 5: the audit log — every change to a notice, its registration or filing: what, when, the field,
 * before → after. It has no foreign key so a purged notice's history remains. Notices archived before this
 * migration get their import entry.
 */
import type { Migration } from '../migrate';

export const auditLogMigration: Migration = {
  version: 5,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        notice_id INTEGER,
        action TEXT NOT NULL,
        field TEXT,
        before TEXT,
        after TEXT
      );
      CREATE INDEX audit_log_notice ON audit_log (notice_id, id);
      INSERT INTO audit_log (at, notice_id, action, field, before, after)
        SELECT imported_at, id, 'import', NULL, NULL, json_object('docNumber', doc_number, 'title', title, 'source', source_name)
        FROM notices ORDER BY id;
    `);
  },
};
