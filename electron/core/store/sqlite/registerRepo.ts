/**
 * SQLite rows of 收文登记簿: one row per live registered notice with its registration and filing. Our own
 * issued notices are archived too but never registered: they belong to the 发文登记簿, not here.
 */
import type { NoticeRow } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';
import type { RegisterRepository } from '../archiveRepositories';

export function registerRepo(db: Db): RegisterRepository {
  const rows = db.prepare(`
    SELECT n.id, r.registration_number AS registrationNumber, r.received_date AS receivedDate, r.sender,
      n.doc_number AS docNumber, n.title, n.doc_kind AS docKind, n.signed_date AS signedDate, r.secrecy, r.urgency,
      r.due_date AS dueDate, r.handler, r.status, r.stage, f.archival_code AS archivalCode,
      f.retention, n.possible_duplicate AS possibleDuplicate
    FROM notices n
    JOIN registrations r ON r.notice_id = n.id
    LEFT JOIN filings f ON f.notice_id = n.id
    WHERE n.deleted_at IS NULL
    ORDER BY r.received_date DESC, n.id DESC
    LIMIT ?`);
  const count = db.prepare('SELECT count(*) FROM notices n JOIN registrations r ON r.notice_id = n.id WHERE n.deleted_at IS NULL').pluck();
  return {
    // LIMIT -1 is SQLite's "no limit".
    rows: async (limit = -1) =>
      (rows.all(limit) as (Omit<NoticeRow, 'possibleDuplicate'> & { possibleDuplicate: number })[]).map((row): NoticeRow => ({
        ...row,
        possibleDuplicate: row.possibleDuplicate === 1,
      })),
    count: async () => count.get() as number,
  };
}
