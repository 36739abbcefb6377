import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rotatePage, skewAngle } from '../../../electron/core/ocr/deskew';
import { splitInks } from '../../../electron/core/ocr/inkLayers';
import { liesSideways } from '../../../electron/core/ocr/orientation';
import type { RawPage } from '../../../electron/core/ocr/pageImages';

/** Dark text-like rows on white: bars 12 px high every 40 px. */
function rows(width: number, height: number): RawPage {
  const data = Buffer.alloc(width * height * 3, 255);
  for (let y = 100; y < height - 100; y++)
    if (y % 40 < 12) for (let x = 100; x < width - 100; x += 1) if (x % 30 < 22) data.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  return { data, width, height };
}

describe('page geometry', () => {
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

  it('tells a page whose lines run down it (fed sideways) from one whose lines run across', async () => {
    const page = rows(800, 600);
    const { data, info } = await sharp(page.data, { raw: { width: 800, height: 600, channels: 3 } })
      .rotate(90)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(await liesSideways({ data, width: info.width, height: info.height })).toBe(true);
    expect(await liesSideways(page)).toBe(false);
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
