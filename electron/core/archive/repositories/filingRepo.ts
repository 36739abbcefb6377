/** SQL of 归档: a notice's filing and the next 件号 within its 全宗, 年度, 保管期限 and 机构. */
import type { Retention } from '../../../../shared/api/fields';
import type { Db } from '../../db/openDatabase';

export interface FilingRow {
  noticeId: number;
  fondsCode: string;
  year: number;
  retention: Retention;
  department: string;
  itemNumber: number;
  archivalCode: string;
  filedAt: string;
}

export interface CatalogueRow extends FilingRow {
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  signedDate: string | null;
  secrecy: string | null;
}

const COLUMNS = `notice_id AS noticeId, fonds_code AS fondsCode, year, retention, department, item_number AS itemNumber,
  archival_code AS archivalCode, filed_at AS filedAt`;

export function filingRepo(db: Db) {
  const get = db.prepare(`SELECT ${COLUMNS} FROM filings WHERE notice_id = ?`);
  const upsert = db.prepare(`
    INSERT INTO filings (notice_id, fonds_code, year, retention, department, item_number, archival_code, filed_at)
    VALUES (@noticeId, @fondsCode, @year, @retention, @department, @itemNumber, @archivalCode, @filedAt)
    ON CONFLICT (notice_id) DO UPDATE SET fonds_code = excluded.fonds_code, year = excluded.year, retention = excluded.retention,
      department = excluded.department, item_number = excluded.item_number, archival_code = excluded.archival_code,
      filed_at = excluded.filed_at`);
  const lastItem = db
    .prepare('SELECT max(item_number) FROM filings WHERE fonds_code = ? AND year = ? AND retention = ? AND department = ? AND notice_id <> ?')
    .pluck();
  const holder = db.prepare('SELECT notice_id FROM filings WHERE archival_code = ?').pluck();
  const catalogue = db.prepare(`
    SELECT f.notice_id AS noticeId, f.fonds_code AS fondsCode, f.year, f.retention, f.department, f.item_number AS itemNumber,
      f.archival_code AS archivalCode, f.filed_at AS filedAt, n.doc_number AS docNumber, n.issuer, n.title,
      n.signed_date AS signedDate, n.secrecy
    FROM filings f JOIN notices n ON n.id = f.notice_id AND n.deleted_at IS NULL
    WHERE f.year = ? ORDER BY CASE f.retention WHEN 'permanent' THEN 0 WHEN '30y' THEN 1 ELSE 2 END, f.department, f.item_number`);

  return {
    get: (noticeId: number) => get.get(noticeId) as FilingRow | undefined,
    upsert: (row: FilingRow) => upsert.run(row),
    /** The highest 件号 used in a series, not counting the notice being (re)filed. */
    lastItemNumber: (fondsCode: string, year: number, retention: Retention, department: string, exceptNoticeId: number) =>
      (lastItem.get(fondsCode, year, retention, department, exceptNoticeId) as number | null) ?? 0,
    holderOf: (archivalCode: string) => holder.get(archivalCode) as number | undefined,
    catalogue: (year: number) => catalogue.all(year) as CatalogueRow[],
  };
}

export type FilingRepo = ReturnType<typeof filingRepo>;
