/**
 * Exports the UI asks the core to write: the register as .xlsx, exactly the rows and columns the
 * clerk is looking at (the table's view lives in the UI, the workbook is written by exceljs in Node).
 * An export given an `exportId` (this one, for the 收文 and 发文登记簿; 督办台账, 催办通知, a unit's task list) can be cancelled while
 * it is written: it then answers 已取消导出 and no file comes back.
 */
import { z } from 'zod';
import type { FilePayload } from './binary';
import { bytesSchema, exportId, STATUSES } from './fields';
import { method } from './method';

export const REGISTER_EXPORT_MAX_ROWS = 200_000;

export const registerRowsSchema = z
  .array(z.object({ cells: z.array(z.string().max(5000)).max(40), status: z.enum(STATUSES), overdue: z.boolean() }))
  .max(REGISTER_EXPORT_MAX_ROWS, '一次最多导出20万行');

export type RegisterRow = z.output<typeof registerRowsSchema>[number];

export const registerExportSchema = z.object({
  title: z.string().trim().min(1).max(60),
  columns: z
    .array(z.object({ id: z.string().max(40), header: z.string().max(40), width: z.number().min(4).max(120) }))
    .min(1, '至少要显示一列才能导出')
    .max(40),
  /**
   * The rows (`registerRowsSchema`) as UTF-8 JSON: one block of bytes that the
   * window, main and the core pass on without copying 100,000 objects; the export's worker thread reads
   * and checks it.
   */
  bytes: bytesSchema,
  exportId: exportId.optional(),
});

export type RegisterExport = z.output<typeof registerExportSchema>;

export const exportContract = {
  'export.registerXlsx': method(registerExportSchema)<FilePayload>(),
  /** Stops the export of that id; `cancelled` false when none was running (it ended, or has not begun). */
  'export.cancel': method(z.object({ exportId }))<{ cancelled: boolean }>(),
};
