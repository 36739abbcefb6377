/**
 * Writes 收文登记簿 as an .xlsx workbook: a title row, bold frozen headers with filters, the rows as the
 * clerk saw them, status cells coloured and overdue 办理期限 in red, set up to print on A4 landscape with
 * the header row repeated. The rows are read and the file written on a worker thread (export/workbookThread.ts).
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import type { RegisterExport } from '../../../shared/api/exportContract';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { openWorkbookThread, WORKBOOK_WORKER_URL } from '../export/workbookThread';

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
}

export async function registerWorkbook(
  input: RegisterExport,
  now = new Date(),
  workerUrl: URL | null = WORKBOOK_WORKER_URL,
  signal?: AbortSignal,
): Promise<ApiResult<FilePayload>> {
  const workbook = await openWorkbookThread(workerUrl, signal);
  try {
    const written = await workbook.ask({ register: input });
    if ('invalid' in written) return fail(written.invalid);
    const file = await workbook.ask({ finish: true });
    if (!('bytes' in file)) throw new Error('the workbook came back without its file');
    return ok({ fileName: `${input.title}-${stamp(now)}.xlsx`, mime: MIME.xlsx, bytes: file.bytes });
  } finally {
    await workbook.end();
  }
}
