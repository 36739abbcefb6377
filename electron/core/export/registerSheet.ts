/**
 * 收文登记簿's rows as a sheet: read from the bytes the register screen sends (checked as the contract
 * would), status cells shaded and overdue 办理期限 in red. Runs on the export's worker thread.
 */
import { registerRowsSchema, type RegisterExport, type RegisterRow } from '../../../shared/api/exportContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import type { Status } from '../../../shared/api/vocabulary';
import type { SheetRow, SheetSpec } from './sheetStream';

const STATUS_FILL: Record<Status, string> = { pending: 'FFFFF4D6', in_progress: 'FFE3EDF8', done: 'FFE3F4E8' };

const UNREADABLE = '参数不正确：登记簿的行无法读取，请重新导出。';

export function readRegisterRows(bytes: Uint8Array): ApiResult<RegisterRow[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail(UNREADABLE);
  }
  const checked = validate(registerRowsSchema, parsed);
  return checked.ok ? ok(checked.value) : fail(checked.error);
}

export function registerSheetSpec(input: Pick<RegisterExport, 'title' | 'columns'>, count: number): SheetSpec {
  return {
    sheetName: input.title,
    title: `${input.title}（共 ${count} 件）`,
    columns: input.columns.map((column) => ({ header: column.header, width: column.width })),
  };
}

export function registerSheetRows(input: Pick<RegisterExport, 'columns'>, rows: RegisterRow[]): SheetRow[] {
  const statusColumn = input.columns.findIndex((c) => c.id === 'status');
  const dueColumn = input.columns.findIndex((c) => c.id === 'dueDate');
  return rows.map((row) => ({
    cells: row.cells,
    fill: statusColumn >= 0 ? { column: statusColumn, argb: STATUS_FILL[row.status] } : undefined,
    alert: row.overdue && dueColumn >= 0 ? dueColumn : undefined,
  }));
}
