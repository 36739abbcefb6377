/** Exports what the register shows (its filtered, sorted rows and visible columns) as an .xlsx file. */
import type { NoticeRow } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import type { ExportStart } from '../hooks/useCancellableExport';
import type { RegisterColumn } from './columns';
import { encodeRegisterRows } from './encodeRegisterRows';
import { isOverdue, today } from './overdue';

export function exportRegister(rows: NoticeRow[], columns: RegisterColumn[]): ExportStart {
  const now = today();
  return (exportId) =>
    api.call('export.registerXlsx', {
      title: '收文登记簿',
      columns: columns.map((column) => ({ id: column.id, header: column.header, width: column.excelWidth })),
      bytes: encodeRegisterRows(
        rows.map((row) => ({ cells: columns.map((column) => column.text(row)), status: row.status, overdue: isOverdue(row, now) })),
      ),
      exportId,
    });
}
