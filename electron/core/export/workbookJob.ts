/**
 * One export's file being written, request by request: a workbook's head, its rows a chunk at a time, or a
 * whole register from the bytes the screen sent, then the word to finish, answered with the file's bytes;
 * or a whole .docx list (docxJob.ts) at once. The export's worker thread runs it; so does the core's own
 * thread when no worker can start.
 */
import type { RegisterExport } from '../../../shared/api/exportContract';
import { buildDocx, type DocxRequest } from './docxJob';
import { readRegisterRows, registerSheetRows, registerSheetSpec } from './registerSheet';
import { openSheetStream, type SheetRow, type SheetSpec, type SheetStream } from './sheetStream';

export type WorkbookRequest =
  { open: SheetSpec } | { rows: SheetRow[] } | { register: RegisterExport } | { docx: DocxRequest } | { finish: true };
/** `invalid`: rows the contract refuses, with the sentence the clerk is shown. */
export type WorkbookReply = { done: true } | { invalid: string } | { bytes: Uint8Array };

export function workbookJob(): (request: WorkbookRequest) => Promise<WorkbookReply> {
  let stream: SheetStream | null = null;
  const opened = () => {
    if (!stream) throw new Error('workbook not opened');
    return stream;
  };
  return async (request) => {
    if ('open' in request) {
      stream = await openSheetStream(request.open);
    } else if ('rows' in request) {
      await opened().add(request.rows);
    } else if ('docx' in request) {
      const built = await buildDocx(request.docx);
      return built.ok ? { bytes: built.value } : { invalid: built.error };
    } else if ('register' in request) {
      const rows = readRegisterRows(request.register.bytes);
      if (!rows.ok) return { invalid: rows.error };
      stream = await openSheetStream(registerSheetSpec(request.register, rows.value.length));
      await stream.add(registerSheetRows(request.register, rows.value));
    } else {
      return { bytes: await opened().finish() };
    }
    return { done: true };
  };
}
