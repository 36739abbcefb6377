/** SQLite rows of the notices table, their texts and the original files kept with them. */
import type { NoticeRef } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';
import type { CitationCandidate, HitInfo, NoticeRecord, NoticeRepository, ParsedOf, StoredFile } from '../archiveRepositories';

const REF_COLUMNS = 'id, doc_number AS docNumber, title, issuer';

export function noticeRepo(db: Db): NoticeRepository {
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
  // Issuers of live notices are in order under each 机关代字 (migration 28): the first and last tell 0, 1 or more.
  const issuersOfAgency = db
    .prepare(
      `
    SELECT CASE WHEN first IS NULL THEN 0 WHEN first = last THEN 1 ELSE 2 END FROM (SELECT
      (SELECT min(issuer_key) FROM notices WHERE agency_code = @agencyCode AND deleted_at IS NULL) AS first,
      (SELECT max(issuer_key) FROM notices WHERE agency_code = @agencyCode AND deleted_at IS NULL) AS last)`,
    )
    .pluck();
  const setDeleted = db.prepare('UPDATE notices SET deleted_at = ? WHERE id = ?');
  const setDuplicate = db.prepare('UPDATE notices SET possible_duplicate = ? WHERE id = ?');
  const purge = db.prepare('DELETE FROM notices WHERE id = ?');
  const listDeleted = db.prepare(
    `SELECT ${REF_COLUMNS}, deleted_at AS deletedAt FROM notices WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`,
  );
  const insertFile = db.prepare('INSERT INTO notice_files (notice_id, file_name, size, sha256, bytes) VALUES (?, ?, ?, ?, ?)');
  const getFile = db.prepare('SELECT file_name AS fileName, size, sha256, bytes FROM notice_files WHERE notice_id = ?');
  const parsedOf = db.prepare('SELECT parsed, original_text AS originalText FROM notice_texts WHERE notice_id = ?');
  const hitInfos = db.prepare(`
    SELECT n.id, n.doc_number AS docNumber, n.title, n.issuer, n.signed_date AS signedDate,
      CAST(t.original_text AS BLOB) AS originalBytes, n.clause_spans AS clauseSpans
    FROM notices n JOIN notice_texts t ON t.notice_id = n.id
    WHERE n.id IN (SELECT value FROM json_each(?)) AND n.deleted_at IS NULL`);
  const countLive = db.prepare('SELECT count(*) FROM notices WHERE deleted_at IS NULL').pluck();

  // The years from their index, jumping from one to the next below it (a few dozen lookups, not a row per
  // notice), each kept when a live notice has it.
  const facetYears = db
    .prepare(
      `WITH RECURSIVE years (year) AS (
         SELECT max(year) FROM notices
         UNION ALL SELECT (SELECT max(year) FROM notices WHERE year < years.year) FROM years WHERE years.year IS NOT NULL)
       SELECT year FROM years
       WHERE year IS NOT NULL AND EXISTS (SELECT 1 FROM notices n WHERE n.year = years.year AND n.deleted_at IS NULL)
       ORDER BY year DESC`,
    )
    .pluck();
  // Issuers and 文种 in one pass over the live notices (no index holds them): a pass each cost as much again.
  const facetNames = db.prepare(`
    WITH pairs AS MATERIALIZED (SELECT DISTINCT issuer, doc_kind FROM notices WHERE deleted_at IS NULL)
    SELECT 'issuer' AS facet, issuer AS name FROM pairs WHERE issuer IS NOT NULL
    UNION SELECT 'docKind', doc_kind FROM pairs WHERE doc_kind IS NOT NULL
    ORDER BY facet, name`);

  return {
    async insert(row) {
      const { parsed, originalText, ...columns } = row;
      const id = Number(insert.run({ ...columns, possibleDuplicate: row.possibleDuplicate ? 1 : 0 }).lastInsertRowid);
      insertTexts.run(id, originalText, parsed);
      return id;
    },
    findByHash: async (hash) => byHash.get(hash) as { id: number; deletedAt: string | null } | undefined,
    async get(id) {
      const row = get.get(id) as (Omit<NoticeRecord, 'possibleDuplicate'> & { possibleDuplicate: number }) | undefined;
      return row && { ...row, possibleDuplicate: row.possibleDuplicate === 1 };
    },
    ref: async (id) => ref.get(id) as NoticeRef | undefined,
    sameIdentity: async (id, issuerKey, docNumber) =>
      (issuerKey === null ? sameIdentityUnknown : sameIdentityKnown).all({ id, issuerKey, docNumber }) as NoticeRef[],
    byDocNumber: async (docNumber) => byDocNumber.all(docNumber) as NoticeRef[],
    citationCandidates: async (docNumber) => candidates.all(docNumber) as CitationCandidate[],
    issuerCountOfAgency: async (agencyCode) => issuersOfAgency.get({ agencyCode }) as number,
    async setDeleted(id, at) {
      setDeleted.run(at, id);
    },
    async setPossibleDuplicate(id, flag) {
      setDuplicate.run(flag ? 1 : 0, id);
    },
    async purge(id) {
      purge.run(id);
    },
    listDeleted: async () => listDeleted.all() as (NoticeRef & { deletedAt: string })[],
    async insertFile(noticeId, file) {
      insertFile.run(noticeId, file.fileName, file.size, file.sha256, file.bytes);
    },
    getFile: async (noticeId) => getFile.get(noticeId) as StoredFile | undefined,
    countLive: async () => countLive.get() as number,
    parsedOf: async (id) => parsedOf.get(id) as ParsedOf | undefined,
    hitInfos: async (ids) => new Map((hitInfos.all(JSON.stringify(ids)) as HitInfo[]).map((row) => [row.id, row])),
    async facets() {
      const names = facetNames.all() as { facet: 'issuer' | 'docKind'; name: string }[];
      const of = (facet: 'issuer' | 'docKind') => names.filter((row) => row.facet === facet).map((row) => row.name);
      return { years: facetYears.all() as number[], issuers: of('issuer'), docKinds: of('docKind') };
    },
  };
}
