import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { filePages } from '../../../electron/core/import/filePages';

/** A PDF of `n` blank pages (pdfjs rebuilds the cross-reference table this leaves out). */
function blankPdf(n: number): Uint8Array {
  const kids = Array.from({ length: n }, (_, i) => `${3 + i} 0 R`).join(' ');
  const pages = Array.from({ length: n }, (_, i) => `${3 + i} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n`).join(
    '',
  );
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [${kids}] /Count ${n} >> endobj\n${pages}trailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

const zip = (files: Record<string, string>) => {
  const z = new PizZip();
  for (const [path, text] of Object.entries(files)) z.file(path, text);
  return new Uint8Array(z.generate({ type: 'uint8array' }));
};

describe('filePages', () => {
  it('counts the pages of a PDF, an OFD and a .docx Word counted', async () => {
    expect(await filePages('通知.PDF', blankPdf(3))).toBe(3);
    const ofd = zip({
      'OFD.xml':
        '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
      'Doc_0/Document.xml':
        '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/><ofd:Page ID="2" BaseLoc="Pages/Page_1/Content.xml"/></ofd:Pages></ofd:Document>',
    });
    expect(await filePages('通知.ofd', ofd)).toBe(2);
    expect(await filePages('通知.docx', zip({ 'docProps/app.xml': '<Properties><Pages>5</Pages></Properties>' }))).toBe(5);
  });

  it('says null where the file gives no count, and never throws on a broken file', async () => {
    expect(await filePages('通知.docx', zip({ 'word/document.xml': '<w:document/>' }))).toBeNull();
    expect(await filePages('通知.txt', new TextEncoder().encode('正文'))).toBeNull();
    expect(await filePages('坏.pdf', new Uint8Array([1, 2, 3]))).toBeNull();
    expect(await filePages('坏.ofd', new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
