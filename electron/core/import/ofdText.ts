/**
 * .ofd (GB/T 33190, the national format of electronic 公文) → text. The package is a ZIP: OFD.xml names
 * each document's Document.xml, which lists its pages (Pages/Page_N/Content.xml) and page templates.
 * Every TextObject/TextCode of a page and of its templates is placed at its position on the page
 * (Boundary + X/Y, DeltaX for the width, CTM if given), then joined into lines top to bottom, left to
 * right — the order the writer stored them in need not be the reading order. Paths inside the package
 * are resolved so that none can leave it, and the XML is read with safeXml (no DOCTYPE, no entities).
 */
import { joinLines } from './pdfText';
import { childNamed, childrenNamed, descendantsNamed, parseXml, XmlRefused, type XmlElement } from './safeXml';
import { readZip } from './zipLimits';

type TextResult = { ok: true; text: string } | { ok: false; error: string };

const CORRUPT = '文件已损坏或不是有效的 OFD 版式文件';
const REFUSED = 'OFD 文件中含有不允许的 XML 声明（DOCTYPE 或实体），可能是恶意构造的文件，没有导入';
const NO_TEXT = 'OFD 文件中没有可提取的文字（可能是扫描件），请导出为带文字的 PDF 或复制文字后粘贴导入';

interface PlacedText {
  str: string;
  x: number;
  /** Negated page y (OFD's y grows downward; joinLines expects PDF's upward y). */
  y: number;
  width: number;
  size: number;
}

/** "/Doc_0/x.xml" from the root, "x.xml" from `base`; null for a path that climbs out of the package. */
export function resolvePackagePath(base: string, location: string): string | null {
  const path = location.trim().replace(/\\/g, '/');
  const parts = path.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

const numbers = (value: string | undefined) =>
  (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);

/** DeltaX with its "g count value" runs expanded. */
export function expandDeltas(value: string | undefined): number[] {
  const tokens = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const deltas: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Math.min(Number(tokens[i + 1]) || 0, 100_000);
      const delta = Number(tokens[i + 2]) || 0;
      for (let n = 0; n < count; n++) deltas.push(delta);
      i += 2;
    } else deltas.push(Number(tokens[i]) || 0);
  }
  return deltas;
}

/** The text objects of a page (or template) content, placed on the page. */
function placedTexts(content: XmlElement): PlacedText[] {
  const placed: PlacedText[] = [];
  for (const object of descendantsNamed(content, 'TextObject')) {
    const [bx = 0, by = 0] = numbers(object.attributes.Boundary);
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = object.attributes.CTM ? numbers(object.attributes.CTM) : [];
    const size = (Number(object.attributes.Size) || 3.5) * (Math.hypot(a, b) || 1);
    let x = 0;
    let y = 0;
    for (const code of childrenNamed(object, 'TextCode')) {
      const str = code.text;
      const deltas = expandDeltas(code.attributes.DeltaX);
      // A TextCode without X or Y continues where the previous one ended.
      if (code.attributes.X !== undefined) x = Number(code.attributes.X) || 0;
      if (code.attributes.Y !== undefined) y = Number(code.attributes.Y) || 0;
      const advance = deltas.slice(0, Math.max(0, [...str].length - 1)).reduce((sum, delta) => sum + delta, 0);
      if (str.trim()) {
        placed.push({
          str,
          x: bx + a * x + c * y + e,
          y: -(by + b * x + d * y + f),
          width: advance + size,
          size,
        });
      }
      x += advance + (deltas[[...str].length - 1] ?? size);
    }
  }
  return placed;
}

export async function ofdText(bytes: Uint8Array): Promise<TextResult> {
  const zip = await readZip(bytes, (name) => name.toLowerCase().endsWith('.xml'), CORRUPT);
  if (!zip.ok) return zip;
  const parsed = new Map<string, XmlElement | null>();
  /** A package part as XML; null when it is missing or malformed (a damaged page is left out, not fatal). */
  const part = (path: string | null): XmlElement | null => {
    if (path === null) return null;
    if (!parsed.has(path)) {
      const data = zip.entries.get(path);
      let element: XmlElement | null = null;
      if (data) {
        try {
          element = parseXml(data.toString('utf8'));
        } catch (error) {
          if (error instanceof XmlRefused) throw error;
        }
      }
      parsed.set(path, element);
    }
    return parsed.get(path)!;
  };
  try {
    const ofd = part('OFD.xml');
    if (!ofd || ofd.name !== 'OFD') return { ok: false, error: CORRUPT };
    const documents: string[] = [];
    for (const body of childrenNamed(ofd, 'DocBody')) {
      const rootPath = resolvePackagePath('', childNamed(body, 'DocRoot')?.text ?? '');
      const document = part(rootPath);
      if (!rootPath || !document) continue;
      const base = dirOf(rootPath);
      const templates = new Map<string, string | null>();
      for (const template of descendantsNamed(childNamed(document, 'CommonData') ?? document, 'TemplatePage')) {
        templates.set(template.attributes.ID, resolvePackagePath(base, template.attributes.BaseLoc ?? ''));
      }
      const pages: string[] = [];
      for (const page of descendantsNamed(childNamed(document, 'Pages') ?? document, 'Page')) {
        const content = part(resolvePackagePath(base, page.attributes.BaseLoc ?? ''));
        if (!content) continue;
        const texts = placedTexts(content);
        for (const use of childrenNamed(content, 'Template')) {
          const template = part(templates.get(use.attributes.TemplateID) ?? null);
          if (template) texts.push(...placedTexts(template));
        }
        pages.push(joinLines(texts).join('\n'));
      }
      documents.push(pages.join('\n'));
    }
    const text = documents.join('\n');
    if (text.trim().length === 0) return { ok: false, error: NO_TEXT };
    return { ok: true, text };
  } catch (error) {
    if (error instanceof XmlRefused) return { ok: false, error: REFUSED };
    return { ok: false, error: CORRUPT };
  }
}
