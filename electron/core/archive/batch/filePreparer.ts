/**
 * Prepares the files of a batch import on a second core: a worker thread reads, parses and encodes the
 * next files while the main thread writes the current ones. Results come back in the order asked. Where
 * a worker cannot run (a packaged app without the TypeScript sources), or when it fails, the files are
 * prepared on the main thread instead — same results, only slower.
 */
import { Worker } from 'node:worker_threads';
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import { failedImport, type PreparedNotice } from '../preparedNotice';
import type { ScanOptions } from '../../ocr/recognizeScan';
import { prepareBytes, prepareFile } from './prepareFile';
import type { PrepareRequest } from './prepareWorker';

type Prepared = PreparedNotice | ImportOutcome;

export interface FilePreparer {
  /** `scanOptions`: a scan's pages reported and its reading stopped, wherever the file is prepared. */
  prepare(path: string, scanOptions?: ScanOptions): Promise<Prepared>;
  /** A file the UI sent, by its bytes. */
  prepareBytes(fileName: string, bytes: Uint8Array, scanOptions?: ScanOptions): Promise<Prepared>;
  /** Whether files are still being prepared on the worker thread (false once it failed or never started). */
  readonly threaded: boolean;
  close(): Promise<void>;
}

export const WORKER_URL = new URL('./prepareWorker.boot.mjs', import.meta.url);

/** Structured cloning turns Buffers into plain Uint8Arrays; SQLite binds Buffers (no copy is made). */
function revive(result: Prepared): Prepared {
  if ('status' in result) return result;
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ...result,
    parsedRecord: buffer(result.parsedRecord),
    clauseSpans: buffer(result.clauseSpans),
    source: { ...result.source, bytes: result.source.bytes && buffer(result.source.bytes) },
  };
}

const OUT_OF_MEMORY = '文件过大或内容异常，解析时内存不足，没有导入；其他文件不受影响';

const prepareHere = (request: PrepareRequest, scanOptions?: ScanOptions) =>
  'path' in request ? prepareFile(request.path, scanOptions) : prepareBytes(request.fileName, request.bytes, scanOptions);

export function filePreparer(workerUrl: URL | null = WORKER_URL): FilePreparer {
  const pending = new Map<number, { request: PrepareRequest; scanOptions?: ScanOptions; resolve: (result: Prepared) => void }>();
  let nextId = 0;
  let worker: Worker | null = null;

  /**
   * The worker is gone: whatever it still owed is prepared here — unless it ran out of memory, when
   * doing the same here would take the whole core down: then those files fail alone.
   */
  function fallBack(error?: unknown): void {
    if (!worker) return;
    void worker.terminate();
    worker = null;
    const outOfMemory = (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const [id, { request, scanOptions, resolve }] of pending) {
      pending.delete(id);
      if (outOfMemory) resolve(failedImport('path' in request ? request.path : request.fileName, OUT_OF_MEMORY));
      else void prepareHere(request, scanOptions).then(resolve);
    }
  }

  if (workerUrl) {
    try {
      worker = new Worker(workerUrl, { execArgv: [] });
      worker.on('message', (message: { id: number; result: Prepared } | { id: number; page: number; pages: number }) => {
        const request = pending.get(message.id);
        if (!('result' in message)) return request?.scanOptions?.onPage?.({ page: message.page, pages: message.pages });
        pending.delete(message.id);
        request?.resolve(revive(message.result));
      });
      worker.on('error', fallBack);
      worker.on('exit', () => fallBack());
    } catch {
      worker = null;
    }
  }

  function send(request: PrepareRequest, scanOptions?: ScanOptions): Promise<Prepared> {
    if (!worker) return prepareHere(request, scanOptions);
    scanOptions?.signal?.addEventListener('abort', () => worker?.postMessage({ cancel: request.id }), { once: true });
    return new Promise((resolve) => {
      pending.set(request.id, { request, scanOptions, resolve });
      worker!.postMessage(request);
    });
  }

  return {
    prepare: (path, scanOptions) => send({ id: nextId++, path }, scanOptions),
    prepareBytes: (fileName, bytes, scanOptions) => send({ id: nextId++, fileName, bytes }, scanOptions),
    get threaded() {
      return worker !== null;
    },
    async close() {
      const running = worker;
      worker = null;
      await running?.terminate();
    },
  };
}
