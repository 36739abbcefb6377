/**
 * A .docx list (docxJob.ts) written on the export's worker thread, the one the workbooks use: the core's
 * thread only lays out its rows and sends them.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { DocxRequest } from './docxJob';
import { openWorkbookThread, WORKBOOK_WORKER_URL } from './workbookThread';

export interface DocxFileOptions {
  workerUrl?: URL | null;
  /** Aborted when the clerk cancels the export. */
  signal?: AbortSignal;
}

export async function docxFile(request: DocxRequest, options: DocxFileOptions = {}): Promise<ApiResult<Uint8Array>> {
  const thread = await openWorkbookThread(options.workerUrl === undefined ? WORKBOOK_WORKER_URL : options.workerUrl, options.signal);
  try {
    const reply = await thread.ask({ docx: request });
    if ('invalid' in reply) return fail(reply.invalid);
    if (!('bytes' in reply)) throw new Error('the list came back without its file');
    return ok(reply.bytes);
  } finally {
    await thread.end();
  }
}
