/**
 * A scan → its pages as raw RGB pixels: a PDF page rendered by pdfjs-dist onto @napi-rs/canvas at 200 dpi,
 * an image (JPG, PNG, a TIFF of one or many pages) decoded by sharp, turned upright by its EXIF orientation
 * and scaled so its long side is at most that of an A4 page at 200 dpi (a 12-megapixel phone photo would
 * otherwise take minutes to read and no longer).
 */
import { openPdfDocument } from '../import/pdfDocument';
import { loadSharp } from './drawingPackages';

export interface RawPage {
  /** RGB, 3 bytes a pixel, rows top to bottom. */
  data: Buffer;
  width: number;
  height: number;
}

export interface PageSource {
  count: number;
  render(page: number): Promise<RawPage>;
  close(): Promise<void>;
}

export type ScanKind = 'pdf' | 'image';

export const RENDER_DPI = 200;
/** The long side of A4 (297 mm) at RENDER_DPI. */
const MAX_SIDE = Math.round((297 / 25.4) * RENDER_DPI);
/** More pages than this is not one notice; reading them would take an hour. */
export const MAX_PAGES = 60;

interface CanvasFactory {
  create(width: number, height: number): { canvas: { width: number; height: number }; context: CanvasRenderingContext2D };
}

export async function openPages(bytes: Uint8Array, kind: ScanKind): Promise<PageSource> {
  return kind === 'pdf' ? openPdf(bytes) : openImage(bytes);
}

async function openImage(bytes: Uint8Array): Promise<PageSource> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sharp = await loadSharp();
  const meta = await sharp(input).metadata();
  return {
    count: meta.pages ?? 1,
    async render(page) {
      const { data, info } = await sharp(input, { page: page - 1 })
        .rotate()
        .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    },
    async close() {},
  };
}

async function openPdf(bytes: Uint8Array): Promise<PageSource> {
  const task = await openPdfDocument(bytes, { disableFontFace: true, useSystemFonts: false });
  const document = await task.promise.catch(async (error: unknown) => {
    await task.destroy();
    throw error;
  });
  return {
    count: document.numPages,
    async render(n) {
      const page = await document.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const scale = Math.min(RENDER_DPI / 72, MAX_SIDE / Math.max(base.width, base.height));
      const viewport = page.getViewport({ scale });
      // pdfjs's own canvas factory (@napi-rs/canvas under Node): a canvas made by another copy of the
      // module crashes the process when pdfjs draws on it.
      const factory = (document as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: null, canvasContext: context, viewport }).promise;
      page.cleanup();
      const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const sharp = await loadSharp();
      const data = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
        raw: { width: canvas.width, height: canvas.height, channels: 4 },
      })
        .removeAlpha()
        .raw()
        .toBuffer();
      return { data, width: canvas.width, height: canvas.height };
    },
    close: () => task.destroy(),
  };
}

/** A page's pixels as PNG (what the recognizer and the notice detail take). */
export async function toPng(page: RawPage): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
