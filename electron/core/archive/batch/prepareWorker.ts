/** The worker thread of a batch import: prepares the files it is sent, one message per file. */
import { parentPort } from 'node:worker_threads';
import { prepareFile } from './prepareFile';

export interface PrepareRequest {
  id: number;
  path: string;
}

parentPort?.on('message', async ({ id, path }: PrepareRequest) => {
  parentPort!.postMessage({ id, result: await prepareFile(path) });
});
