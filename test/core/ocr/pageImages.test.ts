import { describe, expect, it } from 'vitest';
import { openPages } from '../../../electron/core/ocr/pageImages';

/** A baseline TIFF of uncompressed grey pages, one IFD per page (what a copier's multi-page TIFF holds). */
function multiPageTiff(pages: { width: number; height: number; grey: number }[]): Uint8Array {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0]);
  chunks.push(header);
  let previousNext = 4; // where the offset of the next IFD is written
  const patches: [number, number][] = [];
  for (const page of pages) {
    const pixels = Buffer.alloc(page.width * page.height, page.grey);
    const pixelsAt = offset;
    chunks.push(pixels);
    offset += pixels.length + (pixels.length % 2);
    if (pixels.length % 2) chunks.push(Buffer.alloc(1));
    const entries: [number, number, number][] = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, pixelsAt],
      [277, 3, 1],
      [278, 4, page.height],
      [279, 4, pixels.length],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, value], i) => {
      ifd.writeUInt16LE(tag, 2 + i * 12);
      ifd.writeUInt16LE(type, 4 + i * 12);
      ifd.writeUInt32LE(1, 6 + i * 12);
      if (type === 3) ifd.writeUInt16LE(value, 10 + i * 12);
      else ifd.writeUInt32LE(value, 10 + i * 12);
    });
    patches.push([previousNext, offset]);
    previousNext = offset + 2 + entries.length * 12;
    chunks.push(ifd);
    offset += ifd.length;
  }
  const tiff = Buffer.concat(chunks);
  for (const [at, value] of patches) tiff.writeUInt32LE(value, at);
  return new Uint8Array(tiff);
}

describe('page images', () => {
  it('opens every page of a multi-page TIFF, each as RGB at its own size', async () => {
    const source = await openPages(
      multiPageTiff([
        { width: 40, height: 30, grey: 20 },
        { width: 50, height: 20, grey: 230 },
      ]),
      'image',
    );
    expect(source.count).toBe(2);
    const second = await source.render(2);
    expect([second.width, second.height, second.data.length]).toEqual([50, 20, 50 * 20 * 3]);
    expect(second.data[0]).toBe(230);
    expect((await source.render(1)).data[0]).toBe(20);
  });
});
