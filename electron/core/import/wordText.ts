/**
 * Word 97–2003 (.doc) and WPS Office (.wps) files → text with word-extractor, with Word's automatic
 * numbering put back (wordNumbering.ts). Both are OLE compound files (WPS Writer stores its .wps in Word's
 * binary layout), so the file's bytes decide, not its extension. What cannot be read — a password, an OLE
 * file that is no text document, a damaged one — gets a reason that tells the clerk to save it as .docx.
 */
import type CFB from 'cfb';
import type WordExtractor from 'word-extractor';
import { restoreNumbering } from './docxText';
import { isEncryptedWord, wordParagraphs } from './wordNumbering';

type TextResult = { ok: true; text: string } | { ok: false; error: string };

const SAVE_AS = '请在 Word/WPS 中另存为 .docx 后再导入';
const ENCRYPTED = '文件设有打开密码，无法读取：请在 Word/WPS 中输入密码打开，另存为未加密的 .docx 后再导入';
const UNREADABLE = `无法读取这个 Word/WPS 文件（已损坏或不是文字文档），${SAVE_AS}`;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * A password-protected .docx is an OLE file holding EncryptedPackage/EncryptionInfo streams (MS-OFFCRYPTO);
 * a protected .doc or .wps sets fEncrypted in its FIB. The stream names are also looked for in the raw
 * bytes, for a container too damaged for cfb to list.
 */
function isEncrypted(bytes: Uint8Array, file: CFB.CFB$Container | null): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le')) || buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'))) return true;
  return file !== null && isEncryptedWord(file);
}

function openContainer(cfb: typeof CFB, bytes: Uint8Array): CFB.CFB$Container | null {
  try {
    return cfb.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch {
    return null;
  }
}

/**
 * Word's own encryption (RC4) leaves the text streams scrambled and word-extractor returns noise: text
 * in which most characters are neither Chinese, nor ASCII, nor common punctuation is not a document.
 */
export function looksScrambled(text: string): boolean {
  const chars = [...text.replace(/\s/g, '')];
  if (chars.length < 20) return false;
  const plain = chars.filter((c) => /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u0021-\u007e\u00b7\u00d7]/.test(c)).length;
  return plain / chars.length < 0.7;
}

export async function wordText(bytes: Uint8Array): Promise<TextResult> {
  if (!isOleFile(bytes)) return { ok: false, error: UNREADABLE };
  // Loaded here, not with the module: a reader or core that never meets a .doc starts without them.
  const [{ default: cfb }, { default: Extractor }] = await Promise.all([import('cfb'), import('word-extractor')]);
  const container = openContainer(cfb, bytes);
  if (isEncrypted(bytes, container)) return { ok: false, error: ENCRYPTED };
  let document: WordExtractor.Document;
  try {
    document = await new Extractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return { ok: false, error: UNREADABLE };
  }
  // The body only, as for .docx: headers and footers hold page numbers, not the notice. Chinese quotes
  // stay as written (word-extractor would make “” ASCII).
  // (@types/word-extractor omits the options word-extractor's getBody takes.)
  const getBody = document.getBody.bind(document) as (options: { filterUnicode: boolean }) => string;
  const text = getBody({ filterUnicode: false });
  if (looksScrambled(text)) return { ok: false, error: `文件内容无法识别（可能设有打开密码或已损坏），${SAVE_AS}` };
  return { ok: true, text: container ? restoreNumbering(text, wordParagraphs(container), '\n') : text };
}
