/**
 * SQLite rows of the 发文 register: each 文号 handed out, reserved for a draft, issued, or 作废. The next
 * serial looks at the register and at the organization's own notices already in the archive. The UNIQUE
 * indexes on (机关代字, year, serial) and on a draft's live number are the last guard against duplicates.
 */
import type { Db } from '../../db/openDatabase';
import { NumberTakenError, type IssuanceRepository, type RegisteredNumber } from '../draftingRepositories';

const COLUMNS = `id, agency_code AS agencyCode, year, serial, doc_number AS docNumber, state, draft_id AS draftId,
  notice_id AS noticeId, title, reason, at`;

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes((error as { code?: string }).code ?? '');

export function issuanceRepo(db: Db): IssuanceRepository {
  const lastInRegister = db.prepare('SELECT max(serial) FROM issued_numbers WHERE agency_code = ? AND year = ?').pluck();
  // Notices in the recycle bin count too: they can be restored, and their 文号 must stay theirs.
  const lastInArchive = db.prepare('SELECT max(doc_serial) FROM notices WHERE agency_code = ? AND doc_year = ? AND issuer = ?').pluck();
  const insert = db.prepare(`
    INSERT INTO issued_numbers (agency_code, year, serial, doc_number, state, draft_id, title, at)
    VALUES (@agencyCode, @year, @serial, @docNumber, 'reserved', @draftId, @title, @at)`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE id = ?`);
  const byDocNumber = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE doc_number = ?`);
  const liveOfDraft = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE draft_id = ? AND state <> 'void'`);
  const last = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE agency_code = ? AND year = ? ORDER BY serial DESC LIMIT 1`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers ORDER BY year DESC, agency_code, serial DESC`);
  const listYear = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE year = ? ORDER BY agency_code, serial DESC`);
  const setIssued = db.prepare("UPDATE issued_numbers SET state = 'issued', notice_id = @noticeId, at = @at WHERE id = @id");
  const setVoid = db.prepare("UPDATE issued_numbers SET state = 'void', reason = @reason, at = @at WHERE id = @id");
  const remove = db.prepare('DELETE FROM issued_numbers WHERE id = ?');

  const one = (row: unknown) => (row as RegisteredNumber | undefined) ?? null;

  return {
    async lastSerial(agencyCode: string, year: number, issuer: string) {
      const register = (lastInRegister.get(agencyCode, year) as number | null) ?? 0;
      const archive = (lastInArchive.get(agencyCode, year, issuer) as number | null) ?? 0;
      return Math.max(register, archive);
    },
    async reserve(entry, at) {
      try {
        return one(byId.get(insert.run({ ...entry, at }).lastInsertRowid))!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new NumberTakenError(entry.docNumber);
        throw error;
      }
    },
    get: async (id: number) => one(byId.get(id)),
    byDocNumber: async (docNumber: string) => one(byDocNumber.get(docNumber)),
    liveOfDraft: async (draftId: number) => one(liveOfDraft.get(draftId)),
    last: async (agencyCode: string, year: number) => one(last.get(agencyCode, year)),
    list: async (year?: number) => (year === undefined ? list.all() : listYear.all(year)) as RegisteredNumber[],
    async setIssued(id: number, noticeId: number, at: string) {
      setIssued.run({ id, noticeId, at });
    },
    async setVoid(id: number, reason: string, at: string) {
      setVoid.run({ id, reason, at });
    },
    async delete(id: number) {
      remove.run(id);
    },
  };
}
