import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { extractTextFromBytes } from '../../../electron/core/import/extractText';
import { CANCELLED, recognizeScan } from '../../../electron/core/ocr/recognizeScan';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { PAGE, drawScanPage, scanPdf } from './scanPage';

// Each case reads a whole A4 page at 200 dpi: seconds of CPU, so few cases, each checking much.
describe('recognizeScan', () => {
  it('reads a scanned page as a notice: the red 版头 is the issuer and the seal over the date leaves the date', async () => {
    const pages: unknown[] = [];
    const result = await extractTextFromBytes(await drawScanPage(), '扫描件.png', { onPage: (p) => pages.push(p) });
    expect(result).toMatchObject({ ok: true, format: 'image' });
    if (!result.ok) return;
    expect(pages).toEqual([{ page: 1, pages: 1 }]);
    const notice = analyzeNotice(result.text);
    expect(notice.docNumber?.text).toBe(PAGE.docNumber);
    expect(notice.title).toBe(PAGE.title);
    expect(notice.signedDate).toBe(PAGE.signedDate);
    expect(notice.issuer).toBe(PAGE.issuer);
    expect(result.text.split('\n')[0]).toBe(PAGE.banner);
    expect(result.scan?.pages).toHaveLength(1);
    expect(result.scan?.meanConfidence).toBeGreaterThan(0.9);
  }, 120_000);

  it('reads a PDF without a text layer, fed askew, by OCR and keeps it a PDF', async () => {
    const pdf = await scanPdf(await drawScanPage({ skew: 1.5 }));
    const result = await extractTextFromBytes(pdf, '扫描件.pdf');
    expect(result).toMatchObject({ ok: true, format: 'pdf', scan: { pages: [{ page: 1 }] } });
    if (!result.ok) return;
    const notice = analyzeNotice(result.text);
    expect([notice.docNumber?.text, notice.title, notice.signedDate]).toEqual([PAGE.docNumber, PAGE.title, PAGE.signedDate]);
    expect(result.text.match(new RegExp(PAGE.banner, 'g'))).toHaveLength(1);
  }, 120_000);

  it('reads a page laid on the glass sideways and upside down (turned 270°) the right way up, in the frame as received', async () => {
    const turned = await sharp(await drawScanPage())
      .rotate(270)
      .png()
      .toBuffer();
    const result = await recognizeScan(turned, 'image');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const notice = analyzeNotice(result.text);
    expect([notice.docNumber?.text, notice.title, notice.signedDate]).toEqual([PAGE.docNumber, PAGE.title, PAGE.signedDate]);
    expect(result.scan.pages[0]).toMatchObject({ width: 2339, height: 1654 });
  }, 120_000);

  it('stops before a page once cancelled, and says why a file cannot be read', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await recognizeScan(await drawScanPage(), 'image', { signal: controller.signal })).toEqual({ ok: false, error: CANCELLED });
    expect(await extractTextFromBytes(new TextEncoder().encode('not an image'), '照片.jpg')).toEqual({
      ok: false,
      error: expect.stringContaining('图片已损坏'),
    });
  });
});
