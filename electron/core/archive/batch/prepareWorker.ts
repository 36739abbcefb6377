/**
 * The reader process of an import: says it is ready once loaded (so that a reader that cannot start is
 * told apart from a file that kills it), then prepares the files it is sent one after another, one
 * message each. A scan's reading is reported page by page (`{ id, page, pages }`) and stopped by
 * `{ cancel: id }`. A file's bytes are never sent back: the parent has them (it sent them, or can read the
 * path), so `bytesKept` tells it to put them back rather than receive a second copy. Each answer says how
 * much memory the reader holds after the file, so the parent can replace a reader that a large file left
 * swollen. It reads a file at once rather than asynchronously (nothing else waits on it meanwhile but a
 * cancel, which only a scan's pages heed). It ends with its parent.
 */
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import type { PreparedNotice } from '../preparedNotice';
import { collectGarbage } from '../../process/collectGarbage';
import { SYNC_FILE_ACCESS } from '../../import/extractText';
import { prepareBytes, prepareFile } from './prepareFile';

export type PrepareRequest = { id: number; path: string } | { id: number; fileName: string; bytes: Uint8Array };
export type PrepareReply =
  | { ready: true }
  | { id: number; result: PreparedNotice | ImportOutcome; bytesKept: boolean; residentBytes: number }
  | { id: number; page: number; pages: number };
export type PrepareMessage = PrepareRequest | { cancel: number };

const reply = (message: PrepareReply) => process.send?.(message);

/** The resident memory (MB, the parent's `retireMb`) past which what reading a file left behind is collected before answering. */
const collectMb = Number(process.argv[2]) || Infinity;

/** The reading of each file sent and not yet answered, so a cancel reaches it whether it has started or waits. */
const readings = new Map<number, AbortController>();

async function answer(request: PrepareRequest, controller: AbortController): Promise<void> {
  // Files are read at once, so nothing else awaits I/O: the queue would be worked through in one go, the replies
  // piling up unsent and the requests unread until it is empty. Each file starts on a turn of its own.
  await new Promise((resolve) => setImmediate(resolve));
  const scanOptions = {
    signal: controller.signal,
    onPage: (page: { page: number; pages: number }) => reply({ id: request.id, ...page }),
  };
  const result =
    'path' in request
      ? await prepareFile(request.path, scanOptions, SYNC_FILE_ACCESS)
      : await prepareBytes(request.fileName, request.bytes, scanOptions);
  readings.delete(request.id);
  const bytesKept = !('status' in result) && result.file?.bytes != null;
  const sent = bytesKept ? { ...result, file: { ...result.file!, bytes: null } } : result;
  const residentBytes = process.memoryUsage.rss();
  // The answer is copied out while the parent receives it: a large file's leftovers are dropped first.
  if (residentBytes > collectMb * 1024 * 1024) collectGarbage();
  reply({ id: request.id, result: sent, bytesKept, residentBytes });
}

// One file at a time, in the order sent: if the reader dies, the first unanswered file is the one it was reading.
let reading = Promise.resolve();
process.on('message', (message: PrepareMessage) => {
  if ('cancel' in message) return void readings.get(message.cancel)?.abort();
  const controller = new AbortController();
  readings.set(message.id, controller);
  reading = reading.then(() => answer(message, controller));
});
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
