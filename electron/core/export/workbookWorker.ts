/**
 * The thread that writes an export's workbook, so the core keeps answering while a large one is written.
 * It says it is ready once loaded (a worker that cannot start is told apart from a workbook that fails),
 * then takes one workbook: its head, its rows a chunk at a time (each acknowledged, so the core sends the
 * next only when this one is written), and the word to finish, answered with the file's bytes.
 */
import { parentPort } from 'node:worker_threads';
import { openSheetStream, type SheetRow, type SheetSpec, type SheetStream } from './sheetStream';

export type WorkbookRequest = { open: SheetSpec } | { rows: SheetRow[] } | { finish: true };
export type WorkbookReply = { ready: true } | { written: true } | { bytes: Uint8Array } | { error: string };

const port = parentPort!;
const reply = (message: WorkbookReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let opening: Promise<SheetStream> | null = null;
// Requests are handled in the order sent, each after the one before has been written.
let done: Promise<unknown> = Promise.resolve();

async function handle(request: WorkbookRequest): Promise<void> {
  if ('open' in request) {
    opening = openSheetStream(request.open);
    await opening;
  } else if ('rows' in request) {
    await (await opening!).add(request.rows);
    reply({ written: true });
  } else {
    const bytes = await (await opening!).finish();
    reply({ bytes }, [bytes.buffer as ArrayBuffer]);
  }
}

port.on('message', (request: WorkbookRequest) => {
  done = done
    .then(() => handle(request))
    .catch((error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }));
});
reply({ ready: true });
