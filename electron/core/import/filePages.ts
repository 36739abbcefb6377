/**
 * How many pages a received file has, for the 页数 of the 归档文件目录: a PDF's page count, an OFD's
 * pages (its Document.xml lists them), and a .docx's as Word or WPS last counted them (docProps/app.xml).
 * Null where the file does not say (a .txt, a .docx saved by a tool that writes no count, a broken file).
 */
import { extname } from 'node:path';
import { openPdfDocument } from './pdfDocument';
import PizZip from 'pizzip';

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

function openZip(bytes: Uint8Array): PizZip | null {
  try {
    return new PizZip(bytes);
  } catch {
    return null;
  }
}

function docxPages(bytes: Uint8Array): number | null {
  const app = openZip(bytes)?.file('docProps/app.xml')?.asText();
  const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(app)?.[1] : undefined;
  return pages && Number(pages) > 0 ? Number(pages) : null;
}

/** OFD (GB/T 33190): OFD.xml names each document's root, whose <ofd:Pages> lists one <ofd:Page> per page. */
function ofdPages(bytes: Uint8Array): number | null {
  const zip = openZip(bytes);
  const root = zip?.file('OFD.xml')?.asText();
  if (!zip || !root) return null;
  let total = 0;
  for (const [, path] of root.matchAll(/<(?:ofd:)?DocRoot>\s*([^<\s]+)\s*<\/(?:ofd:)?DocRoot>/g)) {
    const document = zip.file(path.replace(/^\//, ''))?.asText();
    if (!document) return null;
    total += (document.match(/<(?:ofd:)?Page\b/g) ?? []).length;
  }
  return total > 0 ? total : null;
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
