import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filePreparer } from '../../../electron/core/archive/batch/filePreparer';
import { CORPUS_DIR, CORPUS_NAMES } from '../../corpus';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = [...CORPUS_NAMES.map((name) => join(CORPUS_DIR, `${name}.txt`)), join(dir, 'empty.txt')];
writeFileSync(join(dir, 'empty.txt'), '');

async function prepareAll(workerUrl: URL | null | undefined) {
  const preparer = filePreparer(workerUrl);
  try {
    const results = await Promise.all(paths.map((path) => preparer.prepare(path)));
    return { results, threaded: preparer.threaded };
  } finally {
    await preparer.close();
  }
}

describe('preparing the files of a batch import', () => {
  it('gives the same results on the worker thread as on the main thread, Buffers included', async () => {
    const [worker, main] = await Promise.all([prepareAll(undefined), prepareAll(null)]);
    expect(worker.threaded).toBe(true);
    expect(main.threaded).toBe(false);
    const inWorker = worker.results;
    expect(inWorker).toEqual(main.results);
    const first = inWorker[0];
    expect('status' in first).toBe(false);
    if (!('status' in first)) {
      expect(Buffer.isBuffer(first.parsedRecord)).toBe(true);
      expect(Buffer.isBuffer(first.source.bytes)).toBe(true);
      expect(first.parsed.clauses.length).toBeGreaterThan(0);
    }
    expect(inWorker.at(-1)).toMatchObject({ status: 'failed', message: '文件是空的' });
  });

  it('prepares on the main thread when the worker cannot start', async () => {
    const { results, threaded } = await prepareAll(new URL('file:///nonexistent/prepareWorker.boot.mjs'));
    expect(threaded).toBe(false);
    expect(results.filter((r) => !('status' in r))).toHaveLength(CORPUS_NAMES.length);
  });

  it('fails the file, not the core, when the worker runs out of memory on it', async () => {
    const preparer = filePreparer(new URL('../../fixtures/workers/outOfMemoryWorker.mjs', import.meta.url));
    try {
      const result = await preparer.prepareBytes('炸弹.docx', new Uint8Array([80, 75, 3, 4]));
      expect(result).toMatchObject({ status: 'failed', fileName: '炸弹.docx', message: expect.stringContaining('内存不足') });
      expect(preparer.threaded).toBe(false);
    } finally {
      await preparer.close();
    }
  });
});
