/**
 * 发文登记: hands out the next 文号 for a 机关代字 and year, never twice and never skipping one — the
 * serial is read and written inside one IMMEDIATE transaction (a second writer, in this process or
 * another, waits), and (机关代字, year, serial) is UNIQUE in the register as the last guard. A withdrawn
 * draft's number is released when it is the last one handed out, otherwise marked 作废 with a reason,
 * so the register explains every number.
 */
import type { IssuedNumber } from '../../../shared/api/draftingContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { formatDocNumber, parseDocNumber } from '../../../shared/domain/docNumber';
import { timestamp } from '../archive/clock';
import type { DraftingContext } from './draftingContext';
import type { IssuedNumberRow } from './repositories/issuanceRepo';

export function toIssuedNumber(row: IssuedNumberRow): IssuedNumber {
  return {
    docNumber: row.docNumber,
    agencyCode: row.agencyCode,
    year: row.year,
    serial: row.serial,
    state: row.state,
    title: row.title,
    draftId: row.draftId,
    noticeId: row.noticeId,
    at: row.at,
    reason: row.reason,
  };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && (error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT') === true;

export interface Allocation {
  agencyCode: string;
  year: number;
  /** Whose archived notices count as already numbered (阳政发 is both 阳泉市's and 阳城县's code). */
  issuer: string;
  draftId: number | null;
  title: string | null;
}

export function issuanceService({ db, repos, clock }: DraftingContext) {
  const { issuance } = repos;

  const allocateOnce = db.transaction((request: Allocation): IssuedNumberRow => {
    if (request.draftId !== null) {
      const held = issuance.liveOfDraft(request.draftId);
      if (held) return held;
    }
    const serial = issuance.lastSerial(request.agencyCode, request.year, request.issuer) + 1;
    const docNumber = formatDocNumber({ agencyCode: request.agencyCode, year: request.year, serial });
    const id = issuance.insert({ ...request, serial, docNumber }, timestamp(clock));
    return issuance.get(id)!;
  });

  return {
    /** The next 文号, reserved (for a draft when given). A draft that holds one gets it back. */
    allocate(request: Allocation): ApiResult<IssuedNumberRow> {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          return ok(allocateOnce.immediate(request));
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return fail('取文号时与其他操作冲突，请稍后重试。');
    },

    /** Inside the issuing transaction: the reserved number becomes issued and points at the filed notice. */
    markIssued(row: IssuedNumberRow, noticeId: number): void {
      issuance.setIssued(row.id, noticeId, timestamp(clock));
    },

    liveOfDraft: (draftId: number) => issuance.liveOfDraft(draftId),

    /**
     * A withdrawn draft gives its reserved number back: removed when it is the last one handed out for
     * its 机关代字 and year (no gap), otherwise kept as 作废 with the reason.
     */
    releaseForDraft(draftId: number, reason: string): 'released' | 'voided' | 'none' {
      return db.transaction((): 'released' | 'voided' | 'none' => {
        const held = issuance.liveOfDraft(draftId);
        if (!held || held.state !== 'reserved') return 'none';
        const last = issuance.list(held.year).filter((r) => r.agencyCode === held.agencyCode)[0];
        if (last?.id === held.id) {
          issuance.delete(held.id);
          return 'released';
        }
        issuance.setVoid(held.id, reason, timestamp(clock));
        return 'voided';
      }).immediate();
    },

    list: (year?: number): IssuedNumber[] => issuance.list(year).map(toIssuedNumber),

    /** Marks a number 作废 explicitly; the reason is kept in the register. */
    void(docNumberText: string, reason: string): ApiResult<IssuedNumberRow> {
      const normalized = parseDocNumber(docNumberText)?.docNumber.text ?? docNumberText.trim();
      return db.transaction((): ApiResult<IssuedNumberRow> => {
        const row = issuance.byDocNumber(normalized);
        if (!row) return fail(`发文登记簿中没有文号“${normalized}”。`);
        if (row.state === 'void') return ok(row);
        issuance.setVoid(row.id, reason.trim(), timestamp(clock));
        return ok(issuance.get(row.id)!);
      }).immediate();
    },
  };
}

export type IssuanceService = ReturnType<typeof issuanceService>;
