/**
 * The worker thread of an import: says it is ready once loaded (so that a worker that cannot start is
 * told apart from a file that kills it), then prepares the files it is sent one after another, one message each.
 */
import { parentPort } from 'node:worker_threads';
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import type { PreparedNotice } from '../preparedNotice';
import { prepareBytes, prepareFile } from './prepareFile';

export type PrepareRequest = { id: number; path: string } | { id: number; fileName: string; bytes: Uint8Array };
export type PrepareReply = { ready: true } | { id: number; result: PreparedNotice | ImportOutcome };

async function answer(request: PrepareRequest): Promise<void> {
  const result = 'path' in request ? await prepareFile(request.path) : await prepareBytes(request.fileName, request.bytes);
  parentPort!.postMessage({ id: request.id, result } satisfies PrepareReply);
}

// One file at a time, in the order sent: if the worker dies, the first unanswered file is the one it was reading.
let reading = Promise.resolve();
parentPort?.on('message', (request: PrepareRequest) => {
  reading = reading.then(() => answer(request));
});
parentPort?.postMessage({ ready: true } satisfies PrepareReply);
