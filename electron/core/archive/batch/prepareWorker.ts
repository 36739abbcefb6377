/** The worker thread of an import: prepares the files it is sent (by path, or as bytes), one message per file. */
import { parentPort } from 'node:worker_threads';
import { prepareBytes, prepareFile } from './prepareFile';

export type PrepareRequest = { id: number; path: string } | { id: number; fileName: string; bytes: Uint8Array };

async function answer(request: PrepareRequest): Promise<void> {
  const result = 'path' in request ? await prepareFile(request.path) : await prepareBytes(request.fileName, request.bytes);
  parentPort!.postMessage({ id: request.id, result });
}

parentPort?.on('message', (request: PrepareRequest) => void answer(request));
