/**
 * An .ofd original → its pages as raw RGB pixels at 200 dpi, drawn on @napi-rs/canvas from the page
 * descriptions ofdPackage.ts opens: each TextObject's TextCodes at their X/Y (+DeltaX/DeltaY) in their
 * size, weight and fill colour (the red 版头 stays red) in the font the file embeds, else a CJK font
 * (cjkFont.ts: sans for 黑体, else serif); each PathObject (the red rule under the 版头, boxes, a seal
 * drawn in lines and arcs) from its AbbreviatedData; each ImageObject (PNG, JPEG, BMP, GIF) in its frame;
 * page templates under (or over) the page; then the annotations' appearances and the seals applied by
 * signing, in their StampAnnot boundary (a seal whose picture is itself a one-page OFD is drawn from it).
 * An image that cannot be decoded, or is too large to decode safely, leaves a grey frame.
 */
import { createHash } from 'node:crypto';
import type { Canvas, GlobalFonts as Fonts, Image, Path2D as Path, SKRSContext2D } from '@napi-rs/canvas';
import { ctmOf, expandDeltas, numbers, openOfd, type OfdPage, type OfdStamp } from '../import/ofdPackage';
import { childNamed, childrenNamed, type XmlElement } from '../import/safeXml';
import { cjkFonts, NO_CJK_FONT, type CjkFonts } from './cjkFont';
import { RENDER_DPI, type PageSource, type RawPage } from './pageImages';
import { loadCanvas, loadSharp } from './drawingPackages';

type GlobalFonts = typeof Fonts;

/** A reason the pages cannot be shown, in Chinese for the clerk. */
export class PagesRefused extends Error {}

/** The long side of A4 (297 mm) at RENDER_DPI: a page box larger than that is scaled down to it. */
const MAX_SIDE = Math.round((297 / 25.4) * RENDER_DPI);
/** More objects than any real page has; a crafted page stops here instead of drawing for minutes. */
const MAX_OBJECTS = 100_000;
/** An image larger than this (a decompression bomb in a few KB of PNG) is not decoded. */
const MAX_IMAGE_PIXELS = 40_000_000;
/** Distinct embedded fonts registered in one process; past this, text falls back to the CJK fonts. */
const MAX_EMBEDDED_FONTS = 64;

export async function openOfdPages(bytes: Uint8Array): Promise<PageSource> {
  const ofd = await openOfd(bytes, { drawing: true });
  if (!ofd.ok) throw new PagesRefused(ofd.error);
  return {
    count: ofd.pages.length,
    async render(page) {
      const fonts = await cjkFonts();
      if (!fonts) throw new PagesRefused(NO_CJK_FONT);
      const { box } = ofd.pages[page - 1];
      const canvas = await paint(ofd.pages[page - 1], fonts, Math.min(RENDER_DPI / 25.4, MAX_SIDE / Math.max(box.width, box.height)), true);
      return rawPixels(canvas);
    },
    async close() {},
  };
}

/** An OFD colour (RGB, grey or CMYK components, decimal or "#FF" hex) as CSS; `fallback` when absent. */
export function cssColour(color: XmlElement | undefined, fallback: string): string {
  if (!color?.attributes.Value) return fallback;
  const values = color.attributes.Value.trim()
    .split(/\s+/)
    .map((v) => (v.startsWith('#') ? Number.parseInt(v.slice(1), 16) : Number(v)))
    .map((v) => (Number.isFinite(v) ? Math.min(255, Math.max(0, v)) : 0));
  let rgb: number[];
  if (values.length === 1) rgb = [values[0], values[0], values[0]];
  else if (values.length === 4) rgb = values.slice(0, 3).map((v) => ((255 - v) * (255 - values[3])) / 255);
  else if (values.length === 3) rgb = values;
  else return fallback;
  const alpha = Math.min(255, Math.max(0, Number(color.attributes.Alpha ?? 255) || 0)) / 255;
  return `rgba(${rgb.map(Math.round).join(',')},${alpha})`;
}

/**
 * Draws a page on a new canvas at `scale` pixels per millimetre. `sheet`: a page of the original, on white
 * paper and with its seals; a seal's own OFD page is drawn transparent and without seals of its own.
 */
async function paint(page: OfdPage, fonts: CjkFonts, scale: number, sheet: boolean): Promise<Canvas> {
  const { box } = page;
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const { createCanvas, GlobalFonts, Path2D } = await loadCanvas();
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  if (sheet) {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
  }
  let budget = MAX_OBJECTS;
  /** A block's objects; `ox`, `oy`: the origin their Boundary is relative to (an annotation's Appearance). */
  const drawBlock = async (block: XmlElement, ox = 0, oy = 0) => {
    for (const object of block.children) {
      if (budget-- <= 0) return;
      if (object.name === 'PageBlock') {
        await drawBlock(object, ox, oy);
        continue;
      }
      const picture = object.name === 'ImageObject' ? await decodeImage(page.image(object.attributes.ResourceID ?? '')) : null;
      const [bx = 0, by = 0, bw = 0, bh = 0] = numbers(object.attributes.Boundary);
      context.save();
      // Page millimetres → pixels, then the object's own frame: its Boundary's corner, then its CTM.
      context.setTransform(scale, 0, 0, scale, (ox + bx - box.x) * scale, (oy + by - box.y) * scale);
      if (object.name === 'TextObject') {
        const id = object.attributes.Font ?? '';
        const sans = /黑|Hei|Sans|Gothic/i.test(page.fontName(id) ?? '');
        const fallback = sans ? fonts.sans : fonts.serif;
        const embedded = embeddedFamily(GlobalFonts, page.fontFile(id));
        drawText(context, object, embedded ? `"${embedded}", "${fallback}"` : `"${fallback}"`);
      } else if (object.name === 'PathObject') {
        const [a, b, c, d, e, f] = ctmOf(object);
        context.transform(a, b, c, d, e, f);
        drawPath(context, object, Path2D);
      } else if (object.name === 'ImageObject' && picture) {
        // An image's CTM maps the unit square onto its place in the object's frame.
        const [a, b, c, d, e, f] = ctmOf(object);
        context.transform(a, b, c, d, e, f);
        context.drawImage(picture, 0, 0, 1, 1);
      } else if (object.name === 'ImageObject') {
        context.strokeStyle = '#c0c0c0';
        context.lineWidth = 0.3;
        context.strokeRect(0, 0, bw, bh);
      }
      context.restore();
    }
  };
  for (const layer of page.layers) {
    for (const content of childrenNamed(layer, 'Content')) {
      for (const block of childrenNamed(content, 'Layer')) await drawBlock(block);
    }
  }
  for (const annotation of page.annotations) {
    const appearance = childNamed(annotation, 'Appearance');
    const [ax = 0, ay = 0] = numbers(appearance?.attributes.Boundary);
    if (appearance && annotation.attributes.NoView !== 'true') await drawBlock(appearance, ax, ay);
  }
  if (sheet) for (const stamp of page.stamps) await drawStamp(context, stamp, box, scale, fonts);
  return canvas;
}

/** A signed seal in its boundary, cut to its clip; a picture that cannot be drawn is left out. */
async function drawStamp(context: SKRSContext2D, stamp: OfdStamp, box: OfdPage['box'], scale: number, fonts: CjkFonts) {
  let picture: Canvas | Image | null = null;
  if (stamp.picture.kind === 'image') picture = await decodeImage(stamp.picture.bytes);
  else {
    const seal = await openOfd(stamp.picture.bytes, { drawing: true });
    const page = seal.ok ? seal.pages[0] : undefined;
    if (page)
      picture = await paint(
        page,
        fonts,
        Math.min(MAX_SIDE / Math.max(page.box.width, page.box.height), (stamp.box.width * scale) / page.box.width),
        false,
      );
  }
  if (!picture) return;
  context.save();
  context.setTransform(scale, 0, 0, scale, (stamp.box.x - box.x) * scale, (stamp.box.y - box.y) * scale);
  if (stamp.clip) {
    context.beginPath();
    context.rect(stamp.clip.x, stamp.clip.y, stamp.clip.width, stamp.clip.height);
    context.clip();
  }
  context.drawImage(picture, 0, 0, stamp.box.width, stamp.box.height);
  context.restore();
}

const embeddedFamilies = new Map<string, string | null>();
/** The family of each font file already seen, so a page's many TextObjects do not hash the file again. */
const familyOfFile = new WeakMap<Buffer, string | null>();

/** A font file the OFD embeds, registered once per process under a family named by its hash; null if unusable. */
function embeddedFamily(GlobalFonts: GlobalFonts, file: Buffer | undefined): string | null {
  if (!file) return null;
  if (familyOfFile.has(file)) return familyOfFile.get(file)!;
  const family = familyOfHash(GlobalFonts, createHash('sha256').update(file).digest('hex').slice(0, 24), file);
  familyOfFile.set(file, family);
  return family;
}

function familyOfHash(GlobalFonts: GlobalFonts, hash: string, file: Buffer): string | null {
  if (!embeddedFamilies.has(hash)) {
    if (embeddedFamilies.size >= MAX_EMBEDDED_FONTS) return null;
    const family = `OFD embedded ${hash}`;
    embeddedFamilies.set(hash, registerFont(GlobalFonts, file, family) ? family : null);
  }
  return embeddedFamilies.get(hash) ?? null;
}

function registerFont(GlobalFonts: GlobalFonts, file: Buffer, family: string): boolean {
  try {
    return GlobalFonts.register(file, family) !== null;
  } catch {
    return false;
  }
}

async function rawPixels(canvas: Canvas): Promise<RawPage> {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const sharp = await loadSharp();
  const data = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .raw()
    .toBuffer();
  return { data, width, height };
}

/** An image resource decoded for drawing; null when it is missing, unreadable or too large. */
async function decodeImage(bytes: Buffer | undefined) {
  if (!bytes) return null;
  try {
    const [sharp, { loadImage }] = await Promise.all([loadSharp(), loadCanvas()]);
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    if (width * height === 0 || width * height > MAX_IMAGE_PIXELS) return null;
    return await loadImage(bytes);
  } catch {
    return null;
  }
}

/** `families`: the CSS font-family list, quoted ("embedded", "fallback"). */
function drawText(context: SKRSContext2D, object: XmlElement, families: string) {
  if (object.attributes.Fill === 'false') return;
  const [a, b, c, d, e, f] = ctmOf(object);
  context.transform(a, b, c, d, e, f);
  const size = Number(object.attributes.Size) || 3.5;
  const bold = Number(object.attributes.Weight) >= 600 ? 'bold ' : '';
  const italic = object.attributes.Italic === 'true' ? 'italic ' : '';
  context.font = `${italic}${bold}${size}px ${families}`;
  context.fillStyle = cssColour(childNamed(object, 'FillColor'), '#000000');
  let x = 0;
  let y = 0;
  for (const code of childrenNamed(object, 'TextCode')) {
    // A TextCode without X or Y continues where the previous one ended.
    if (code.attributes.X !== undefined) x = Number(code.attributes.X) || 0;
    if (code.attributes.Y !== undefined) y = Number(code.attributes.Y) || 0;
    const dx = expandDeltas(code.attributes.DeltaX);
    const dy = expandDeltas(code.attributes.DeltaY);
    [...code.text].forEach((char, i) => {
      context.fillText(char, x, y);
      x += dx[i] ?? size;
      y += dy[i] ?? 0;
    });
  }
}

/**
 * AbbreviatedData (S/M start, L line, Q quadratic, B cubic, A elliptical arc, C/Z close) as an SVG path for
 * Skia to draw: an arc keeps its curve (the ring of a vector seal) rather than becoming its chord.
 */
function drawPath(context: SKRSContext2D, object: XmlElement, Path2D: typeof Path) {
  const tokens = (childNamed(object, 'AbbreviatedData')?.text ?? '').trim().split(/\s+/).filter(Boolean);
  const svg: Record<string, [string, number]> = {
    S: ['M', 2],
    M: ['M', 2],
    L: ['L', 2],
    Q: ['Q', 4],
    B: ['C', 6],
    A: ['A', 7],
    C: ['Z', 0],
    Z: ['Z', 0],
  };
  const commands: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const command = svg[tokens[i++]];
    if (!command) continue;
    const [op, n] = command;
    const p = tokens.slice(i, i + n).map(Number);
    i += n;
    if (p.length < n || !p.every(Number.isFinite)) break;
    // An arc's two flags are 0 or 1 in SVG; OFD writers may give any number for them.
    if (op === 'A') p.splice(3, 2, p[3] ? 1 : 0, p[4] ? 1 : 0);
    // SVG needs a move first; a path that starts without one starts at its first point, as on a canvas.
    if (commands.length === 0 && op !== 'M' && n > 0) commands.push(op === 'A' ? `M${p[5]} ${p[6]}` : `M${p[0]} ${p[1]}`);
    commands.push(`${op}${p.join(' ')}`);
  }
  const path = new Path2D(commands.join(''));
  if (object.attributes.Fill === 'true') {
    context.fillStyle = cssColour(childNamed(object, 'FillColor'), '#000000');
    context.fill(path, object.attributes.Rule === 'Even-Odd' ? 'evenodd' : 'nonzero');
  }
  if (object.attributes.Stroke !== 'false') {
    context.strokeStyle = cssColour(childNamed(object, 'StrokeColor'), '#000000');
    context.lineWidth = Number(object.attributes.LineWidth) || 0.353;
    context.stroke(path);
  }
}
