/** Reads the parts of a .docx for tests: the XML of the document, styles, settings, headers, footers and font table. */
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  footers: string[];
  /** Footers by the section's reference type: "default" (odd pages with evenAndOddHeaders), "even", "first". */
  footersByType: Record<string, string>;
  /** Headers by the section's reference type, as footersByType. */
  headersByType: Record<string, string>;
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const footerPaths = Object.keys(zip.files)
    .filter((p) => /^word\/footer\d*\.xml$/.test(p))
    .sort();
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const byType = async (part: 'header' | 'footer') => {
    const parts: Record<string, string> = {};
    for (const [, type, id] of document.matchAll(new RegExp(`<w:${part}Reference w:type="(\\w+)" r:id="([^"]+)"/>`, 'g'))) {
      const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      if (target) parts[type] = await read(`word/${target}`);
    }
    return parts;
  };
  const footersByType = await byType('footer');
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers: await Promise.all(footerPaths.map(read)),
    footersByType,
    headersByType: await byType('header'),
  };
}

export interface DocxParagraph {
  xml: string;
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every paragraph in document order (those in table cells included), with its text. */
export function paragraphs(xml: string): DocxParagraph[] {
  return Array.from(xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g), (m) => ({
    xml: m[0],
    text: decode(Array.from(m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (t) => t[1]).join('')),
  }));
}

/** The first paragraph whose text contains `text`. */
export function paragraphWith(xml: string, text: string): DocxParagraph {
  const found = paragraphs(xml).find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph contains “${text}”`);
  return found;
}

/** The value of `attribute` on the first `<w:tag …>` in `xml`, or null. */
export function attr(xml: string, tag: string, attribute: string): string | null {
  const element = new RegExp(`<w:${tag}(?=[ />])[^>]*>`).exec(xml)?.[0];
  if (!element) return null;
  return new RegExp(`w:${attribute}="([^"]*)"`).exec(element)?.[1] ?? null;
}

/** The runs of a paragraph: each with its text and its properties' XML. */
export function runs(paragraphXml: string): Array<{ text: string; props: string }> {
  return Array.from(paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g), (m) => ({
    text: decode(Array.from(m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (t) => t[1]).join('')),
    props: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1])?.[0] ?? '',
  }));
}
