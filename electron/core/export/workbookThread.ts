/**
 * Writes an export's workbook on a worker thread (workbookWorker.ts), so that the core answers other calls
 * — saves, imports, the register — while a register of 100,000 rows or a ledger of millions of tasks is
 * written. A thread, not a process: it needs no database, and its rows and file move without being copied
 * through a pipe. Rows are sent a chunk at a time, each once the one before is written, so the core never
 * holds up its thread cloning them all at once, nor piles them up ahead of a slower writer. Only a worker
 * that cannot start at all (a packaged app without its file) makes the workbook be written on the core's
 * thread, only slower for everything else.
 */
import { Worker } from 'node:worker_threads';
import { openSheetStream, type SheetRow, type SheetSpec, type SheetStream } from './sheetStream';
import type { WorkbookReply, WorkbookRequest } from './workbookWorker';

export const WORKBOOK_WORKER_URL = new URL('./workbookWorker.boot.mjs', import.meta.url);

/** Rows a message carries: cloned in a few milliseconds on the core's thread. */
export const CHUNK_ROWS = 2000;

/**
 * Opens a workbook on a fresh worker; `add` resolves once the worker has written the rows. A worker that
 * fails rejects the call waiting on it and is ended; so is one whose workbook is abandoned by `cancel`.
 */
export interface WorkbookThread extends SheetStream {
  /** Whether the workbook is written on a worker (false when none could start). */
  readonly threaded: boolean;
  /** Ends the worker without a file. */
  cancel(): Promise<void>;
}

function startWorker(workerUrl: URL): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerUrl);
    } catch {
      return resolve(null);
    }
    const failed = () => resolve(null);
    worker.once('error', failed);
    worker.once('exit', failed);
    worker.once('message', (reply: WorkbookReply) => {
      worker.off('error', failed);
      worker.off('exit', failed);
      resolve('ready' in reply ? worker : null);
    });
  });
}

const FAILED = '生成 Excel 文件时出错，没有导出；请重试。';

export async function openWorkbookThread(spec: SheetSpec, workerUrl: URL | null = WORKBOOK_WORKER_URL): Promise<WorkbookThread> {
  const worker = workerUrl ? await startWorker(workerUrl) : null;
  if (!worker) {
    const here = await openSheetStream(spec);
    return { ...here, threaded: false, cancel: async () => undefined };
  }
  /** Calls waiting on the worker, in the order their replies come. */
  const waiting: { resolve(reply: WorkbookReply): void; reject(error: Error): void }[] = [];
  const failAll = (error: Error) => {
    for (const call of waiting.splice(0)) call.reject(error);
  };
  worker.on('message', (reply: WorkbookReply) => {
    const call = waiting.shift();
    if ('error' in reply) {
      call?.reject(new Error(reply.error));
      failAll(new Error(reply.error));
      void worker.terminate();
    } else call?.resolve(reply);
  });
  let ended = false;
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => {
    ended = true;
    failAll(new Error(FAILED));
  });

  const ask = (request: WorkbookRequest) =>
    new Promise<WorkbookReply>((resolve, reject) => {
      if (ended) return reject(new Error(FAILED));
      waiting.push({ resolve, reject });
      worker.postMessage(request);
    });
  worker.postMessage({ open: spec } satisfies WorkbookRequest);
  return {
    threaded: true,
    async add(rows: SheetRow[]) {
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) await ask({ rows: rows.slice(start, start + CHUNK_ROWS) });
    },
    async finish() {
      const reply = await ask({ finish: true });
      await worker.terminate();
      if (!('bytes' in reply)) throw new Error(FAILED);
      return reply.bytes;
    },
    async cancel() {
      ended = true;
      await worker.terminate();
    },
  };
}
