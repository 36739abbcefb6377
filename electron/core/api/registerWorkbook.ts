/**
 * Writes 收文登记簿 as an .xlsx workbook: a title row, bold frozen headers with filters, the rows as the
 * clerk saw them, status cells coloured and overdue 办理期限 in red, set up to print on A4 landscape with
 * the header row repeated. Written on a worker thread (export/workbookThread.ts), a chunk of rows at a time.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import type { RegisterExport } from '../../../shared/api/exportContract';
import type { Status } from '../../../shared/api/vocabulary';
import type { SheetRow } from '../export/sheetStream';
import { CHUNK_ROWS, openWorkbookThread, WORKBOOK_WORKER_URL } from '../export/workbookThread';

const STATUS_FILL: Record<Status, string> = { pending: 'FFFFF4D6', in_progress: 'FFE3EDF8', done: 'FFE3F4E8' };

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
}

export async function registerWorkbook(
  input: RegisterExport,
  now = new Date(),
  workerUrl: URL | null = WORKBOOK_WORKER_URL,
): Promise<FilePayload> {
  const statusColumn = input.columns.findIndex((c) => c.id === 'status');
  const dueColumn = input.columns.findIndex((c) => c.id === 'dueDate');
  const workbook = await openWorkbookThread(
    {
      sheetName: input.title,
      title: `${input.title}（共 ${input.rows.length} 件）`,
      columns: input.columns.map((column) => ({ header: column.header, width: column.width })),
    },
    workerUrl,
  );
  try {
    for (let start = 0; start < input.rows.length; start += CHUNK_ROWS) {
      const chunk = input.rows.slice(start, start + CHUNK_ROWS).map((row): SheetRow => ({
        cells: row.cells,
        fill: statusColumn >= 0 ? { column: statusColumn, argb: STATUS_FILL[row.status] } : undefined,
        alert: row.overdue && dueColumn >= 0 ? dueColumn : undefined,
      }));
      await workbook.add(chunk);
    }
    const bytes = await workbook.finish();
    return { fileName: `${input.title}-${stamp(now)}.xlsx`, mime: MIME.xlsx, bytes };
  } catch (error) {
    await workbook.cancel();
    throw error;
  }
}
