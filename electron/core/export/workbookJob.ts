/**
 * One workbook being written, request by request: its head, its rows a chunk at a time, or a whole
 * register from the bytes the screen sent, then the word to finish, answered with the file's bytes. The
 * export's worker thread runs it; so does the core's own thread when no worker can start.
 */
import type { RegisterExport } from '../../../shared/api/exportContract';
import { readRegisterRows, registerSheetRows, registerSheetSpec } from './registerSheet';
import { openSheetStream, type SheetRow, type SheetSpec, type SheetStream } from './sheetStream';

export type WorkbookRequest = { open: SheetSpec } | { rows: SheetRow[] } | { register: RegisterExport } | { finish: true };
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
