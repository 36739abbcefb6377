/** The worker thread of an import: prepares the files it is sent (by path, or as bytes), one message per file. */
import { parentPort } from 'node:worker_threads';
import { prepareBytes, prepareFile } from './prepareFile';

export type PrepareRequest = { id: number; path: string } | { id: number; fileName: string; bytes: Uint8Array };

/** A scan's reading is reported page by page (`{ id, page, pages }`) and stopped by `{ cancel: id }`. */
const scans = new Map<number, AbortController>();

async function answer(request: PrepareRequest): Promise<void> {
  const controller = new AbortController();
  scans.set(request.id, controller);
  const scanOptions = {
    signal: controller.signal,
    onPage: (page: { page: number; pages: number }) => parentPort!.postMessage({ id: request.id, ...page }),
  };
  const result =
    'path' in request ? await prepareFile(request.path, scanOptions) : await prepareBytes(request.fileName, request.bytes, scanOptions);
  scans.delete(request.id);
  parentPort!.postMessage({ id: request.id, result });
}

parentPort?.on('message', (message: PrepareRequest | { cancel: number }) =>
  'cancel' in message ? scans.get(message.cancel)?.abort() : void answer(message),
);
