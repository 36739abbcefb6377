import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rotatePage, skewAngle } from '../../../electron/core/ocr/deskew';
import { splitInks } from '../../../electron/core/ocr/inkLayers';
import { orderLines } from '../../../electron/core/ocr/lineOrder';
import { liesSideways } from '../../../electron/core/ocr/orientation';
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

  it('reads a two-column stretch column by column, and the rows around it across the page', () => {
    // Rows 60 px apart; the left column x 200–900, the right x 980–1680 (a gutter of two characters).
    const body = [0, 1, 2, 3].flatMap((i) => [line(`左${i}`, 200, 500 + i * 60, 700), line(`右${i}`, 980, 502 + i * 60, 700)]);
    const lines = orderLines([
      line('某某县人民政府关于开展检查的通知', 300, 300, 1200, 50),
      line('各乡镇：', 200, 420, 200),
      ...body,
      line('左4', 260, 740, 400),
      line('某某县人民政府', 1300, 860, 300),
      line('2026年11月20日', 1320, 930, 300),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      '某某县人民政府关于开展检查的通知',
      '各乡镇：',
      '左0',
      '左1',
      '左2',
      '左3',
      '左4',
      '右0',
      '右1',
      '右2',
      '右3',
      '某某县人民政府',
      '2026年11月20日',
    ]);
  });

  it('keeps rows whole where the page is one column: body lines cross the middle, a spread-out row is not a gutter', () => {
    const lines = orderLines([
      line('大政发〔2025〕1号', 200, 300, 400),
      line('签发人：张三', 1300, 300, 300),
      ...[0, 1, 2].flatMap((i) => [line(`联系人${i}`, 200, 500 + i * 60, 300), line(`电话${i}`, 1200, 500 + i * 60, 300)]),
      line('正文一行跨过页面中间', 200, 700, 1400),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      '大政发〔2025〕1号 签发人：张三',
      '联系人0 电话0',
      '联系人1 电话1',
      '联系人2 电话2',
      '正文一行跨过页面中间',
    ]);
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
