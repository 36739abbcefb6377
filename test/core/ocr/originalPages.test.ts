import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, OriginalPages } from '../../../shared/api/archiveContract';
import type { FilePayload } from '../../../shared/api/binary';
import { CANCELLED } from '../../../electron/core/ocr/recognizeScan';
import type { ScanReading } from '../../../shared/domain/scanReading';
import { tempCore, value, type TempCore } from '../archive/archiveTestKit';
import { PAGE, drawScanPage, scanPdf } from './scanPage';

// Through the contract (t.api) as every host calls it: arguments validated, results as the UI gets them.
let t: TempCore | null = null;
const call = async <T>(method: string, args: unknown): Promise<T> => value(await t!.api(method, args)) as T;
afterEach(() => {
  t?.dispose();
  t = null;
});

describe('a scanned notice in the archive', () => {
  it('is imported through the contract by OCR, keeps its reading per page and shows its pages as images', async () => {
    t = tempCore();
    const pdf = await scanPdf(await drawScanPage());
    const outcome = await call<ImportOutcome>('archive.importFile', { fileName: '扫描件.pdf', bytes: pdf });
    expect(outcome).toMatchObject({ status: 'imported', docNumber: PAGE.docNumber, title: PAGE.title });
    const id = outcome.noticeId!;
    const pages = await call<OriginalPages>('archive.originalPages', { id });
    expect(pages).toMatchObject({ pages: 1, scan: { pages: [{ page: 1, width: 1653, height: 2339 }] } });
    expect(pages.scan!.meanConfidence).toBeGreaterThan(0.9);
    const image = await call<FilePayload>('archive.pageImage', { id, page: 1 });
    expect(image).toMatchObject({ fileName: '扫描件-第1页.png', mime: 'image/png' });
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: 'png', width: 1653, height: 2339 });
    expect(await t.api('archive.pageImage', { id, page: 2 })).toEqual({ ok: false, error: '原件没有第 2 页' });
  }, 120_000);

  it('stores a photographed page as an image scan and shows it as its one page', async () => {
    t = tempCore();
    const photo = await drawScanPage();
    const outcome = await call<ImportOutcome>('archive.importFile', { fileName: '拍照件.png', bytes: photo });
    expect(outcome).toMatchObject({ status: 'imported', docNumber: PAGE.docNumber, title: PAGE.title });
    const id = outcome.noticeId!;
    expect(t.sql().prepare('SELECT source_format FROM notices WHERE id = ?').pluck().get(id)).toBe('image');
    expect(await call<OriginalPages>('archive.originalPages', { id })).toMatchObject({ pages: 1, scan: { pages: [{ page: 1 }] } });
    const image = await call<FilePayload>('archive.pageImage', { id, page: 1 });
    const { width, height } = await sharp(photo).metadata();
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: 'png', width, height });
  }, 120_000);

  it('keeps the low-confidence lines with their boxes; a notice from text has no pages and no reading', async () => {
    t = tempCore();
    const scan: ScanReading = {
      meanConfidence: 0.8,
      pages: [
        {
          page: 1,
          width: 1653,
          height: 2339,
          meanConfidence: 0.8,
          lowConfidenceLines: [{ text: '青政发〔2026】7号', confidence: 0.62, box: { x: 640, y: 492, width: 384, height: 44 } }],
        },
      ],
    };
    const bytes = await scanPdf(await drawScanPage());
    const text = `${PAGE.banner}\n${PAGE.docNumber}\n${PAGE.title}\n各乡镇：\n一、开展检查。\n${PAGE.issuer}\n2026年11月20日`;
    const scanned = await t.core.archive.importSource({ fileName: '扫描件.pdf', format: 'pdf', text, bytes, scan });
    expect(await call('archive.originalPages', { id: scanned.noticeId! })).toEqual({ pages: 1, scan });
    const typed = await call<ImportOutcome>('archive.importText', { text: text.replace('7号', '8号') });
    expect(await call('archive.originalPages', { id: typed.noticeId! })).toEqual({ pages: 0, scan: null });
    expect(await t.api('archive.pageImage', { id: typed.noticeId!, page: 1 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('没有页面图像'),
    });
    expect(await t.api('archive.originalPages', { id: 999 })).toMatchObject({ ok: false, error: expect.stringContaining('找不到') });
  });
});

describe('a scan cancelled while it is read', () => {
  it('stops before its next page, fails with the reason and writes nothing', async () => {
    t = tempCore();
    const page = await drawScanPage();
    const importing = call<ImportOutcome>('archive.importFile', { fileName: '两页扫描件.pdf', bytes: await scanPdf(page, page) });
    // The reader process starts and loads the OCR models before page 1: on a loaded machine that alone takes tens of seconds.
    await vi.waitFor(async () => expect(await call('archive.scanProgress', {})).toMatchObject({ reading: { page: 1, pages: 2 } }), {
      timeout: 100_000,
      interval: 50,
    });
    expect(await call('archive.cancelScan', {})).toEqual({ cancelled: true });
    expect(await importing).toMatchObject({ status: 'failed', message: CANCELLED });
    expect(await call('archive.scanProgress', {})).toEqual({ reading: null });
    expect(t.sql().prepare('SELECT count(*) FROM notices').pluck().get()).toBe(0);
  }, 180_000);
});
