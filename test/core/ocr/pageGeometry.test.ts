import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rotatePage, skewAngle } from '../../../electron/core/ocr/deskew';
import { splitInks } from '../../../electron/core/ocr/inkLayers';
import { orderLines } from '../../../electron/core/ocr/lineOrder';
import type { RawPage } from '../../../electron/core/ocr/pageImages';

const line = (text: string, x: number, y: number, width = 200, height = 40, confidence = 0.99) => ({
  text,
  confidence,
  box: { x, y, width, height },
});

/** Dark text-like rows on white: bars 12 px high every 40 px. */
function rows(width: number, height: number): RawPage {
  const data = Buffer.alloc(width * height * 3, 255);
  for (let y = 100; y < height - 100; y++)
    if (y % 40 < 12) for (let x = 100; x < width - 100; x += 1) if (x % 30 < 22) data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  return { data, width, height };
}

describe('page geometry', () => {
  it('orders boxes into rows top to bottom, left to right, with a space only across a wide gap', () => {
    const lines = orderLines([
      line('2026年11月20日', 1000, 1402),
      line('青川县人民政府', 1000, 1330),
      line('通知如下', 460, 860, 200),
      line('为做好工作，', 220, 862, 230),
      line('甲', 1200, 862, 40),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['为做好工作，通知如下 甲', '青川县人民政府', '2026年11月20日']);
  });

  it('finds a small skew and turns the page upright', async () => {
    const page = rows(800, 600);
    const { data, info } = await sharp(page.data, { raw: { width: 800, height: 600, channels: 3 } })
      .rotate(2, { background: '#ffffff' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const askew = { data, width: info.width, height: info.height };
    const angle = await skewAngle(askew);
    expect(angle).toBeCloseTo(2, 0);
    expect(await skewAngle(await rotatePage(askew, angle))).toBe(0);
    expect(await skewAngle(page)).toBe(0);
  });

  it('whitens red ink in the black layer but keeps black ink under it', () => {
    const pixel = (r: number, g: number, b: number) => [r, g, b];
    const page: RawPage = {
      data: Buffer.from([...pixel(214, 0, 28), ...pixel(20, 20, 20), ...pixel(255, 170, 170), ...pixel(250, 250, 250)]),
      width: 4,
      height: 1,
    };
    const inks = splitInks(page);
    expect([...inks.black.data]).toEqual([255, 255, 255, 20, 20, 20, 255, 255, 255, 250, 250, 250]);
    expect([...inks.red.data]).toEqual([0, 0, 0, 255, 255, 255, 0, 0, 0, 255, 255, 255]);
    expect(inks.redShare).toBe(0.5);
  });
});
