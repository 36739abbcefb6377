import JSZip from 'jszip';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, OriginalPages } from '../../../shared/api/archiveContract';
import type { FilePayload } from '../../../shared/api/binary';
import { cssColour, openOfdPages } from '../../../electron/core/ocr/ofdPages';
import { NO_CJK_FONT } from '../../../electron/core/ocr/cjkFont';
import type { RawPage } from '../../../electron/core/ocr/pageImages';
import { corpusText } from '../../corpus';
import { zipBomb } from '../../fixtures/import/hostileZips';
import { noticePages, ofdPackage } from '../../fixtures/import/ofdPackage';
import { tempCore, value, type TempCore } from '../archive/archiveTestKit';

const PX_PER_MM = 200 / 25.4;

/** Pixels in a band of millimetres (rows `top`..`bottom`, columns `left`..`right`) that pass `test`. */
function count(
  page: RawPage,
  top: number,
  bottom: number,
  test: (r: number, g: number, b: number) => boolean,
  left = 20,
  right = 190,
): number {
  let n = 0;
  for (let y = Math.round(top * PX_PER_MM); y < Math.round(bottom * PX_PER_MM); y++) {
    for (let x = Math.round(left * PX_PER_MM); x < Math.round(right * PX_PER_MM); x++) {
      const at = (y * page.width + x) * 3;
      if (test(page.data[at], page.data[at + 1], page.data[at + 2])) n++;
    }
  }
  return n;
}
const red = (r: number, g: number, b: number) => r > 180 && g < 90 && b < 90;
const dark = (r: number, g: number, b: number) => r < 100 && g < 100 && b < 100;
const blue = (r: number, g: number, b: number) => r < 60 && g < 60 && b > 200;
const grey = (r: number, g: number, b: number) => r === g && g === b && r > 120 && r < 235;

/** A one-page package with two image objects: a blue 40 mm square, and one whose file is not an image. */
async function withImages(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await ofdPackage([[{ lines: ['正文'] }]]));
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const document = await zip.file('Doc_0/Document.xml')!.async('string');
  zip.file('Doc_0/Document.xml', document.replace('</ofd:PageArea>', '</ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'));
  const media = (id: number, file: string) =>
    `<ofd:MultiMedia ID="${id}" Type="Image"><ofd:MediaFile>${file}</ofd:MediaFile></ofd:MultiMedia>`;
  zip.file(
    'Doc_0/DocumentRes.xml',
    `<ofd:Res ${ns} BaseLoc="Res"><ofd:MultiMedias>${media(7, 'square.png')}${media(8, 'broken.png')}</ofd:MultiMedias></ofd:Res>`,
  );
  zip.file(
    'Doc_0/Res/square.png',
    await sharp({ create: { width: 40, height: 40, channels: 3, background: '#0000ff' } })
      .png()
      .toBuffer(),
  );
  zip.file('Doc_0/Res/broken.png', '这不是图片');
  const content = await zip.file('Doc_0/Pages/Page_0/Content.xml')!.async('string');
  const images =
    '<ofd:ImageObject ID="50" ResourceID="7" Boundary="120 200 40 40" CTM="40 0 0 40 0 0"/>' +
    '<ofd:ImageObject ID="51" ResourceID="8" Boundary="30 200 40 40" CTM="40 0 0 40 0 0"/>';
  zip.file('Doc_0/Pages/Page_0/Content.xml', content.replace('</ofd:Layer>', `${images}</ofd:Layer>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// The fixture draws the template's 版头 line in red at 20 mm, the document number at 28 mm, a red rule at
// 35 mm, and the body's lines every 8 mm from 36 mm.
describe('an OFD original as pages', () => {
  it('draws each page at 200 dpi: the 版头 and its rule in red, the text in black', async () => {
    const pages = noticePages(corpusText('daning-county-2025'));
    const source = await openOfdPages(await ofdPackage([pages]));
    expect(source.count).toBe(pages.length);
    const page = await source.render(1);
    expect(page).toMatchObject({ width: 1654, height: 2339 });
    expect(count(page, 20, 27, red)).toBeGreaterThan(2000);
    expect(count(page, 20, 27, dark)).toBe(0);
    expect(count(page, 34.5, 35.5, red)).toBeGreaterThan(800);
    expect(count(page, 28, 34.5, dark)).toBeGreaterThan(500);
    expect(count(page, 36, 60, dark)).toBeGreaterThan(3000);
    expect(count(page, 36, 290, red)).toBe(0);
    // The last page has only the body's lines, no template.
    const last = await source.render(pages.length);
    expect(count(last, 0, 297, red)).toBe(0);
    expect(count(last, 20, 60, dark)).toBeGreaterThan(1000);
  });

  it('draws an image resource in its frame, and only a grey frame for one that cannot be decoded', async () => {
    const page = await (await openOfdPages(await withImages())).render(1);
    const square = (40 * PX_PER_MM) ** 2;
    expect(count(page, 200, 240, blue, 120, 160)).toBeGreaterThan(square * 0.95);
    expect(count(page, 199, 241, blue, 20, 119)).toBe(0);
    expect(count(page, 199.5, 200.5, grey, 30, 70)).toBeGreaterThan(200);
    expect(count(page, 201, 239, grey, 31, 69)).toBe(0);
  });

  it('draws text whose font is 黑体 in the sans family, other fonts in the serif one', async () => {
    const withFont = async (fontName: string) => {
      const pages = [{ lines: ['一、加强组织领导'] }];
      const document = (await JSZip.loadAsync(await ofdPackage([pages]))).file('Doc_0/Document.xml')!.async('string');
      const res = `<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Fonts><ofd:Font ID="1" FontName="${fontName}"/></ofd:Fonts></ofd:Res>`;
      const parts = {
        'Doc_0/Document.xml': (await document).replace('</ofd:PageArea>', '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'),
        'Doc_0/PublicRes.xml': res,
      };
      return (await (await openOfdPages(await ofdPackage([pages], parts))).render(1)).data;
    };
    const [fangsong, song, hei] = await Promise.all([withFont('仿宋_GB2312'), withFont('宋体'), withFont('黑体')]);
    expect(fangsong.equals(song)).toBe(true);
    expect(fangsong.equals(hei)).toBe(false);
  });

  it('reads colours in RGB, grey, CMYK and hex, with their alpha', () => {
    const colour = (attributes: Record<string, string>) => cssColour({ name: 'FillColor', attributes, children: [], text: '' }, 'none');
    expect(colour({ Value: '255 0 0' })).toBe('rgba(255,0,0,1)');
    expect(colour({ Value: '#FF #80 #00' })).toBe('rgba(255,128,0,1)');
    expect(colour({ Value: '128' })).toBe('rgba(128,128,128,1)');
    expect(colour({ Value: '0 255 255 0' })).toBe('rgba(255,0,0,1)');
    expect(colour({ Value: '0 0 255', Alpha: '51' })).toBe('rgba(0,0,255,0.2)');
    expect(colour({})).toBe('none');
  });

  it('refuses a zip bomb with its reason before drawing anything', async () => {
    await expect(openOfdPages(await zipBomb())).rejects.toThrow(/压缩炸弹/);
  });
});

describe('an OFD original in the notice detail', () => {
  let t: TempCore | null = null;
  afterEach(() => {
    t?.dispose();
    t = null;
    vi.doUnmock('../../../electron/core/ocr/cjkFont');
    vi.resetModules();
  });

  it('counts its pages and renders one as PNG through the contract', async () => {
    t = tempCore();
    const pages = noticePages(corpusText('daning-county-2025'));
    const outcome = value(
      await t.api('archive.importFile', { fileName: '大宁县通知.ofd', bytes: await ofdPackage([pages]) }),
    ) as ImportOutcome;
    expect(outcome.status).toBe('imported');
    const id = outcome.noticeId!;
    expect(value(await t.api('archive.originalPages', { id })) as OriginalPages).toEqual({ pages: pages.length, scan: null });
    const image = value(await t.api('archive.pageImage', { id, page: 1 })) as FilePayload;
    expect(image).toMatchObject({ fileName: '大宁县通知-第1页.png', mime: 'image/png' });
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: 'png', width: 1654, height: 2339 });
    expect(await t.api('archive.pageImage', { id, page: pages.length + 1 })).toEqual({
      ok: false,
      error: `原件没有第 ${pages.length + 1} 页`,
    });
  }, 60_000);

  it('says in Chinese that a font is missing when the machine has no Chinese font', async () => {
    vi.doMock('../../../electron/core/ocr/cjkFont', () => ({ cjkFonts: () => null, NO_CJK_FONT }));
    vi.resetModules();
    const { openOfdPages: open } = await import('../../../electron/core/ocr/ofdPages');
    const source = await open(await ofdPackage([noticePages(corpusText('daning-county-2025'))]));
    await expect(source.render(1)).rejects.toThrow(NO_CJK_FONT);
  });
});
