/** SQL of the notices table and the original files kept with them. */
import type { NoticeRef } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';

export interface NewNoticeRow {
  contentHash: string;
  issuer: string | null;
  issuerKey: string | null;
  docNumber: string | null;
  agencyCode: string | null;
  docYear: number | null;
  docSerial: number | null;
  title: string | null;
  docKind: string | null;
  signedDate: string | null;
  year: number | null;
  secrecy: string | null;
  urgency: string | null;
  parsed: Buffer;
  originalText: string;
  sourceName: string;
  sourceFormat: 'txt' | 'docx' | 'pdf' | 'paste';
  possibleDuplicate: boolean;
  importedAt: string;
  /** archive/search/clauseSpans.ts packSpans. */
  clauseSpans: Buffer;
}

export interface NoticeRecord {
  id: number;
  issuer: string | null;
  issuerKey: string | null;
  docNumber: string | null;
  agencyCode: string | null;
  title: string | null;
  docKind: string | null;
  signedDate: string | null;
  year: number | null;
  parsed: Buffer;
  originalText: string;
  sourceName: string;
  sourceFormat: 'txt' | 'docx' | 'pdf' | 'paste';
  possibleDuplicate: boolean;
  importedAt: string;
  deletedAt: string | null;
}

export interface StoredFile {
  fileName: string;
  size: number;
  sha256: string;
  bytes: Buffer | null;
}

export interface HitInfo extends NoticeRef {
  signedDate: string | null;
  /** The original text as UTF-8 bytes (decoding whole texts is what search would spend its time on). */
  originalBytes: Buffer;
  clauseSpans: Buffer | null;
}

/** A notice that shares a 文号 with a citation, for resolving it. */
export interface CitationCandidate {
  id: number;
  issuer: string | null;
  issuerKey: string | null;
  title: string | null;
}

const REF_COLUMNS = 'id, doc_number AS docNumber, title, issuer';

export function noticeRepo(db: Db) {
  // A new id is above every id the audit log has seen: SQLite would otherwise hand a purged notice's id (and
  // with it that notice's kept history and any stale reference to it) to the next notice.
  const insert = db.prepare(`
    INSERT INTO notices (id, content_hash, issuer, issuer_key, doc_number, agency_code, doc_year, doc_serial, title, doc_kind,
      signed_date, year, secrecy, urgency, clause_spans, source_name, source_format, possible_duplicate, imported_at)
    VALUES (max(coalesce((SELECT max(id) FROM notices), 0), coalesce((SELECT max(notice_id) FROM audit_log), 0)) + 1,
      @contentHash, @issuer, @issuerKey, @docNumber, @agencyCode, @docYear, @docSerial, @title, @docKind,
      @signedDate, @year, @secrecy, @urgency, @clauseSpans, @sourceName, @sourceFormat, @possibleDuplicate, @importedAt)`);
  const insertTexts = db.prepare('INSERT INTO notice_texts (notice_id, original_text, parsed) VALUES (?, ?, ?)');
  const byHash = db.prepare('SELECT id, deleted_at AS deletedAt FROM notices WHERE content_hash = ?');
  const get = db.prepare(`
    SELECT n.id, n.issuer, n.issuer_key AS issuerKey, n.doc_number AS docNumber, n.agency_code AS agencyCode, n.title,
      n.doc_kind AS docKind, n.signed_date AS signedDate, n.year, t.parsed, t.original_text AS originalText,
      n.source_name AS sourceName, n.source_format AS sourceFormat, n.possible_duplicate AS possibleDuplicate,
      n.imported_at AS importedAt, n.deleted_at AS deletedAt
    FROM notices n JOIN notice_texts t ON t.notice_id = n.id WHERE n.id = ?`);
  const ref = db.prepare(`SELECT ${REF_COLUMNS} FROM notices WHERE id = ?`);
  const sameIdentityKnown = db.prepare(`
    SELECT ${REF_COLUMNS} FROM notices
    WHERE doc_number = @docNumber AND (issuer_key = @issuerKey OR issuer_key IS NULL) AND id <> @id AND deleted_at IS NULL
    ORDER BY id`);
  const sameIdentityUnknown = db.prepare(`
    SELECT ${REF_COLUMNS} FROM notices WHERE doc_number = @docNumber AND id <> @id AND deleted_at IS NULL ORDER BY id`);
  const byDocNumber = db.prepare(`SELECT ${REF_COLUMNS} FROM notices WHERE doc_number = ? AND deleted_at IS NULL ORDER BY id`);
  const candidates = db.prepare(`
    SELECT id, issuer, issuer_key AS issuerKey, title FROM notices WHERE doc_number = ? AND deleted_at IS NULL ORDER BY id`);
  const issuersOfAgency = db.prepare(`
    SELECT count(*) FROM (
      SELECT DISTINCT issuer_key FROM notices WHERE agency_code = ? AND issuer_key IS NOT NULL AND deleted_at IS NULL LIMIT 2)`);
  const setDeleted = db.prepare('UPDATE notices SET deleted_at = ? WHERE id = ?');
  const setDuplicate = db.prepare('UPDATE notices SET possible_duplicate = ? WHERE id = ?');
  const purge = db.prepare('DELETE FROM notices WHERE id = ?');
  const listDeleted = db.prepare(`SELECT ${REF_COLUMNS}, deleted_at AS deletedAt FROM notices WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`);
  const insertFile = db.prepare('INSERT INTO notice_files (notice_id, file_name, size, sha256, bytes) VALUES (?, ?, ?, ?, ?)');
  const getFile = db.prepare('SELECT file_name AS fileName, size, sha256, bytes FROM notice_files WHERE notice_id = ?');
  const parsedOf = db.prepare('SELECT parsed FROM notice_texts WHERE notice_id = ?').pluck();
  const hitInfos = db.prepare(`
    SELECT n.id, n.doc_number AS docNumber, n.title, n.issuer, n.signed_date AS signedDate,
      CAST(t.original_text AS BLOB) AS originalBytes, n.clause_spans AS clauseSpans
    FROM notices n JOIN notice_texts t ON t.notice_id = n.id
    WHERE n.id IN (SELECT value FROM json_each(?)) AND n.deleted_at IS NULL`);
  const countLive = db.prepare('SELECT count(*) FROM notices WHERE deleted_at IS NULL').pluck();

  return {
    insert(row: NewNoticeRow): number {
      const { parsed, originalText, ...columns } = row;
      const id = Number(insert.run({ ...columns, possibleDuplicate: row.possibleDuplicate ? 1 : 0 }).lastInsertRowid);
      insertTexts.run(id, originalText, parsed);
      return id;
    },
    findByHash: (hash: string) => byHash.get(hash) as { id: number; deletedAt: string | null } | undefined,
    get(id: number): NoticeRecord | undefined {
      const row = get.get(id) as (Omit<NoticeRecord, 'possibleDuplicate'> & { possibleDuplicate: number }) | undefined;
      return row && { ...row, possibleDuplicate: row.possibleDuplicate === 1 };
    },
    ref: (id: number) => ref.get(id) as NoticeRef | undefined,
    /** Live notices other than `id` with the same 文号 and issuer (an unknown issuer matches any). */
    sameIdentity: (id: number, issuerKey: string | null, docNumber: string): NoticeRef[] =>
      (issuerKey === null ? sameIdentityUnknown : sameIdentityKnown).all({ id, issuerKey, docNumber }) as NoticeRef[],
    byDocNumber: (docNumber: string) => byDocNumber.all(docNumber) as NoticeRef[],
    citationCandidates: (docNumber: string) => candidates.all(docNumber) as CitationCandidate[],
    /** How many different issuers use this 机关代字 in the archive (阳政发: 阳泉市 and 阳城县), counted up to 2. */
    issuerCountOfAgency: (agencyCode: string) => issuersOfAgency.pluck().get(agencyCode) as number,
    setDeleted: (id: number, at: string | null) => setDeleted.run(at, id),
    setPossibleDuplicate: (id: number, flag: boolean) => setDuplicate.run(flag ? 1 : 0, id),
    purge: (id: number) => purge.run(id),
    listDeleted: () => listDeleted.all() as (NoticeRef & { deletedAt: string })[],
    insertFile: (noticeId: number, file: StoredFile) => insertFile.run(noticeId, file.fileName, file.size, file.sha256, file.bytes),
    getFile: (noticeId: number) => getFile.get(noticeId) as StoredFile | undefined,
    countLive: () => countLive.get() as number,
    parsedOf: (id: number) => parsedOf.get(id) as Buffer | undefined,
    /** What search hits show of live notices, by id. */
    hitInfos(ids: number[]): Map<number, HitInfo> {
      return new Map((hitInfos.all(JSON.stringify(ids)) as HitInfo[]).map((row) => [row.id, row]));
    },
  };
}

export type NoticeRepo = ReturnType<typeof noticeRepo>;
