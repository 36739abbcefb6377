/** SQL of 收文登记: one registration per notice, and the per-year 收文 counters. */
import type { Registration } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';

const COLUMNS = `registration_number AS registrationNumber, sender, received_date AS receivedDate, copies, secrecy, urgency,
  due_date AS dueDate, handler, proposal, status, outcome, note`;

export function registrationRepo(db: Db) {
  const get = db.prepare(`SELECT ${COLUMNS} FROM registrations WHERE notice_id = ?`);
  const insert = db.prepare(`
    INSERT INTO registrations (notice_id, registration_number, sender, received_date, copies, secrecy, urgency, due_date,
      handler, proposal, status, outcome, note, updated_at)
    VALUES (@noticeId, @registrationNumber, @sender, @receivedDate, @copies, @secrecy, @urgency, @dueDate,
      @handler, @proposal, @status, @outcome, @note, @updatedAt)`);
  const update = db.prepare(`
    UPDATE registrations SET registration_number = @registrationNumber, sender = @sender, received_date = @receivedDate,
      copies = @copies, secrecy = @secrecy, urgency = @urgency, due_date = @dueDate, handler = @handler, proposal = @proposal,
      status = @status, outcome = @outcome, note = @note, updated_at = @updatedAt
    WHERE notice_id = @noticeId`);
  const holder = db.prepare('SELECT notice_id FROM registrations WHERE registration_number = ?').pluck();
  const lastSerial = db.prepare('SELECT last_serial FROM registration_counters WHERE year = ?').pluck();
  const setSerial = db.prepare(
    'INSERT INTO registration_counters (year, last_serial) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_serial = excluded.last_serial',
  );

  return {
    get: (noticeId: number) => get.get(noticeId) as Registration | undefined,
    insert: (noticeId: number, registration: Registration, updatedAt: string) => insert.run({ ...registration, noticeId, updatedAt }),
    update: (noticeId: number, registration: Registration, updatedAt: string) => update.run({ ...registration, noticeId, updatedAt }),
    /** The notice holding a 收文编号, if any. */
    holderOf: (registrationNumber: string) => holder.get(registrationNumber) as number | undefined,
    lastSerial: (year: number) => (lastSerial.get(year) as number | undefined) ?? 0,
    setLastSerial: (year: number, serial: number) => setSerial.run(year, serial),
  };
}

export type RegistrationRepo = ReturnType<typeof registrationRepo>;
