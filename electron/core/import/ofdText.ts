/**
 * .ofd (GB/T 33190, the national format of electronic 公文) → text. Every TextObject/TextCode of a page
 * and of its templates (ofdPackage.ts opens the package) is placed at its position on the page
 * (Boundary + X/Y, DeltaX for the width, CTM if given), then joined into lines top to bottom, left to
 * right — the order the writer stored them in need not be the reading order.
 */
import { ctmOf, expandDeltas, numbers, openOfd } from './ofdPackage';
import { joinLines } from './pdfText';
import { childrenNamed, descendantsNamed, type XmlElement } from './safeXml';

type TextResult = { ok: true; text: string } | { ok: false; error: string };

const NO_TEXT = 'OFD 文件中没有可提取的文字（可能是扫描件），请导出为带文字的 PDF 或复制文字后粘贴导入';

interface PlacedText {
  str: string;
  x: number;
  /** Negated page y (OFD's y grows downward; joinLines expects PDF's upward y). */
  y: number;
  width: number;
  size: number;
}

/** The text objects of a page (or template) content, placed on the page. */
function placedTexts(content: XmlElement): PlacedText[] {
  const placed: PlacedText[] = [];
  for (const object of descendantsNamed(content, 'TextObject')) {
    const [bx = 0, by = 0] = numbers(object.attributes.Boundary);
    const [a, b, c, d, e, f] = ctmOf(object);
    const size = (Number(object.attributes.Size) || 3.5) * (Math.hypot(a, b) || 1);
    let x = 0;
    let y = 0;
    for (const code of childrenNamed(object, 'TextCode')) {
      const str = code.text;
      const deltas = expandDeltas(code.attributes.DeltaX);
      // A TextCode without X or Y continues where the previous one ended.
      if (code.attributes.X !== undefined) x = Number(code.attributes.X) || 0;
      if (code.attributes.Y !== undefined) y = Number(code.attributes.Y) || 0;
      const advance = deltas.slice(0, Math.max(0, [...str].length - 1)).reduce((sum, delta) => sum + delta, 0);
      if (str.trim()) {
        placed.push({
          str,
          x: bx + a * x + c * y + e,
          y: -(by + b * x + d * y + f),
          width: advance + size,
          size,
        });
      }
      x += advance + (deltas[[...str].length - 1] ?? size);
    }
  }
  return placed;
}

export async function ofdText(bytes: Uint8Array): Promise<TextResult> {
  const ofd = await openOfd(bytes);
  if (!ofd.ok) return ofd;
  const text = ofd.pages.map((page) => joinLines(page.layers.flatMap(placedTexts)).join('\n')).join('\n');
  if (text.trim().length === 0) return { ok: false, error: NO_TEXT };
  return { ok: true, text };
}
