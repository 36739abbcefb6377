/**
 * Which reader a file goes to, by its bytes where they tell: an OLE compound file is Word 97–2003/WPS
 * whatever its name says (a .doc renamed .docx, a .wps), a ZIP package named .doc/.wps is really .docx.
 * The extension decides only where the bytes do not (text, PDF, OFD).
 */
import { docxText } from './docxText';
import type { ExtractedFormat } from './extractText';
import { ofdText } from './ofdText';
import { pdfText } from './pdfText';
import { decodeText } from './decodeText';
import { isOleFile, wordText } from './wordText';

/** `scanned`: a PDF without a usable text layer (extractText then reads it by OCR). */
type TextResult = { ok: true; text: string } | { ok: false; error: string; scanned?: true };
/** Formats read for their text; images go to OCR. */
type TextFormat = Exclude<ExtractedFormat, 'image'>;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The format the bytes really are, given the one the name claims. */
export function formatOfContent(bytes: Uint8Array, claimed: TextFormat): TextFormat {
  const wordFamily = claimed === 'docx' || claimed === 'doc' || claimed === 'wps';
  if (wordFamily && isOleFile(bytes)) return claimed === 'wps' ? 'wps' : 'doc';
  if (wordFamily && isZip(bytes)) return 'docx';
  return claimed;
}

export async function readByContent(bytes: Uint8Array, claimed: TextFormat): Promise<{ format: TextFormat; result: TextResult }> {
  const format = formatOfContent(bytes, claimed);
  const read: Record<TextFormat, (bytes: Uint8Array) => TextResult | Promise<TextResult>> = {
    txt: decodeText,
    docx: docxText,
    pdf: pdfText,
    ofd: ofdText,
    doc: wordText,
    wps: wordText,
  };
  return { format, result: await read[format](bytes) };
}
