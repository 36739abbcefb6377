/**
 * The reader process of an import: says it is ready once loaded (so that a reader that cannot start is
 * told apart from a file that kills it), then prepares the files it is sent one after another, one
 * message each. It ends with its parent.
 */
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import type { PreparedNotice } from '../preparedNotice';
import { prepareBytes, prepareFile } from './prepareFile';

export type PrepareRequest = { id: number; path: string } | { id: number; fileName: string; bytes: Uint8Array };
export type PrepareReply = { ready: true } | { id: number; result: PreparedNotice | ImportOutcome };

const reply = (message: PrepareReply) => process.send?.(message);

async function answer(request: PrepareRequest): Promise<void> {
  const result = 'path' in request ? await prepareFile(request.path) : await prepareBytes(request.fileName, request.bytes);
  reply({ id: request.id, result });
}

// One file at a time, in the order sent: if the reader dies, the first unanswered file is the one it was reading.
let reading = Promise.resolve();
process.on('message', (request: PrepareRequest) => {
  reading = reading.then(() => answer(request));
});
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
