/** SQLite rows of citations: what each notice cites and what each citation resolved to. */
import type { NoticeRef } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';
import type { CitationRepository, CitationRow } from '../archiveRepositories';

const COLUMNS = 'id, notice_id AS noticeId, doc_number AS docNumber, agency_code AS agencyCode, title, state, target_id AS targetId';

export function citationRepo(db: Db): CitationRepository {
  const insert = db.prepare(
    "INSERT INTO citations (notice_id, position, doc_number, agency_code, title, state) VALUES (?, ?, ?, ?, ?, 'missing')",
  );
  const ofNotice = db.prepare(`SELECT ${COLUMNS} FROM citations WHERE notice_id = ? ORDER BY position`);
  const ofDocNumber = db.prepare(`SELECT ${COLUMNS} FROM citations WHERE doc_number = ?`);
  const ofAgency = db.prepare(`SELECT ${COLUMNS} FROM citations WHERE agency_code = ?`);
  const setState = db.prepare('UPDATE citations SET state = ?, target_id = ? WHERE id = ?');
  const citing = db.prepare(`
    SELECT DISTINCT n.id, n.doc_number AS docNumber, n.title, n.issuer
    FROM citations c JOIN notices n ON n.id = c.notice_id AND n.deleted_at IS NULL
    WHERE c.target_id = ? AND c.state = 'linked' ORDER BY n.signed_date, n.id`);

  return {
    async insertAll(noticeId, citations) {
      citations.forEach((c, position) => insert.run(noticeId, position, c.docNumber, c.agencyCode, c.title));
    },
    ofNotice: async (noticeId) => ofNotice.all(noticeId) as CitationRow[],
    ofDocNumber: async (docNumber) => ofDocNumber.all(docNumber) as CitationRow[],
    ofAgencyCode: async (agencyCode) => ofAgency.all(agencyCode) as CitationRow[],
    async setState(id, state, targetId) {
      setState.run(state, targetId, id);
    },
    citing: async (noticeId) => citing.all(noticeId) as NoticeRef[],
  };
}
