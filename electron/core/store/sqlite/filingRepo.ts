/** SQLite rows of 归档: a notice's filing, its 页数, and the next 件号 within its 全宗, 年度, 保管期限 and 机构. */
import type { Db } from '../../db/openDatabase';
import type { CatalogueRow, FilingRepository, FilingRow } from '../archiveRepositories';

const COLUMNS = `notice_id AS noticeId, fonds_code AS fondsCode, year, retention, department, item_number AS itemNumber,
  archival_code AS archivalCode, filed_at AS filedAt`;

export function filingRepo(db: Db): FilingRepository {
  const get = db.prepare(`SELECT ${COLUMNS} FROM filings WHERE notice_id = ?`);
  const upsert = db.prepare(`
    INSERT INTO filings (notice_id, fonds_code, year, retention, department, item_number, archival_code, filed_at)
    VALUES (@noticeId, @fondsCode, @year, @retention, @department, @itemNumber, @archivalCode, @filedAt)
    ON CONFLICT (notice_id) DO UPDATE SET fonds_code = excluded.fonds_code, year = excluded.year, retention = excluded.retention,
      department = excluded.department, item_number = excluded.item_number, archival_code = excluded.archival_code,
      filed_at = excluded.filed_at`);
  const lastItem = db
    .prepare(
      'SELECT max(item_number) FROM filings WHERE fonds_code = ? AND year = ? AND retention = ? AND department = ? AND notice_id <> ?',
    )
    .pluck();
  const catalogue = db.prepare(`
    SELECT f.notice_id AS noticeId, f.fonds_code AS fondsCode, f.year, f.retention, f.department, f.item_number AS itemNumber,
      f.archival_code AS archivalCode, f.filed_at AS filedAt, n.doc_number AS docNumber, n.issuer, n.title,
      n.signed_date AS signedDate, n.secrecy, f.pages, n.source_format AS sourceFormat
    FROM filings f JOIN notices n ON n.id = f.notice_id AND n.deleted_at IS NULL
    WHERE f.year = ? ORDER BY CASE f.retention WHEN 'permanent' THEN 0 WHEN '30y' THEN 1 ELSE 2 END, f.department, f.item_number`);
  const pages = db.prepare('SELECT pages FROM filings WHERE notice_id = ?').pluck();
  const setPages = db.prepare('UPDATE filings SET pages = ? WHERE notice_id = ?');

  return {
    get: async (noticeId) => get.get(noticeId) as FilingRow | undefined,
    async upsert(row) {
      upsert.run(row);
    },
    lastItemNumber: async (fondsCode, year, retention, department, exceptNoticeId) =>
      (lastItem.get(fondsCode, year, retention, department, exceptNoticeId) as number | null) ?? 0,
    catalogue: async (year) => catalogue.all(year) as CatalogueRow[],
    pages: async (noticeId) => (pages.get(noticeId) as number | null | undefined) ?? null,
    setPages: async (noticeId, figure) => setPages.run(figure, noticeId).changes > 0,
  };
}
