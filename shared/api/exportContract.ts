/**
 * Exports the UI asks the core to write: the register as .xlsx, exactly the rows and columns the
 * clerk is looking at (the table's view lives in the UI, the workbook is written by exceljs in Node).
 */
import { z } from 'zod';
import type { FilePayload } from './binary';
import { STATUSES } from './fields';
import { method } from './method';

export const registerExportSchema = z.object({
  title: z.string().trim().min(1).max(60),
  columns: z
    .array(z.object({ id: z.string().max(40), header: z.string().max(40), width: z.number().min(4).max(120) }))
    .min(1, '至少要显示一列才能导出')
    .max(40),
  rows: z
    .array(z.object({ cells: z.array(z.string().max(5000)).max(40), status: z.enum(STATUSES), overdue: z.boolean() }))
    .max(200_000, '一次最多导出20万行'),
});

export type RegisterExport = z.output<typeof registerExportSchema>;

export const exportContract = {
  'export.registerXlsx': method(registerExportSchema)<FilePayload>(),
};
