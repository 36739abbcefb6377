/**
 * 收文登记: every archived notice is registered when it arrives, with the next 收文编号 of the year in the
 * office's pattern; the clerk then fills in 承办科室, 办理期限, 拟办意见, moves the status along and records
 * the 办理结果. Every change goes to the audit log field by field. A 收文编号 is handed out inside the write
 * that registers the notice, so two processes importing at once never hand out the same one.
 */
import type { Registration } from '../../../../shared/api/archiveContract';
import { SECRECY_LEVELS, URGENCY_LEVELS, type Status } from '../../../../shared/api/fields';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import type { ParsedNotice } from '../../../../shared/domain/notice';
import type { ArchiveRepositories } from '../../store/archiveRepositories';
import type { ArchiveContext } from '../archiveContext';
import { localDay, timestamp } from '../clock';
import { DEFAULT_REGISTRATION_PATTERN, checkRegistrationPattern, formatRegistrationNumber } from '../registrationNumber';

const PATTERN_KEY = 'registration.pattern';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

type Tx = Pick<ArchiveRepositories, 'registrations' | 'notices' | 'audit' | 'settings'>;

const patternOf = (tx: Pick<ArchiveRepositories, 'settings'>) => tx.settings.get(PATTERN_KEY, DEFAULT_REGISTRATION_PATTERN);

/** The next free 收文编号 of a year; the counter moves on even if the number is later edited away. */
async function nextNumber(tx: Tx, year: number): Promise<string> {
  const pattern = await patternOf(tx);
  let serial = await tx.registrations.lastSerial(year);
  let number: string;
  do {
    serial += 1;
    number = formatRegistrationNumber(pattern, year, serial);
  } while ((await tx.registrations.holderOf(number)) !== undefined);
  await tx.registrations.setLastSerial(year, serial);
  return number;
}

export function registrationService(ctx: ArchiveContext) {
  const { store, clock } = ctx;

  async function save(tx: Tx, noticeId: number, before: Registration, after: Registration): Promise<void> {
    const at = timestamp(clock);
    await tx.registrations.update(noticeId, after, at);
    for (const field of Object.keys(after) as (keyof Registration)[]) {
      if (before[field] !== after[field]) {
        await tx.audit.record({
          at,
          noticeId,
          action: 'update',
          field,
          before: before[field] === null ? null : String(before[field]),
          after: after[field] === null ? null : String(after[field]),
        });
      }
    }
  }

  /** The registration of a live notice, or the sentence saying there is none. */
  async function liveRegistration(tx: Tx, noticeId: number): Promise<Registration | null> {
    const registration = await tx.registrations.get(noticeId);
    return registration && !(await tx.notices.get(noticeId))?.deletedAt ? registration : null;
  }

  const GONE = '找不到这份公文，或它已在回收站中。';

  return {
    /** Registers a newly archived notice, inside the import's unit of work. */
    async registerArrival(tx: Tx, noticeId: number, notice: ParsedNotice): Promise<Registration> {
      const receivedDate = localDay(clock);
      const registration: Registration = {
        registrationNumber: await nextNumber(tx, Number(receivedDate.slice(0, 4))),
        sender: notice.issuer,
        receivedDate,
        copies: 1,
        secrecy: oneOf(SECRECY_LEVELS, notice.secrecy),
        urgency: oneOf(URGENCY_LEVELS, notice.urgency),
        dueDate: null,
        handler: null,
        proposal: null,
        status: 'pending',
        outcome: null,
        note: null,
      };
      await tx.registrations.insert(noticeId, registration, timestamp(clock));
      return registration;
    },

    get: (noticeId: number): Promise<ApiResult<Registration>> =>
      store.read(async (tx) => {
        const registration = await tx.registrations.get(noticeId);
        return registration ? ok(registration) : fail('找不到这份公文的收文登记。');
      }),

    /** Saves the registration form (validated at the contract). The 收文编号 may be changed by hand but must stay unique. */
    update: (noticeId: number, fields: Registration): Promise<ApiResult<Registration>> =>
      store.write(async (tx): Promise<ApiResult<Registration>> => {
        const before = await liveRegistration(tx, noticeId);
        if (!before) return fail(GONE);
        const after: Registration = { ...fields };
        if (after.registrationNumber !== null && after.registrationNumber !== before.registrationNumber) {
          const holder = await tx.registrations.holderOf(after.registrationNumber);
          if (holder !== undefined && holder !== noticeId) return fail(`收文编号“${after.registrationNumber}”已被另一份公文使用。`);
        }
        await save(tx, noticeId, before, after);
        return ok(after);
      }),

    setStatus: (noticeId: number, status: Status): Promise<ApiResult<Registration>> =>
      store.write(async (tx): Promise<ApiResult<Registration>> => {
        const before = await liveRegistration(tx, noticeId);
        if (!before) return fail(GONE);
        const after = { ...before, status };
        await save(tx, noticeId, before, after);
        return ok(after);
      }),

    settings: (): Promise<{ pattern: string }> => store.read(async (tx) => ({ pattern: await patternOf(tx) })),

    /** Changes the 收文编号 pattern for numbers handed out from now on (existing numbers stay). */
    async setPattern(newPattern: string): Promise<ApiResult<{ pattern: string }>> {
      const checked = checkRegistrationPattern(newPattern);
      if (!checked.ok) return checked;
      await store.write(async (tx) => {
        await tx.audit.record({
          at: timestamp(clock),
          noticeId: null,
          action: 'settings',
          field: PATTERN_KEY,
          before: await patternOf(tx),
          after: checked.value,
        });
        await tx.settings.set(PATTERN_KEY, checked.value);
      });
      return ok({ pattern: checked.value });
    },

    /** Continues a paper register: the next 收文编号 of `year` will be `serial`. */
    async setNextSerial(year: number, serial: number): Promise<ApiResult<{ year: number; next: number }>> {
      if (!Number.isInteger(year) || year < 1949 || year > 2100) return fail('年度应为1949到2100之间的整数。');
      if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) return fail('顺序号应为1到999999之间的整数。');
      await store.write(async (tx) => {
        const before = await tx.registrations.lastSerial(year);
        await tx.audit.record({
          at: timestamp(clock),
          noticeId: null,
          action: 'settings',
          field: `registration.lastSerial.${year}`,
          before: String(before),
          after: String(serial - 1),
        });
        await tx.registrations.setLastSerial(year, serial - 1);
      });
      return ok({ year, next: serial });
    },
  };
}

export type RegistrationService = ReturnType<typeof registrationService>;
