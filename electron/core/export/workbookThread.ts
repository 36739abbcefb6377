/**
 * Writes an export's workbook on a worker thread (workbookWorker.ts), so that the core answers other calls
 * — saves, imports, the register — while a register of 100,000 rows or a ledger of millions of tasks is
 * written. A thread, not a process: it needs no database, and the file comes back without a copy. Rows
 * are sent a chunk at a time, each once the one before is written, so the core never holds its thread
 * cloning them all at once, nor piles them up ahead of a slower writer. Only a worker that cannot start
 * at all (a packaged app without its file) makes the workbook be written on the core's own thread. An
 * export cancelled (its `signal` aborted) ends the worker at once: what was asked of it fails with
 * ExportCancelled, and nothing of the file comes back.
 */
import { Worker } from 'node:worker_threads';
import { ExportCancelled } from './exportJobs';
import { workbookJob, type WorkbookReply, type WorkbookRequest } from './workbookJob';
import type { WorkerReply } from './workbookWorker';

export const WORKBOOK_WORKER_URL = new URL('./workbookWorker.boot.mjs', import.meta.url);

/** Rows a message carries: cloned in a few milliseconds on the core's thread. */
export const CHUNK_ROWS = 2000;

export interface WorkbookThread {
  /** Whether the workbook is written on a worker (false when none could start). */
  readonly threaded: boolean;
  /** Sends a request; a worker that fails or has ended rejects it. */
  ask(request: WorkbookRequest): Promise<WorkbookReply>;
  /** Ends the worker, with or without a file. */
  end(): Promise<void>;
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
    worker.once('message', (reply: WorkerReply) => {
      worker.off('error', failed);
      worker.off('exit', failed);
      resolve('ready' in reply ? worker : null);
    });
  });
}

const ENDED = 'the workbook worker has ended';

/** Without a worker the file is written here; a cancel takes effect between requests. */
function onThisThread(signal?: AbortSignal): WorkbookThread {
  const job = workbookJob();
  return {
    threaded: false,
    ask: (request) => (signal?.aborted ? Promise.reject(new ExportCancelled()) : job(request)),
    end: async () => undefined,
  };
}

export async function openWorkbookThread(workerUrl: URL | null = WORKBOOK_WORKER_URL, signal?: AbortSignal): Promise<WorkbookThread> {
  if (signal?.aborted) throw new ExportCancelled();
  const worker = workerUrl ? await startWorker(workerUrl) : null;
  if (!worker) return onThisThread(signal);
  /** Calls waiting on the worker, in the order their replies come. */
  const waiting: { resolve(reply: WorkbookReply): void; reject(error: Error): void }[] = [];
  let ended = false;
  const failAll = (error: Error) => {
    for (const call of waiting.splice(0)) call.reject(error);
  };
  worker.on('message', (reply: WorkerReply) => {
    if ('ready' in reply) return;
    if ('error' in reply) {
      ended = true;
      failAll(new Error(reply.error));
      void worker.terminate();
    } else waiting.shift()?.resolve(reply);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => {
    ended = true;
    failAll(signal?.aborted ? new ExportCancelled() : new Error(ENDED));
  });
  const cancel = () => {
    ended = true;
    failAll(new ExportCancelled());
    void worker.terminate();
  };
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  return {
    threaded: true,
    ask: (request) =>
      new Promise<WorkbookReply>((resolve, reject) => {
        if (ended) return reject(signal?.aborted ? new ExportCancelled() : new Error(ENDED));
        waiting.push({ resolve, reject });
        worker.postMessage(request);
      }),
    async end() {
      ended = true;
      signal?.removeEventListener('abort', cancel);
      await worker.terminate();
    },
  };
}
