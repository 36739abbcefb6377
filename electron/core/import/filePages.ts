/**
 * How many pages a received file has, for the 页数 of the 归档文件目录: a PDF's page count, an OFD's
 * pages (its Document.xml lists them), and a .docx's as Word or WPS last counted them (docProps/app.xml).
 * Null where the file does not say (a .txt, a .docx saved by a tool that writes no count, a broken file).
 */
import { extname } from 'node:path';
import { openPdfDocument } from './pdfDocument';
import type PizZip from 'pizzip';
import { openOfd } from './ofdPackage';

async function pdfPages(bytes: Uint8Array): Promise<number | null> {
  const task = await openPdfDocument(bytes);
  try {
    return (await task.promise).numPages;
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
}

/** pizzip is loaded for the first .docx counted, not with the module: a reader or core that never counts one starts without it. */
async function openZip(bytes: Uint8Array): Promise<PizZip | null> {
  const { default: Zip } = await import('pizzip');
  try {
    return new Zip(bytes);
  } catch {
    return null;
  }
}

async function docxPages(bytes: Uint8Array): Promise<number | null> {
  const app = (await openZip(bytes))?.file('docProps/app.xml')?.asText();
  const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(app)?.[1] : undefined;
  return pages && Number(pages) > 0 ? Number(pages) : null;
}

/** OFD (GB/T 33190): its pages as ofdPackage opens them, within the zip limits. */
async function ofdPages(bytes: Uint8Array): Promise<number | null> {
  const ofd = await openOfd(bytes);
  return ofd.ok && ofd.pages.length > 0 ? ofd.pages.length : null;
}

export async function filePages(fileName: string, bytes: Uint8Array): Promise<number | null> {
  switch (extname(fileName).toLowerCase()) {
    case '.pdf':
      return pdfPages(bytes);
    case '.docx':
      return docxPages(bytes);
    case '.ofd':
      return ofdPages(bytes);
    default:
      return null;
  }
}
