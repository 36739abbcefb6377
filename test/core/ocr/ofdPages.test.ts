import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
/** A small Latin-only TrueType font that a dependency ships (pdf.js's standard fonts). */
const LATIN_FONT = createRequire(import.meta.url).resolve('pdfjs-dist/standard_fonts/LiberationSans-Italic.ttf');
const bluePath = (boundary: string) =>
  `<ofd:PathObject ID="77" Boundary="${boundary}" Fill="true" Stroke="false"><ofd:FillColor Value="0 0 255"/><ofd:AbbreviatedData>M 0 0 L 40 0 L 40 40 L 0 40 C</ofd:AbbreviatedData></ofd:PathObject>`;

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

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const square = (colour: string) =>
  sharp({ create: { width: 40, height: 40, channels: 3, background: colour } })
    .png()
    .toBuffer();

/** A GB/T 38540 seal structure as far as the picture goes: DER around an OCTET STRING holding `picture`. */
function sealStructure(picture: Buffer): Buffer {
  const header = Buffer.from([0x30, 0x82, 0, 0, 0x16, 0x02, 0x45, 0x53, 0x04, 0x82, picture.length >> 8, picture.length & 0xff]);
  // A stray PNG signature in a certificate before the picture, with no OCTET STRING around it, is not taken.
  const stray = Buffer.concat([Buffer.from([0x30, 0x10]), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(8)]);
  return Buffer.concat([stray, header, picture, Buffer.alloc(64, 0x30)]);
}

/**
 * A one-page package signed with a seal at 120,200 (40 mm square): its picture from `seal` (a .esl) or, without
 * it, from the SignedValue; `clip` cuts it to a 骑缝章's share. The page is ID 10 (ofdPackage's numbering).
 */
async function signedPackage(options: { esl?: Buffer; signedValue?: Buffer; clip?: string; pageRef?: string }): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await ofdPackage([[{ lines: ['正文'] }]]));
  const ofd = await zip.file('OFD.xml')!.async('string');
  zip.file('OFD.xml', ofd.replace('</ofd:DocRoot>', '</ofd:DocRoot><ofd:Signatures>/Doc_0/Signs/Signatures.xml</ofd:Signatures>'));
  zip.file(
    'Doc_0/Signs/Signatures.xml',
    `<ofd:Signatures ${NS}><ofd:Signature ID="1" Type="Seal" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>`,
  );
  const seal = options.esl ? '<ofd:Seal><ofd:BaseLoc>/Doc_0/Signs/Sign_0/Seal.esl</ofd:BaseLoc></ofd:Seal>' : '';
  const clip = options.clip ? ` Clip="${options.clip}"` : '';
  zip.file(
    'Doc_0/Signs/Sign_0/Signature.xml',
    `<ofd:Signature ${NS}><ofd:SignedInfo>${seal}<ofd:StampAnnot ID="2" Boundary="120 200 40 40" PageRef="${options.pageRef ?? '10'}"${clip}/></ofd:SignedInfo>` +
      '<ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>',
  );
  if (options.esl) zip.file('Doc_0/Signs/Sign_0/Seal.esl', options.esl);
  zip.file('Doc_0/Signs/Sign_0/SignedValue.dat', options.signedValue ?? Buffer.alloc(256, 0x30));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A one-page package with `parts` added and `edit` applied to its Document.xml and page content. */
async function editedPackage(
  edit: { document?: (xml: string) => string; content?: (xml: string) => string },
  parts: Record<string, string | Buffer>,
) {
  const zip = await JSZip.loadAsync(await ofdPackage([[{ lines: ['正文'] }]]));
  for (const [path, change] of [
    ['Doc_0/Document.xml', edit.document],
    ['Doc_0/Pages/Page_0/Content.xml', edit.content],
  ] as const) {
    if (change) zip.file(path, change(await zip.file(path)!.async('string')));
  }
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
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

  it('draws a seal applied by signing in its StampAnnot boundary, its picture taken from the .esl', async () => {
    const page = await (await openOfdPages(await signedPackage({ esl: sealStructure(await square('#ff0000')) }))).render(1);
    const area = (40 * PX_PER_MM) ** 2;
    expect(count(page, 200, 240, red, 120, 160)).toBeGreaterThan(area * 0.95);
    expect(count(page, 0, 199, red, 0, 210) + count(page, 241, 297, red, 0, 210)).toBe(0);
  });

  it('takes the seal from the SignedValue when there is no .esl, and draws only its share of a 骑缝章', async () => {
    const signedValue = sealStructure(await square('#ff0000'));
    const page = await (await openOfdPages(await signedPackage({ signedValue, clip: '0 0 8 40' }))).render(1);
    expect(count(page, 201, 239, red, 120.5, 127.5)).toBeGreaterThan(7 * 38 * PX_PER_MM ** 2 * 0.95);
    expect(count(page, 200, 240, red, 128.5, 160)).toBe(0);
    // A StampAnnot on another page leaves this one bare.
    const elsewhere = await (await openOfdPages(await signedPackage({ signedValue, pageRef: '99' }))).render(1);
    expect(count(elsewhere, 200, 240, red, 120, 160)).toBe(0);
  });

  it('draws a seal whose picture is itself a one-page OFD (the 发票监制章 kind)', async () => {
    const sealOfd = await editedPackage({ content: (xml) => xml.replace('</ofd:Layer>', `${bluePath('0 0 40 40')}</ofd:Layer>`) }, {});
    const page = await (await openOfdPages(await signedPackage({ signedValue: sealStructure(sealOfd) }))).render(1);
    // The seal's page (210 mm wide) is drawn 40 mm wide: its blue 40 mm square becomes about 7.6 mm.
    expect(count(page, 200, 208, blue, 120, 128)).toBeGreaterThan(6 * 6 * PX_PER_MM ** 2);
    expect(count(page, 209, 240, blue, 120, 160)).toBe(0);
  });

  it("draws a path's arcs as curves: a vector seal's ring is round, not its chords", async () => {
    const ring =
      '<ofd:PathObject ID="78" Boundary="120 200 40 40" LineWidth="2"><ofd:StrokeColor Value="255 0 0"/>' +
      '<ofd:AbbreviatedData>M 2 20 A 18 18 0 1 1 38 20 A 18 18 0 1 1 2 20 C</ofd:AbbreviatedData></ofd:PathObject>';
    const sealed = await editedPackage({ content: (xml) => xml.replace('</ofd:Layer>', `${ring}</ofd:Layer>`) }, {});
    const page = await (await openOfdPages(sealed)).render(1);
    // The ring passes 2 mm inside its box at the top and bottom; the chord the arcs once became ran across the middle.
    expect(count(page, 201, 204, red, 135, 145)).toBeGreaterThan(10 * PX_PER_MM ** 2);
    expect(count(page, 236, 239, red, 135, 145)).toBeGreaterThan(10 * PX_PER_MM ** 2);
    expect(count(page, 217, 223, red, 125, 155)).toBe(0);
  });

  it('draws an annotation appearance at its boundary', async () => {
    const annotated = await editedPackage(
      { document: (xml) => xml.replace('</ofd:Pages>', '</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>') },
      {
        'Doc_0/Annots/Annotations.xml': `<ofd:Annotations ${NS}><ofd:Page PageID="10"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>`,
        'Doc_0/Annots/Page_0/Annotation.xml':
          `<ofd:PageAnnot ${NS}><ofd:Annot Type="Stamp" ID="5"><ofd:Appearance Boundary="100 150 40 40">${bluePath('0 0 40 40')}</ofd:Appearance></ofd:Annot>` +
          `<ofd:Annot Type="Stamp" ID="6" Visible="false"><ofd:Appearance Boundary="30 150 40 40">${bluePath('0 0 40 40')}</ofd:Appearance></ofd:Annot></ofd:PageAnnot>`,
      },
    );
    const page = await (await openOfdPages(annotated)).render(1);
    expect(count(page, 151, 189, blue, 101, 139)).toBeGreaterThan(36 * 36 * PX_PER_MM ** 2);
    expect(count(page, 150, 190, blue, 20, 99)).toBe(0);
  });

  it('draws text in the font the file embeds (FontFile), other characters in the CJK font', async () => {
    const withFont = async (fontFile: string) => {
      const file = fontFile ? `<ofd:FontFile>embedded.ttf</ofd:FontFile>` : '';
      const bytes = await editedPackage(
        {
          document: (xml) => xml.replace('</ofd:PageArea>', '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'),
          content: (xml) => xml.replace('>正文<', '>Office 正文<'),
        },
        {
          'Doc_0/PublicRes.xml': `<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="仿宋_GB2312">${file}</ofd:Font></ofd:Fonts></ofd:Res>`,
          'Doc_0/Res/embedded.ttf': readFileSync(LATIN_FONT),
        },
      );
      return (await openOfdPages(bytes)).render(1);
    };
    const [plain, embedded] = await Promise.all([withFont(''), withFont('embedded.ttf')]);
    expect(plain.data.equals(embedded.data)).toBe(false);
    // The Latin font has no 正 or 文: those still come out, from the CJK font.
    expect(count(embedded, 15, 30, dark)).toBeGreaterThan(count(plain, 15, 30, dark) * 0.5);
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
