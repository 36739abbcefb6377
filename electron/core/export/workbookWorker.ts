/**
 * The thread that writes an export's workbook (workbookJob.ts), so the core keeps answering while a large
 * one is written. It says it is ready once loaded (a worker that cannot start is told apart from a
 * workbook that fails), then answers each request in the order sent, one reply each.
 */
import { parentPort } from 'node:worker_threads';
import { workbookJob, type WorkbookReply, type WorkbookRequest } from './workbookJob';

export type WorkerReply = WorkbookReply | { ready: true } | { error: string };

const port = parentPort!;
const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const handle = workbookJob();

// Requests are handled in the order sent, each after the one before has been written.
let done: Promise<unknown> = Promise.resolve();
port.on('message', (request: WorkbookRequest) => {
  done = done
    .then(() => handle(request))
    .then((answer) => reply(answer, 'bytes' in answer ? [answer.bytes.buffer as ArrayBuffer] : []))
    .catch((error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }));
});
reply({ ready: true });
