/**
 * Opens a PDF with pdfjs-dist the way every part of the core reads one: its bundled CMaps (Chinese text
 * in fonts without embedded encodings) and standard fonts, no eval, no console noise. Returns the loading
 * task, which the caller destroys.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function openPdfDocument(bytes: Uint8Array, options: { disableFontFace?: boolean; useSystemFonts?: boolean } = {}) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    isEvalSupported: false,
    verbosity: 0,
    ...options,
  });
}
