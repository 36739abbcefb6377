/**
 * 发文登记: hands out the next 文号 for a 机关代字 and year, never twice and never skipping one — the
 * serial is read and recorded inside one write unit of work (writes are serialized, across processes
 * too), and the register refuses a 文号 it already holds as the last guard (the unit is then retried
 * whole). A withdrawn draft's number is released when it is the last one handed out, otherwise marked
 * 作废 with a reason, so the register explains every number.
 */
import type { IssuedNumber } from '../../../shared/api/draftingContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { formatDocNumber, parseDocNumber } from '../../../shared/domain/docNumber';
import { timestamp } from '../archive/clock';
import { NumberTakenError, type DraftingRepositories, type RegisteredNumber } from '../store/draftingRepositories';
import type { DraftingContext } from './draftingContext';

export function toIssuedNumber(number: RegisteredNumber): IssuedNumber {
  return {
    docNumber: number.docNumber,
    agencyCode: number.agencyCode,
    year: number.year,
    serial: number.serial,
    state: number.state,
    title: number.title,
    draftId: number.draftId,
    noticeId: number.noticeId,
    at: number.at,
    reason: number.reason,
  };
}

export interface Allocation {
  agencyCode: string;
  year: number;
  /** Whose archived notices count as already numbered (阳政发 is both 阳泉市's and 阳城县's code). */
  issuer: string;
  draftId: number | null;
  title: string | null;
}

const CONFLICT = '取文号时与其他操作冲突，请稍后重试。';

/** Runs a unit of work that draws a number, again when a concurrent one took that number first. */
export async function retryWhenTaken<T>(unit: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await unit();
    } catch (error) {
      if (!(error instanceof NumberTakenError)) throw error;
    }
  }
  return fail(CONFLICT);
}

export function issuanceService({ store, clock }: DraftingContext) {
  /** Inside a write: the draft's number when it holds one, else the next serial, reserved. */
  async function allocateIn(tx: DraftingRepositories, request: Allocation): Promise<RegisteredNumber> {
    if (request.draftId !== null) {
      const held = await tx.issuance.liveOfDraft(request.draftId);
      if (held) return held;
    }
    const serial = (await tx.issuance.lastSerial(request.agencyCode, request.year, request.issuer)) + 1;
    const docNumber = formatDocNumber({ agencyCode: request.agencyCode, year: request.year, serial });
    return tx.issuance.reserve({ ...request, serial, docNumber }, timestamp(clock));
  }

  return {
    allocateIn,

    /** The next 文号, reserved (for a draft when given). A draft that holds one gets it back. */
    allocate(request: Allocation): Promise<ApiResult<IssuedNumber>> {
      return retryWhenTaken(async () => ok(toIssuedNumber(await store.write((tx) => allocateIn(tx, request)))));
    },

    /** Inside the issuing unit of work: the reserved number becomes issued and points at the filed notice. */
    async markIssued(tx: DraftingRepositories, number: RegisteredNumber, noticeId: number): Promise<void> {
      await tx.issuance.setIssued(number.id, noticeId, timestamp(clock));
    },

    /**
     * Inside a withdrawal's unit of work: the draft's reserved number is removed when it is the last one
     * handed out for its 机关代字 and year (no gap), otherwise kept as 作废 with the reason.
     */
    async releaseForDraft(tx: DraftingRepositories, draftId: number, reason: string): Promise<'released' | 'voided' | 'none'> {
      const held = await tx.issuance.liveOfDraft(draftId);
      if (!held || held.state !== 'reserved') return 'none';
      const last = await tx.issuance.last(held.agencyCode, held.year);
      if (last?.id === held.id) {
        await tx.issuance.delete(held.id);
        return 'released';
      }
      await tx.issuance.setVoid(held.id, reason, timestamp(clock));
      return 'voided';
    },

    async list(year?: number): Promise<IssuedNumber[]> {
      return (await store.read((tx) => tx.issuance.list(year))).map(toIssuedNumber);
    },

    /** Marks a number 作废 explicitly; the reason is kept in the register. */
    void(docNumberText: string, reason: string): Promise<ApiResult<IssuedNumber>> {
      const normalized = parseDocNumber(docNumberText)?.docNumber.text ?? docNumberText.trim();
      return store.write(async (tx): Promise<ApiResult<IssuedNumber>> => {
        const number = await tx.issuance.byDocNumber(normalized);
        if (!number) return fail(`发文登记簿中没有文号“${normalized}”。`);
        if (number.state !== 'void') await tx.issuance.setVoid(number.id, reason.trim(), timestamp(clock));
        return ok(toIssuedNumber((await tx.issuance.get(number.id))!));
      });
    },
  };
}

export type IssuanceService = ReturnType<typeof issuanceService>;
