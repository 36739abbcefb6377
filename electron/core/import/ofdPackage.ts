/**
 * An .ofd package (GB/T 33190) opened into its pages, shared by the text reader (ofdText.ts) and the page
 * renderer (ofdPages.ts). The package is a ZIP read within zipLimits' budget: OFD.xml names each
 * document's Document.xml, which lists its pages (Pages/Page_N/Content.xml) and page templates. Paths
 * inside the package are resolved so that none can leave it, and the XML is read with safeXml (no
 * DOCTYPE, no entities). A missing or malformed page is shown empty, not fatal. Opened for drawing, a page
 * also brings its annotations (Annots), the seals signing applied to it (Signs: each StampAnnot with the
 * seal's picture from its .esl or SignedValue.dat) and the font files its fonts embed.
 */
import { childNamed, childrenNamed, descendantsNamed, parseXml, XmlRefused, type XmlElement } from './safeXml';
import { sealPicture, type SealPicture } from './sealPicture';
import { readZip } from './zipLimits';

export const OFD_CORRUPT = '文件已损坏或不是有效的 OFD 版式文件';
const REFUSED = 'OFD 文件中含有不允许的 XML 声明（DOCTYPE 或实体），可能是恶意构造的文件，没有导入';

/** A box in millimetres: x, y of its top left corner (y grows downward), width, height. */
export interface OfdBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A seal applied by signing: its picture in `box` (page millimetres), cut to `clip` (a 骑缝章's share). */
export interface OfdStamp {
  box: OfdBox;
  clip: OfdBox | null;
  picture: SealPicture;
}

export interface OfdPage {
  /** The page's PhysicalBox (its own, else its document's, else A4). */
  box: OfdBox;
  /** What is drawn on the page, bottom first: background templates, the page's content, foreground templates. */
  layers: XmlElement[];
  /** The page's visible annotations (Annot elements); only when opened with `drawing`. */
  annotations: XmlElement[];
  /** The seals signed onto the page; only when opened with `drawing`. */
  stamps: OfdStamp[];
  /** The bytes of an image resource (MultiMedia) by its ID; only when the package was opened with `drawing`. */
  image(id: string): Buffer | undefined;
  /** The name of a font resource by its ID ("仿宋_GB2312", "黑体"), or undefined. */
  fontName(id: string): string | undefined;
  /** The font file a font resource embeds (FontFile), by its ID; only when opened with `drawing`. */
  fontFile(id: string): Buffer | undefined;
}

export type OfdPackage = { ok: true; pages: OfdPage[] } | { ok: false; error: string };

const A4: OfdBox = { x: 0, y: 0, width: 210, height: 297 };

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

/** The numbers of an attribute such as Boundary="20 60 100 10". */
export const numbers = (value: string | undefined) =>
  (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);

/** DeltaX/DeltaY with their "g count value" runs expanded. */
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

/** An object's CTM as [a, b, c, d, e, f] (identity when absent or malformed). */
export function ctmOf(object: XmlElement): [number, number, number, number, number, number] {
  const m = numbers(object.attributes.CTM);
  return m.length === 6 && m.every(Number.isFinite) ? [m[0], m[1], m[2], m[3], m[4], m[5]] : [1, 0, 0, 1, 0, 0];
}

const boxOfBoundary = (value: string | undefined): OfdBox | null => {
  const [x, y, width, height] = numbers(value);
  return [x, y, width, height].every(Number.isFinite) && width > 0 && height > 0 ? { x, y, width, height } : null;
};

const boxOf = (area: XmlElement | undefined) => boxOfBoundary(area && childNamed(area, 'PhysicalBox')?.text);

/**
 * `drawing`: keep every part, not only the XML — images, fonts and seals, which the renderer draws and the
 * text reader does not need (all within the zip budget).
 */
export async function openOfd(bytes: Uint8Array, { drawing = false } = {}): Promise<OfdPackage> {
  const keep = (name: string) => drawing || name.toLowerCase().endsWith('.xml');
  const zip = await readZip(bytes, keep, OFD_CORRUPT);
  if (!zip.ok) return zip;
  const parsed = new Map<string, XmlElement | null>();
  /** A package part as XML; null when it is missing or malformed. */
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
    if (!ofd || ofd.name !== 'OFD') return { ok: false, error: OFD_CORRUPT };
    const pages: OfdPage[] = [];
    for (const body of childrenNamed(ofd, 'DocBody')) {
      const rootPath = resolvePackagePath('', childNamed(body, 'DocRoot')?.text ?? '');
      const document = part(rootPath);
      if (!rootPath || !document) continue;
      const base = dirOf(rootPath);
      const common = childNamed(document, 'CommonData');
      const documentBox = boxOf(common && childNamed(common, 'PageArea')) ?? A4;
      // Image resources by ID: a Res file's MultiMedia entries, their MediaFile relative to its BaseLoc.
      const media = new Map<string, string | null>();
      const fonts = new Map<string, string>();
      const fontFiles = new Map<string, string | null>();
      for (const res of [...childrenNamed(common ?? document, 'PublicRes'), ...childrenNamed(common ?? document, 'DocumentRes')]) {
        const resPath = resolvePackagePath(base, res.text);
        const resources = part(resPath);
        const resBase = resources && resolvePackagePath(dirOf(resPath!), resources.attributes.BaseLoc ?? '');
        if (!resources || resBase === null) continue;
        for (const item of descendantsNamed(resources, 'MultiMedia')) {
          media.set(item.attributes.ID, resolvePackagePath(resBase, childNamed(item, 'MediaFile')?.text ?? ''));
        }
        for (const font of descendantsNamed(resources, 'Font')) {
          fonts.set(font.attributes.ID, `${font.attributes.FontName ?? ''} ${font.attributes.FamilyName ?? ''}`.trim());
          const file = childNamed(font, 'FontFile')?.text;
          if (file) fontFiles.set(font.attributes.ID, resolvePackagePath(resBase, file));
        }
      }
      const fontName = (id: string) => fonts.get(id);
      const fontFile = (id: string) => {
        const path = fontFiles.get(id);
        return path ? zip.entries.get(path) : undefined;
      };
      const image = (id: string) => {
        const path = media.get(id);
        return path ? zip.entries.get(path) : undefined;
      };
      const templates = new Map<string, string | null>();
      for (const template of descendantsNamed(common ?? document, 'TemplatePage')) {
        templates.set(template.attributes.ID, resolvePackagePath(base, template.attributes.BaseLoc ?? ''));
      }
      const extras = drawing ? pageExtras(part, (path) => zip.entries.get(path), body, document, base) : null;
      for (const page of descendantsNamed(childNamed(document, 'Pages') ?? document, 'Page')) {
        // A page whose content is missing or damaged still counts, shown empty.
        const content = part(resolvePackagePath(base, page.attributes.BaseLoc ?? ''));
        const below: XmlElement[] = [];
        const above: XmlElement[] = [];
        for (const use of content ? childrenNamed(content, 'Template') : []) {
          const template = part(templates.get(use.attributes.TemplateID) ?? null);
          if (template) (use.attributes.ZOrder === 'Foreground' ? above : below).push(template);
        }
        const box = (content && boxOf(childNamed(content, 'Area'))) ?? documentBox;
        const id = page.attributes.ID ?? '';
        pages.push({
          box,
          layers: content ? [...below, content, ...above] : [],
          annotations: extras?.annotations.get(id) ?? [],
          stamps: extras?.stamps.get(id) ?? [],
          image,
          fontName,
          fontFile,
        });
      }
    }
    return { ok: true, pages };
  } catch (error) {
    if (error instanceof XmlRefused) return { ok: false, error: REFUSED };
    return { ok: false, error: OFD_CORRUPT };
  }
}

/**
 * A document's annotations and signed seals by page ID: Document.xml's Annotations list (each page's
 * PageAnnot file), and the DocBody's Signatures list (each Signature's StampAnnots, the seal's picture
 * taken from its Seal .esl, else from the SignedValue that embeds the seal).
 */
function pageExtras(
  part: (path: string | null) => XmlElement | null,
  file: (path: string) => Buffer | undefined,
  body: XmlElement,
  document: XmlElement,
  base: string,
): { annotations: Map<string, XmlElement[]>; stamps: Map<string, OfdStamp[]> } {
  const annotations = new Map<string, XmlElement[]>();
  const listPath = resolvePackagePath(base, childNamed(document, 'Annotations')?.text ?? '');
  const list = listPath ? part(listPath) : null;
  for (const page of list ? childrenNamed(list, 'Page') : []) {
    const annots = part(resolvePackagePath(dirOf(listPath!), childNamed(page, 'FileLoc')?.text ?? ''));
    const visible = (annots ? childrenNamed(annots, 'Annot') : []).filter((a) => a.attributes.Visible !== 'false');
    annotations.set(page.attributes.PageID ?? '', [...(annotations.get(page.attributes.PageID ?? '') ?? []), ...visible]);
  }
  const stamps = new Map<string, OfdStamp[]>();
  const signaturesPath = resolvePackagePath('', childNamed(body, 'Signatures')?.text ?? '');
  const signatures = signaturesPath ? part(signaturesPath) : null;
  for (const entry of signatures ? childrenNamed(signatures, 'Signature') : []) {
    const path = resolvePackagePath(dirOf(signaturesPath!), entry.attributes.BaseLoc ?? '');
    const signature = part(path);
    if (!signature) continue;
    const info = childNamed(signature, 'SignedInfo');
    const seal = info && childNamed(info, 'Seal');
    const sources = [seal && childNamed(seal, 'BaseLoc')?.text, childNamed(signature, 'SignedValue')?.text];
    let picture: SealPicture | null = null;
    for (const source of sources) {
      const bytes = source ? file(resolvePackagePath(dirOf(path!), source) ?? '') : undefined;
      picture = bytes ? sealPicture(bytes) : null;
      if (picture) break;
    }
    if (!picture) continue;
    for (const annot of info ? childrenNamed(info, 'StampAnnot') : []) {
      const box = boxOfBoundary(annot.attributes.Boundary);
      if (!box) continue;
      const pageId = annot.attributes.PageRef ?? '';
      stamps.set(pageId, [...(stamps.get(pageId) ?? []), { box, clip: boxOfBoundary(annot.attributes.Clip), picture }]);
    }
  }
  return { annotations, stamps };
}
