/**
 * SQL of the 发文 register: each 文号 handed out, reserved for a draft, issued, or 作废. The next serial
 * looks at the register and at the organization's own notices already in the archive, so numbers
 * issued before the app was used are not handed out again.
 */
import type { Db } from '../../db/openDatabase';

export type NumberState = 'reserved' | 'issued' | 'void';

export interface IssuedNumberRow {
  id: number;
  agencyCode: string;
  year: number;
  serial: number;
  docNumber: string;
  state: NumberState;
  draftId: number | null;
  noticeId: number | null;
  title: string | null;
  reason: string | null;
  at: string;
}

const COLUMNS = `id, agency_code AS agencyCode, year, serial, doc_number AS docNumber, state, draft_id AS draftId,
  notice_id AS noticeId, title, reason, at`;

export function issuanceRepo(db: Db) {
  const lastInRegister = db.prepare('SELECT max(serial) FROM issued_numbers WHERE agency_code = ? AND year = ?').pluck();
  // Notices in the recycle bin count too: they can be restored, and their 文号 must stay theirs.
  const lastInArchive = db.prepare('SELECT max(doc_serial) FROM notices WHERE agency_code = ? AND doc_year = ? AND issuer = ?').pluck();
  const insert = db.prepare(`
    INSERT INTO issued_numbers (agency_code, year, serial, doc_number, state, draft_id, title, at)
    VALUES (@agencyCode, @year, @serial, @docNumber, 'reserved', @draftId, @title, @at)`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE id = ?`);
  const byDocNumber = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE doc_number = ?`);
  const liveOfDraft = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE draft_id = ? AND state <> 'void'`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers ORDER BY year DESC, agency_code, serial DESC`);
  const listYear = db.prepare(`SELECT ${COLUMNS} FROM issued_numbers WHERE year = ? ORDER BY agency_code, serial DESC`);
  const setIssued = db.prepare("UPDATE issued_numbers SET state = 'issued', notice_id = @noticeId, at = @at WHERE id = @id");
  const setVoid = db.prepare("UPDATE issued_numbers SET state = 'void', reason = @reason, at = @at WHERE id = @id");
  const remove = db.prepare('DELETE FROM issued_numbers WHERE id = ?');
  return {
    /** The highest serial used for a 机关代字 and year, in the register or by the issuer's archived notices. */
    lastSerial(agencyCode: string, year: number, issuer: string): number {
      const register = (lastInRegister.get(agencyCode, year) as number | null) ?? 0;
      const archive = (lastInArchive.get(agencyCode, year, issuer) as number | null) ?? 0;
      return Math.max(register, archive);
    },
    insert: (row: { agencyCode: string; year: number; serial: number; docNumber: string; draftId: number | null; title: string | null }, at: string) =>
      Number(insert.run({ ...row, at }).lastInsertRowid),
    get: (id: number) => (byId.get(id) as IssuedNumberRow | undefined) ?? null,
    byDocNumber: (docNumber: string) => (byDocNumber.get(docNumber) as IssuedNumberRow | undefined) ?? null,
    liveOfDraft: (draftId: number) => (liveOfDraft.get(draftId) as IssuedNumberRow | undefined) ?? null,
    list: (year?: number) => (year === undefined ? list.all() : listYear.all(year)) as IssuedNumberRow[],
    setIssued: (id: number, noticeId: number, at: string) => setIssued.run({ id, noticeId, at }),
    setVoid: (id: number, reason: string, at: string) => setVoid.run({ id, reason, at }),
    delete: (id: number) => remove.run(id),
  };
}

export type IssuanceRepo = ReturnType<typeof issuanceRepo>;
