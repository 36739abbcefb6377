import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxContentKey } from './libreOffice';

/** A minimal .docx whose body says `text`, built at `created`. */
async function docx(text: string, created: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`, {
    date: new Date(created),
  });
  zip.file('docProps/core.xml', `<cp:coreProperties><dcterms:created>${created}</dcterms:created></cp:coreProperties>`, {
    date: new Date(created),
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('the LibreOffice render cache key', () => {
  it('is the same for the same document built at another time', async () => {
    const morning = await docx('大宁县人民政府关于做好防汛工作的通知', '2025-06-01T08:00:00Z');
    const evening = await docx('大宁县人民政府关于做好防汛工作的通知', '2025-06-01T20:30:00Z');
    expect(morning.equals(evening)).toBe(false);
    expect(docxContentKey(morning)).toBe(docxContentKey(evening));
  });

  it('changes when a word of the document changes', async () => {
    const before = await docx('大宁县人民政府关于做好防汛工作的通知', '2025-06-01T08:00:00Z');
    const after = await docx('大宁县人民政府关于做好抗旱工作的通知', '2025-06-01T08:00:00Z');
    expect(docxContentKey(before)).not.toBe(docxContentKey(after));
  });
});
