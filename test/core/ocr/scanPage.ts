/**
 * A scanned page drawn for the tests: a short 红头文件 at 200 dpi with a red 版头 and rule, black text, and a
 * red seal pressed over the signature and date, as a copier would give it. Drawn here, not committed.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';

GlobalFonts.registerFromPath('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'Noto Serif CJK SC');

export const PAGE = {
  banner: '青川县人民政府文件',
  docNumber: '青政发〔2026〕7号',
  title: '青川县人民政府关于开展冬季防火检查的通知',
  issuer: '青川县人民政府',
  signedDate: '2026-11-20',
};

/** The page as PNG; `skew` turns it clockwise by that many degrees (a page fed askew). */
export async function drawScanPage(options: { skew?: number } = {}): Promise<Buffer> {
  const width = 1654;
  const height = 2339;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.font = '104px "Noto Serif CJK SC"';
  g.textAlign = 'center';
  g.fillStyle = '#d6001c';
  g.fillText(PAGE.banner, width / 2, 420);
  g.fillRect(220, 590, width - 440, 5);
  g.fillStyle = '#111111';
  g.font = '44px "Noto Serif CJK SC"';
  g.fillText(PAGE.docNumber, width / 2, 540);
  g.font = '58px "Noto Serif CJK SC"';
  g.fillText(PAGE.title, width / 2, 730);
  g.textAlign = 'left';
  g.font = '44px "Noto Serif CJK SC"';
  const body = [
    '各乡镇人民政府，县直有关单位：',
    '　　为做好今冬明春防火工作，现就有关事项通知如下。',
    '　　一、全面排查隐患。各单位要组织力量开展检查。',
    '　　二、落实值班制度。节假日期间安排专人值守。',
  ];
  body.forEach((line, i) => g.fillText(line, 220, 860 + i * 72));
  g.textAlign = 'right';
  g.fillText(PAGE.issuer, width - 320, 1330);
  g.fillText('2026年11月20日', width - 300, 1402);
  // The seal: a red ring with its ring text and star, pressed over the signature and date.
  g.strokeStyle = 'rgba(214, 0, 28, 0.85)';
  g.fillStyle = 'rgba(214, 0, 28, 0.85)';
  g.lineWidth = 9;
  g.beginPath();
  g.arc(width - 470, 1350, 155, 0, Math.PI * 2);
  g.stroke();
  g.font = '34px "Noto Serif CJK SC"';
  g.textAlign = 'center';
  [...PAGE.issuer].forEach((char, i) => {
    const a = Math.PI * (1.15 + (i * 0.7) / (PAGE.issuer.length - 1));
    g.fillText(char, width - 470 + Math.cos(a) * 118, 1362 + Math.sin(a) * 118);
  });
  g.font = '90px "Noto Serif CJK SC"';
  g.fillText('★', width - 470, 1382);
  const png = canvas.toBuffer('image/png');
  if (!options.skew) return png;
  return sharp(png).rotate(options.skew, { background: '#ffffff' }).flatten({ background: '#ffffff' }).png().toBuffer();
}

/** A PDF of A4 pages each holding only the JPEG of a page, as a scanner writes it: no text layer. */
export async function scanPdf(...pngs: Buffer[]): Promise<Uint8Array> {
  // Objects: 1 catalog, 2 page tree, then per page three: the page, its image, its content stream.
  const pageIds = pngs.map((_, i) => 3 + i * 3);
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pngs.length} >>`,
  ];
  for (const [i, png] of pngs.entries()) {
    const { data: jpeg, info } = await sharp(png).jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true });
    const id = pageIds[i];
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${id + 1} 0 R >> >> /Contents ${id + 2} 0 R >>`,
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
        ),
        jpeg,
        Buffer.from('\nendstream'),
      ]),
      '<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream',
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
