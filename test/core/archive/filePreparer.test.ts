import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, filePreparer } from '../../../electron/core/archive/batch/filePreparer';
import { CORPUS_DIR, CORPUS_NAMES } from '../../corpus';
import { zipBomb } from '../../fixtures/import/hostileZips';
import { BIG_NOTICE_BYTES, bigNoticeText } from '../../../electron/tools/bench/responsivenessBench';
import { readerBundleUrl } from '../../cliBundle';

const hostile = new URL('../../fixtures/workers/hostileWorker.mjs', import.meta.url);
const swelling = new URL('../../fixtures/workers/swellingWorker.mjs', import.meta.url);
const holding = new URL('../../fixtures/workers/holdingWorker.mjs', import.meta.url);
const NOTICE_PDF = new URL('../../fixtures/import/notice.pdf', import.meta.url);
// The real reader is started from the run's bundle (readerBundleUrl), as cores made in tests start it; one
// case starts the default one (prepareWorker.boot.mjs: the sources through tsx), as `npm run cli` does.

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
  it('reads the largest notice import takes (19.9 MB of text) within the reader limits', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, bigNoticeText(BIG_NOTICE_BYTES));
    const preparer = filePreparer(readerBundleUrl());
    try {
      const prepared = await preparer.prepare(path);
      expect('status' in prepared ? prepared.message : null).toBeNull();
      expect(preparer.threaded).toBe(true);
    } finally {
      await preparer.close();
    }
  }, 120_000);

  it('gives the same results in the reader process as on the main thread, Buffers included', async () => {
    // The default reader, from the sources.
    const [worker, main] = await Promise.all([prepareAll(undefined), prepareAll(null)]);
    expect(worker.threaded).toBe(true);
    expect(main.threaded).toBe(false);
    const inWorker = worker.results;
    expect(inWorker).toEqual(main.results);
    const first = inWorker[0];
    expect('status' in first).toBe(false);
    if (!('status' in first)) {
      expect(Buffer.isBuffer(first.parsedRecord)).toBe(true);
      expect(Buffer.isBuffer(first.clauseSpans)).toBe(true);
      // A .txt is its text: its bytes are not kept twice.
      expect(first.file).toMatchObject({ size: expect.any(Number), bytes: null });
      expect(first.parsed.clauses.length).toBeGreaterThan(0);
    }
    expect(inWorker.at(-1)).toMatchObject({ status: 'failed', message: '文件是空的' });
  });

  it('gets back the bytes of a file it read or was sent without the reader sending them', async () => {
    const bytes = readFileSync(NOTICE_PDF);
    const preparer = filePreparer(readerBundleUrl());
    try {
      const [read, sent] = await Promise.all([preparer.prepare(NOTICE_PDF.pathname), preparer.prepareBytes('通知.pdf', bytes)]);
      for (const prepared of [read, sent]) {
        expect('status' in prepared ? prepared.message : null).toBeNull();
        if (!('status' in prepared)) expect(Buffer.compare(prepared.file!.bytes!, bytes)).toBe(0);
      }
      expect(preparer.threaded).toBe(true);
    } finally {
      await preparer.close();
    }
  }, 60_000);

  it('fails a file whose bytes changed after the reader read them', async () => {
    const preparer = filePreparer(swelling);
    try {
      const path = join(dir, 'kept.pdf');
      writeFileSync(path, readFileSync(NOTICE_PDF));
      const changed = await preparer.prepare(path);
      expect(changed).toMatchObject({ status: 'failed', message: expect.stringContaining('被改动') });
    } finally {
      await preparer.close();
    }
  });

  it('replaces a reader that a large file left holding memory, and prepares the rest in order', async () => {
    const preparer = filePreparer(swelling);
    try {
      const names = ['a.txt', 'big.txt', 'b.txt', 'c.txt', 'big2.txt', 'd.txt'];
      const readers = (await Promise.all(names.map((name) => preparer.prepare(name)))).map((r) => ('status' in r ? r.message : ''));
      // Each reader answers up to and including a large file; the files after it go to a fresh one.
      expect(readers[0]).toBe(readers[1]);
      expect(readers[2]).toBe(readers[4]);
      expect(readers[5]).not.toBe(readers[4]);
      expect(new Set(readers).size).toBe(3);
      expect(preparer.threaded).toBe(true);
    } finally {
      await preparer.close();
    }
  });

  it('sends the reader many files ahead by path, but files sent by their bytes only up to 32 MB at once', async () => {
    const preparer = filePreparer(holding);
    try {
      const byPath = await Promise.all(Array.from({ length: 40 }, (_, i) => preparer.prepare(`${i}.txt`)));
      expect(byPath.map((r) => ('status' in r ? r.message : ''))).toEqual(Array(40).fill('40'));
      const tenMb = new Uint8Array(10 * 1024 * 1024);
      const byBytes = await Promise.all(Array.from({ length: 5 }, (_, i) => preparer.prepareBytes(`${i}.docx`, tenMb)));
      expect(byBytes.map((r) => ('status' in r ? r.message : ''))).toEqual(['3', '3', '3', '2', '2']);
    } finally {
      await preparer.close();
    }
  });

  it('prepares on the main thread when the reader cannot start', async () => {
    const { results, threaded } = await prepareAll(new URL('file:///nonexistent/prepareWorker.boot.mjs'));
    expect(threaded).toBe(false);
    expect(results.filter((r) => !('status' in r))).toHaveLength(CORPUS_NAMES.length);
  });

  it('fails the file, not the core, when the reader runs out of memory on it', async () => {
    const preparer = filePreparer(new URL('../../fixtures/workers/outOfMemoryWorker.mjs', import.meta.url));
    try {
      const result = await preparer.prepareBytes('炸弹.docx', new Uint8Array([80, 75, 3, 4]));
      expect(result).toMatchObject({ status: 'failed', fileName: '炸弹.docx', message: expect.stringContaining('内存不足') });
      // Never retried on the main thread: the next file goes to a fresh reader.
      expect(preparer.threaded).toBe(true);
    } finally {
      await preparer.close();
    }
  });

  it('fails a file that hangs, crashes or fills the heap alone, and prepares the rest in order in fresh readers', async () => {
    // Filling even a 64 MB heap takes V8 1–3 s of last-resort collections on a loaded machine: the time
    // limit leaves it room, so the hog dies of its heap and not of the clock.
    const preparer = filePreparer(hostile, { ...DEFAULT_LIMITS, heapMb: 64, fileMs: 5000 });
    try {
      const names = ['a.txt', 'hang.docx', 'b.txt', 'crash.ofd', 'c.txt', 'hog.pdf', 'd.txt'];
      const results = await Promise.all(names.map((name) => preparer.prepare(name)));
      expect(results.map((r) => ('status' in r ? r.message : ''))).toEqual([
        'ok a.txt',
        expect.stringContaining('超过 5 秒仍未完成'),
        'ok b.txt',
        expect.stringContaining('意外退出'),
        'ok c.txt',
        expect.stringContaining('内存不足'),
        'ok d.txt',
      ]);
      expect(preparer.threaded).toBe(true);
    } finally {
      await preparer.close();
    }
  }, 60_000);

  it('refuses a zip bomb in the real reader with the reason, and goes on', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'gongwen-bomb-'));
    try {
      writeFileSync(join(dir2, '炸弹.docx'), await zipBomb(60));
      const preparer = filePreparer(readerBundleUrl());
      try {
        const [bomb, next] = await Promise.all([preparer.prepare(join(dir2, '炸弹.docx')), preparer.prepare(paths[0])]);
        expect(bomb).toMatchObject({ status: 'failed', message: expect.stringContaining('压缩炸弹') });
        expect('status' in next).toBe(false);
      } finally {
        await preparer.close();
      }
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  }, 60_000);
});
