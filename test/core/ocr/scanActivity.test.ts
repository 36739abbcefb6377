import { afterEach, describe, expect, it } from 'vitest';
import { beginScan, cancelScans, scanProgress } from '../../../electron/core/ocr/scanActivity';
import { tempCore, type TempCore } from '../archive/archiveTestKit';

let t: TempCore | null = null;
afterEach(() => {
  t?.dispose();
  t = null;
});

describe('scan activity', () => {
  it('shows the page being read, stops the reading when cancelled, and forgets the file when done', async () => {
    t = tempCore();
    expect(await t.api('archive.scanProgress', {})).toEqual({ ok: true, value: { reading: null } });
    const heard: unknown[] = [];
    const scan = beginScan('扫描件.tif', (page) => heard.push(page));
    expect(scanProgress()).toBeNull();
    scan.options.onPage?.({ page: 2, pages: 3 });
    expect(heard).toEqual([{ page: 2, pages: 3 }]);
    expect(await t.api('archive.scanProgress', {})).toEqual({
      ok: true,
      value: { reading: { fileName: '扫描件.tif', page: 2, pages: 3 } },
    });
    expect(await t.api('archive.cancelScan', {})).toEqual({ ok: true, value: { cancelled: true } });
    expect(scan.options.signal?.aborted).toBe(true);
    scan.end();
    expect(scanProgress()).toBeNull();
    expect(cancelScans()).toBe(false);
  });
});
