/**
 * .pdf with a text layer → text, with pdfjs-dist's legacy build (the one that runs under Node). Chinese
 * government PDFs often use CID fonts that need pdfjs's CMaps, given as a file path. Text items are joined
 * into lines by their vertical position, lines top to bottom, pages in order.
 */
import { openPdfDocument } from './pdfDocument';

/** `scanned`: the file opened but holds no usable text layer (extractText then reads it by OCR). */
type TextResult = { ok: true; text: string } | { ok: false; error: string; scanned?: true };

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Fewer non-blank characters than this in the whole file: a scan with at most a page number. */
const MIN_TEXT_CHARS = 20;

/** Items on one line: same baseline within half a character; a gap wider than half a character becomes a space. */
export function joinLines(items: PositionedText[]): string[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= Math.max(line[0].size, item.size, 1) / 2) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line) {
      if (text && item.x - end > Math.max(item.size, 1) / 2 && !/\s$/.test(text)) text += ' ';
      text += item.str;
      end = item.x + item.width;
    }
    return text.trimEnd();
  });
}

export async function pdfText(bytes: Uint8Array): Promise<TextResult> {
  const task = await openPdfDocument(bytes, { disableFontFace: true, useSystemFonts: false });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push(joinLines(items).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n');
    if (text.replace(/\s/g, '').length < MIN_TEXT_CHARS)
      return { ok: false, error: '文件中没有可提取的文字（可能是扫描件），请使用带文字层的 PDF 或粘贴文字导入', scanned: true };
    return { ok: true, text };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, error: 'PDF 设有打开密码，请去掉密码后再导入' };
    return { ok: false, error: '文件已损坏或不是有效的 PDF' };
  } finally {
    await task.destroy();
  }
}
