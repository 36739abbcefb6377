/**
 * 收文登记: every archived notice is registered when it arrives, with the next 收文编号 of the year in the
 * office's pattern; the clerk then fills in 承办科室, 办理期限, 拟办意见, moves the status along and records
 * the 办理结果. Every change goes to the audit log field by field.
 */
import type { Registration } from '../../../../shared/api/archiveContract';
import { SECRECY_LEVELS, URGENCY_LEVELS, type Status } from '../../../../shared/api/fields';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import { registrationFieldsSchema, type RegistrationFields } from '../../../../shared/api/registrationContract';
import { validate } from '../../../../shared/api/validation';
import type { ParsedNotice } from '../../../../shared/domain/notice';
import type { ArchiveContext } from '../archiveContext';
import { localDay, timestamp } from '../clock';
import { DEFAULT_REGISTRATION_PATTERN, checkRegistrationPattern, formatRegistrationNumber } from '../registrationNumber';

const PATTERN_KEY = 'registration.pattern';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function registrationService(ctx: ArchiveContext) {
  const { db, repos, clock } = ctx;
  const { registrations, notices, audit, settings } = repos;

  const pattern = () => settings.get(PATTERN_KEY, DEFAULT_REGISTRATION_PATTERN);

  /** The next free 收文编号 of a year; the counter moves on even if the number is later edited away. */
  function nextNumber(year: number): string {
    let serial = registrations.lastSerial(year);
    let number: string;
    do {
      serial += 1;
      number = formatRegistrationNumber(pattern(), year, serial);
    } while (registrations.holderOf(number) !== undefined);
    registrations.setLastSerial(year, serial);
    return number;
  }

  function current(noticeId: number): Registration | undefined {
    return registrations.get(noticeId);
  }

  function save(noticeId: number, before: Registration, after: Registration): void {
    const at = timestamp(clock);
    registrations.update(noticeId, after, at);
    for (const field of Object.keys(after) as (keyof Registration)[]) {
      if (before[field] !== after[field]) {
        audit.record({
          at, noticeId, action: 'update', field,
          before: before[field] === null ? null : String(before[field]),
          after: after[field] === null ? null : String(after[field]),
        });
      }
    }
  }

  return {
    /** Registers a newly archived notice (inside the import's transaction). */
    registerArrival(noticeId: number, notice: ParsedNotice): Registration {
      const receivedDate = localDay(clock);
      const registration: Registration = {
        registrationNumber: nextNumber(Number(receivedDate.slice(0, 4))),
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
      registrations.insert(noticeId, registration, timestamp(clock));
      return registration;
    },

    get(noticeId: number): ApiResult<Registration> {
      const registration = current(noticeId);
      return registration ? ok(registration) : fail('找不到这份公文的收文登记。');
    },

    /** Saves the registration form (validated here too). The 收文编号 may be changed by hand but must stay unique. */
    update: (noticeId: number, fields: RegistrationFields | Registration): ApiResult<Registration> =>
      db.transaction((): ApiResult<Registration> => {
        const checked = validate(registrationFieldsSchema, fields);
        if (!checked.ok) return fail(checked.error);
        const before = current(noticeId);
        if (!before || notices.get(noticeId)?.deletedAt) return fail('找不到这份公文，或它已在回收站中。');
        const after: Registration = { ...checked.value };
        if (after.registrationNumber !== null && after.registrationNumber !== before.registrationNumber) {
          const holder = registrations.holderOf(after.registrationNumber);
          if (holder !== undefined && holder !== noticeId) return fail(`收文编号“${after.registrationNumber}”已被另一份公文使用。`);
        }
        save(noticeId, before, after);
        return ok(after);
      }).immediate(),

    setStatus: (noticeId: number, status: Status): ApiResult<Registration> =>
      db.transaction((): ApiResult<Registration> => {
        const before = current(noticeId);
        if (!before || notices.get(noticeId)?.deletedAt) return fail('找不到这份公文，或它已在回收站中。');
        const after = { ...before, status };
        save(noticeId, before, after);
        return ok(after);
      }).immediate(),

    settings: () => ({ pattern: pattern() }),

    /** Changes the 收文编号 pattern for numbers handed out from now on (existing numbers stay). */
    setPattern(newPattern: string): ApiResult<{ pattern: string }> {
      const checked = checkRegistrationPattern(newPattern);
      if (!checked.ok) return checked;
      db.transaction(() => {
        audit.record({ at: timestamp(clock), noticeId: null, action: 'settings', field: PATTERN_KEY, before: pattern(), after: checked.value });
        settings.set(PATTERN_KEY, checked.value);
      })();
      return ok({ pattern: checked.value });
    },

    /** Continues a paper register: the next 收文编号 of `year` will be `serial`. */
    setNextSerial(year: number, serial: number): ApiResult<{ year: number; next: number }> {
      if (!Number.isInteger(year) || year < 1949 || year > 2100) return fail('年度应为1949到2100之间的整数。');
      if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) return fail('顺序号应为1到999999之间的整数。');
      db.transaction(() => {
        const before = registrations.lastSerial(year);
        audit.record({ at: timestamp(clock), noticeId: null, action: 'settings', field: `registration.lastSerial.${year}`, before: String(before), after: String(serial - 1) });
        registrations.setLastSerial(year, serial - 1);
      })();
      return ok({ year, next: serial });
    },
  };
}

export type RegistrationService = ReturnType<typeof registrationService>;
