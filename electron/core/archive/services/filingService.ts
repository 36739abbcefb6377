/**
 * 归档 per DA/T 22-2015: a notice gets its 年度, 保管期限 and optional 机构（问题） code, the next 件号 of that
 * series (per 全宗, 年度, 保管期限 and 机构) and its 档号. Refiling into the same series keeps the 件号; the
 * catalogue of a year lists the filed notices in 档号 order.
 */
import type { Filing } from '../../../../shared/api/archiveContract';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import { filingFieldsSchema, type FilingFields } from '../../../../shared/api/registrationContract';
import { validate } from '../../../../shared/api/validation';
import type { ArchiveContext } from '../archiveContext';
import { MAX_ITEM_NUMBER, composeArchivalCode, isFondsCode } from '../archivalCode';
import { timestamp } from '../clock';
import type { CatalogueRow, FilingRow } from '../repositories/filingRepo';

const FONDS_KEY = 'filing.fondsCode';

const toFiling = (row: FilingRow): Filing => ({
  year: row.year,
  retention: row.retention,
  department: row.department || null,
  itemNumber: row.itemNumber,
  archivalCode: row.archivalCode,
});

export function filingService(ctx: ArchiveContext) {
  const { db, repos, clock } = ctx;
  const { filings, notices, audit, settings } = repos;
  const fondsCode = () => settings.get<string | null>(FONDS_KEY, null);

  return {
    get: (noticeId: number): Filing | null => {
      const row = filings.get(noticeId);
      return row ? toFiling(row) : null;
    },

    file: (noticeId: number, fields: FilingFields): ApiResult<Filing> =>
      db.transaction((): ApiResult<Filing> => {
        const checked = validate(filingFieldsSchema, fields);
        if (!checked.ok) return fail(checked.error);
        const { year, retention } = checked.value;
        const department = checked.value.department ?? '';
        const notice = notices.get(noticeId);
        if (!notice || notice.deletedAt) return fail('找不到这份公文，或它已在回收站中。');
        const fonds = fondsCode();
        if (fonds === null) return fail('还没有设置全宗号：请先在“设置”中填写本单位的全宗号（如 Z109）再归档。');
        const before = filings.get(noticeId);
        const sameSeries =
          before && before.fondsCode === fonds && before.year === year && before.retention === retention && before.department === department;
        const itemNumber = sameSeries ? before.itemNumber : filings.lastItemNumber(fonds, year, retention, department, noticeId) + 1;
        if (itemNumber > MAX_ITEM_NUMBER) return fail(`${year}年度该保管期限下的件号已用到${MAX_ITEM_NUMBER}，无法继续编号。`);
        const row: FilingRow = {
          noticeId, fondsCode: fonds, year, retention, department, itemNumber,
          archivalCode: composeArchivalCode({ fondsCode: fonds, year, retention, department, itemNumber }),
          filedAt: timestamp(clock),
        };
        filings.upsert(row);
        if (before?.archivalCode !== row.archivalCode) {
          audit.record({ at: row.filedAt, noticeId, action: 'file', field: 'archivalCode', before: before?.archivalCode ?? null, after: row.archivalCode });
        }
        return ok(toFiling(row));
      }).immediate(),

    settings: () => ({ fondsCode: fondsCode() }),

    updateSettings(next: { fondsCode: string }): ApiResult<{ fondsCode: string }> {
      const code = next.fondsCode.trim().toUpperCase();
      if (!isFondsCode(code)) return fail('全宗号只用字母和数字，最多12位，如 Z109。');
      db.transaction(() => {
        audit.record({ at: timestamp(clock), noticeId: null, action: 'settings', field: FONDS_KEY, before: fondsCode(), after: code });
        settings.set(FONDS_KEY, code);
      })();
      return ok({ fondsCode: code });
    },

    /** 归档文件目录 of a year, in 档号 order (for the catalogue document). */
    catalogue: (year: number): CatalogueRow[] => filings.catalogue(year),
  };
}

export type FilingService = ReturnType<typeof filingService>;
