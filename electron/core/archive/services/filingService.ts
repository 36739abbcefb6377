/**
 * 归档 per DA/T 22-2015: a notice gets its 年度, 保管期限 and optional 机构（问题） code, the next 件号 of that
 * series (per 全宗, 年度, 保管期限 and 机构) and its 档号. Refiling into the same series keeps the 件号 (a
 * year's catalogue is catalogueService's). The 件号 is taken inside the write that files
 * the notice, so concurrent filings never share one.
 */
import type { Filing } from '../../../../shared/api/archiveContract';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import type { ArchiveRepositories, FilingRow } from '../../store/archiveRepositories';
import type { ArchiveContext } from '../archiveContext';
import { MAX_ITEM_NUMBER, composeArchivalCode, isFondsCode } from '../archivalCode';
import { timestamp } from '../clock';

const FONDS_KEY = 'filing.fondsCode';

/** The filing form as the contract hands it over (validated, 机构 code upper-cased, empty as null). */
export type FilingRequest = Pick<Filing, 'year' | 'retention' | 'department'>;

export const toFiling = (row: FilingRow): Filing => ({
  year: row.year,
  retention: row.retention,
  department: row.department || null,
  itemNumber: row.itemNumber,
  archivalCode: row.archivalCode,
});

const fondsCodeOf = (tx: Pick<ArchiveRepositories, 'settings'>) => tx.settings.get<string | null>(FONDS_KEY, null);

export function filingService(ctx: ArchiveContext) {
  const { store, clock } = ctx;

  return {
    file: (noticeId: number, fields: FilingRequest): Promise<ApiResult<Filing>> =>
      store.write(async (tx): Promise<ApiResult<Filing>> => {
        const { year, retention } = fields;
        const department = fields.department ?? '';
        const notice = await tx.notices.get(noticeId);
        if (!notice || notice.deletedAt) return fail('找不到这份公文，或它已在回收站中。');
        const fonds = await fondsCodeOf(tx);
        if (fonds === null) return fail('还没有设置全宗号：请先在“设置”中填写本单位的全宗号（如 Z109）再归档。');
        const before = await tx.filings.get(noticeId);
        const sameSeries =
          before &&
          before.fondsCode === fonds &&
          before.year === year &&
          before.retention === retention &&
          before.department === department;
        const itemNumber = sameSeries
          ? before.itemNumber
          : (await tx.filings.lastItemNumber(fonds, year, retention, department, noticeId)) + 1;
        if (itemNumber > MAX_ITEM_NUMBER) return fail(`${year}年度该保管期限下的件号已用到${MAX_ITEM_NUMBER}，无法继续编号。`);
        const row: FilingRow = {
          noticeId,
          fondsCode: fonds,
          year,
          retention,
          department,
          itemNumber,
          archivalCode: composeArchivalCode({ fondsCode: fonds, year, retention, department, itemNumber }),
          filedAt: timestamp(clock),
        };
        await tx.filings.upsert(row);
        if (before?.archivalCode !== row.archivalCode) {
          await tx.audit.record({
            at: row.filedAt,
            noticeId,
            action: 'file',
            field: 'archivalCode',
            before: before?.archivalCode ?? null,
            after: row.archivalCode,
          });
        }
        return ok(toFiling(row));
      }),

    settings: (): Promise<{ fondsCode: string | null }> => store.read(async (tx) => ({ fondsCode: await fondsCodeOf(tx) })),

    async updateSettings(next: { fondsCode: string }): Promise<ApiResult<{ fondsCode: string }>> {
      const code = next.fondsCode.trim().toUpperCase();
      if (!isFondsCode(code)) return fail('全宗号只用字母和数字，最多12位，如 Z109。');
      await store.write(async (tx) => {
        await tx.audit.record({
          at: timestamp(clock),
          noticeId: null,
          action: 'settings',
          field: FONDS_KEY,
          before: await fondsCodeOf(tx),
          after: code,
        });
        await tx.settings.set(FONDS_KEY, code);
      });
      return ok({ fondsCode: code });
    },
  };
}

export type FilingService = ReturnType<typeof filingService>;
