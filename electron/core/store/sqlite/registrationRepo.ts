/** SQLite rows of 收文登记: one registration per notice, and the per-year 收文 counters. */
import type { Registration } from '../../../../shared/api/archiveContract';
import type { Db } from '../../db/openDatabase';
import type { RegistrationRepository } from '../archiveRepositories';
import { taskDueRefresher } from './taskDues';

const COLUMNS = `registration_number AS registrationNumber, sender, received_date AS receivedDate, copies, secrecy, urgency,
  due_date AS dueDate, handler, proposal, status, outcome, note`;

export function registrationRepo(db: Db): RegistrationRepository {
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
  // The 办理期限 is the deadline of the notice's tasks that neither a hand nor their clause's text sets.
  const refreshTaskDues = taskDueRefresher(db);
  const holder = db.prepare('SELECT notice_id FROM registrations WHERE registration_number = ?').pluck();
  const lastSerial = db.prepare('SELECT last_serial FROM registration_counters WHERE year = ?').pluck();
  const setSerial = db.prepare(
    'INSERT INTO registration_counters (year, last_serial) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_serial = excluded.last_serial',
  );

  return {
    get: async (noticeId) => get.get(noticeId) as Registration | undefined,
    async insert(noticeId, registration, updatedAt) {
      insert.run({ ...registration, noticeId, updatedAt });
    },
    async update(noticeId, registration, updatedAt) {
      update.run({ ...registration, noticeId, updatedAt });
      refreshTaskDues(noticeId);
    },
    holderOf: async (registrationNumber) => holder.get(registrationNumber) as number | undefined,
    lastSerial: async (year) => (lastSerial.get(year) as number | undefined) ?? 0,
    async setLastSerial(year, serial) {
      setSerial.run(year, serial);
    },
  };
}
