import { describe, expect, it } from 'vitest';
import { docxText } from '../../../electron/core/import/docxText';
import { MAX_ZIP_ENTRIES, readZip, safeEntryName, zipBudget } from '../../../electron/core/import/zipLimits';
import { noticeDocx } from '../../fixtures/import/noticeDocx';
import { lyingBomb, manyEntries, traversal, zipBomb } from '../../fixtures/import/hostileZips';

const CORRUPT = '坏文件';
const MB = 1048576;

describe('ZIP limits', () => {
  it('allows 100× the file size, at least 32 MB and at most 200 MB', () => {
    expect(zipBudget(10_000)).toBe(32 * MB);
    expect(zipBudget(MB)).toBe(100 * MB);
    expect(zipBudget(19 * MB)).toBe(200 * MB);
  });

  it('refuses the 60 MB bomb in seconds, in Chinese, without holding what it inflates', async () => {
    const bomb = await zipBomb(60);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = await readZip(bomb, () => false, CORRUPT);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/解压后超过 32 MB.*压缩炸弹/) });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * MB);
  }, 20_000);

  it('stops a bomb whose headers lie about its size', async () => {
    const result = await readZip(await lyingBomb(60), () => true, CORRUPT);
    expect(result.ok).toBe(false);
  }, 20_000);

  it('refuses more than 5000 entries before inflating any', async () => {
    const result = await readZip(await manyEntries(MAX_ZIP_ENTRIES + 1), () => true, CORRUPT);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('超过 5000 个') });
    expect((await readZip(await manyEntries(10), () => true, CORRUPT)).ok).toBe(true);
  }, 20_000);

  it('refuses entries that climb out of the package', async () => {
    for (const name of ['../../evil.xml', 'Doc_0/../../evil.xml', '/etc/evil.xml', 'C:/evil.xml', '..\\evil.xml']) {
      expect(safeEntryName(name)).toBe(false);
    }
    expect(safeEntryName('Doc_0/Pages/Page_0/Content.xml')).toBe(true);
    const result = await readZip(await traversal(), () => true, CORRUPT);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('路径穿越') });
  });

  it('calls a truncated or non-ZIP file corrupt, and keeps only the entries asked for', async () => {
    const docx = await noticeDocx();
    expect(await readZip(docx.subarray(0, docx.length >> 1), () => true, CORRUPT)).toEqual({ ok: false, error: CORRUPT });
    expect(await readZip(Buffer.from('not a zip at all'), () => true, CORRUPT)).toEqual({ ok: false, error: CORRUPT });
    const read = await readZip(docx, (name) => name === 'word/document.xml', CORRUPT);
    expect(read.ok && [...read.entries.keys()]).toEqual(['word/document.xml']);
    expect(read.ok && read.entries.get('word/document.xml')!.toString('utf8')).toContain('<w:document');
  });

  it('keeps a .docx zip bomb from reaching the Word reader', async () => {
    expect(await docxText(await zipBomb(60))).toEqual({ ok: false, error: expect.stringContaining('压缩炸弹') });
    expect(await docxText(await traversal())).toEqual({ ok: false, error: expect.stringContaining('路径穿越') });
  }, 20_000);
});
