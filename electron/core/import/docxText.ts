/**
 * .docx → text with mammoth's raw-text extraction, then Word's automatic numbering put back in front of
 * the paragraphs that carry it (mammoth drops it, and without 一、/（一）/1. the clause tree is lost).
 */
import { numberedParagraphs, type DocxParagraph } from './docxNumbering';
import { readZip } from './zipLimits';

type TextResult = { ok: true; text: string } | { ok: false; error: string };

const CORRUPT = '文件已损坏或不是有效的 Word（.docx）文档';
const ENCRYPTED_OR_OLD = '文件设有打开密码，或是改了扩展名的旧版 Word（.doc）文件：请去掉密码或另存为 .docx 后再导入';

const squash = (text: string) => text.replace(/\s+/g, '');

/** How far ahead a mammoth paragraph is looked for among the XML paragraphs (text boxes, skipped parts). */
const LOOKAHEAD = 40;

/**
 * Puts each numbered paragraph's marker before the extracted paragraph with the same text (`separator`
 * joins mammoth's paragraphs; word-extractor's .doc text has one paragraph a line).
 */
export function restoreNumbering(rawText: string, paragraphs: DocxParagraph[], separator = '\n\n'): string {
  if (!paragraphs.some((p) => p.marker)) return rawText;
  const blocks = rawText.split(separator);
  let next = 0;
  return blocks
    .map((block) => {
      const key = squash(block);
      if (key === '') return block;
      for (let j = next; j < Math.min(paragraphs.length, next + LOOKAHEAD); j++) {
        if (squash(paragraphs[j].text) === key) {
          next = j + 1;
          const marker = paragraphs[j].marker;
          if (!marker) return block;
          return /[\p{L}\p{N}]$/u.test(marker) ? `${marker} ${block}` : `${marker}${block}`;
        }
      }
      return block;
    })
    .join(separator);
}

export async function docxText(bytes: Uint8Array): Promise<TextResult> {
  // Encrypted Office files and old .doc files are OLE compound files, not ZIP packages.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, error: ENCRYPTED_OR_OLD };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: CORRUPT };
  // Limits first: JSZip and mammoth would inflate a zip bomb whole.
  const checked = await readZip(bytes, () => false, CORRUPT);
  if (!checked.ok) return checked;
  try {
    // Loaded here, not with the module: a reader or core that never meets a .docx starts without them.
    const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')?.async('string');
    if (documentXml === undefined) return { ok: false, error: CORRUPT };
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? null;
    const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? null;
    return { ok: true, text: restoreNumbering(raw.value, numberedParagraphs(documentXml, numberingXml, stylesXml)) };
  } catch {
    return { ok: false, error: CORRUPT };
  }
}
