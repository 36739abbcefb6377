/**
 * SQLite rows of 收文登记簿: one row per live registered notice with its registration and filing, newest 收文
 * first (then, the registered notices without a 收文 date, newest first). Read in that order from the
 * registrations_received index (migration 25), so the first screen and every page after a cursor cost only
 * their own rows. Our own issued notices are archived too but never registered: they belong to the 发文登记簿.
 */
import type { NoticeRow } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';
import type { RegisterRepository } from '../archiveRepositories';

const COLUMNS = `n.id, r.registration_number AS registrationNumber, r.received_date AS receivedDate, r.sender,
  n.doc_number AS docNumber, n.title, n.doc_kind AS docKind, n.signed_date AS signedDate, r.secrecy, r.urgency,
  r.due_date AS dueDate, r.handler, coalesce(r.status, 'pending') AS status, r.stage, f.archival_code AS archivalCode,
  f.retention, n.possible_duplicate AS possibleDuplicate`;

type Row = Omit<NoticeRow, 'possibleDuplicate'> & { possibleDuplicate: number };

export function registerRepo(db: Db): RegisterRepository {
  // CROSS JOIN keeps registrations as the outer loop: the index gives the order, no sort of every notice.
  const received = (after: string) =>
    db.prepare(`
      SELECT ${COLUMNS}
      FROM registrations r CROSS JOIN notices n ON n.id = r.notice_id
      LEFT JOIN filings f ON f.notice_id = n.id
      WHERE r.received_date IS NOT NULL AND n.deleted_at IS NULL ${after}
      ORDER BY r.received_date DESC, r.notice_id DESC
      LIMIT @limit`);
  const receivedFirst = received('');
  const receivedAfter = received('AND (r.received_date, r.notice_id) < (@receivedDate, @id)');
  const undated = db.prepare(`
    SELECT ${COLUMNS}
    FROM notices n
    JOIN registrations r ON r.notice_id = n.id
    LEFT JOIN filings f ON f.notice_id = n.id
    WHERE n.deleted_at IS NULL AND r.received_date IS NULL AND n.id < @id
    ORDER BY n.id DESC
    LIMIT @limit`);
  // Every registration has its notice (foreign key), so the live ones are all of them less those in the recycle
  // bin: SQLite counts a whole table without reading its rows, and the bin is small; joining every live notice
  // instead costs about 20 ms at 100,000 on each first screen.
  const registered = db.prepare('SELECT count(*) FROM registrations').pluck();
  const binned = db
    .prepare('SELECT count(*) FROM notices n JOIN registrations r ON r.notice_id = n.id WHERE n.deleted_at IS NOT NULL')
    .pluck();
  const rowOf = (row: Row): NoticeRow => ({ ...row, possibleDuplicate: row.possibleDuplicate === 1 });

  return {
    // LIMIT -1 is SQLite's "no limit".
    async rows(limit = -1, after) {
      const rows: Row[] = [];
      if (after?.receivedDate !== null) {
        rows.push(...((after ? receivedAfter.all({ ...after, limit }) : receivedFirst.all({ limit })) as Row[]));
      }
      if (limit < 0 || rows.length < limit) {
        const undatedAfter = after?.receivedDate === null ? after.id : Number.MAX_SAFE_INTEGER;
        rows.push(...(undated.all({ id: undatedAfter, limit: limit < 0 ? -1 : limit - rows.length }) as Row[]));
      }
      return rows.map(rowOf);
    },
    count: async () => (registered.get() as number) - (binned.get() as number),
  };
}
