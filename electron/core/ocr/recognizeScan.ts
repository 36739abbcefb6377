/**
 * A scanned notice (PDF without a text layer, or an image file) → its text and what OCR made of each page.
 * Per page: render, turn upright (a page fed sideways or upside down, then a small skew), split the inks (inkLayers.ts), read the black layer, and on the first page also
 * the red 版头; then order the boxes into lines. Pages are read one after another with a progress call
 * before each, and an AbortSignal stops the reading between two text boxes.
 */
import { LOW_CONFIDENCE, meanOf, type OcrLine, type PageBox, type ScanPage, type ScanReading } from '../../../shared/domain/scanReading';
import { rotatePage, skewAngle } from './deskew';
import { isUpsideDown, liesSideways } from './orientation';
import { splitInks, topPart } from './inkLayers';
import { orderLines } from './lineOrder';
import { RecognitionStopped, recognizeImage } from './ocrEngine';
import { MAX_PAGES, openPages, toPng, type RawPage, type ScanKind } from './pageImages';
import { logUnexpected } from '../process/logUnexpected';

export interface PageProgress {
  /** 1-based page about to be read. */
  page: number;
  pages: number;
}

export interface ScanOptions {
  onPage?: (progress: PageProgress) => void;
  signal?: AbortSignal;
}

export type ScanResult = { ok: true; text: string; scan: ScanReading } | { ok: false; error: string };

/** Red pixels in the top part above this share: a red 版头 worth reading apart. */
const MIN_RED_SHARE = 0.002;
/** The 版头 stands in the upper part of the first page. */
const HEAD_SHARE = 0.4;
/** A 版头 line is a real line of text, not a stray mark of the seal: read with confidence. */
const MIN_HEAD_CONFIDENCE = 0.8;

export const CANCELLED = '已取消识别，这份扫描件没有导入';

export async function recognizeScan(bytes: Uint8Array, kind: ScanKind, options: ScanOptions = {}): Promise<ScanResult> {
  let source;
  try {
    source = await openPages(bytes, kind);
  } catch {
    return { ok: false, error: kind === 'pdf' ? '文件已损坏或不是有效的 PDF' : '图片已损坏或格式无法识别（支持 JPG、PNG、TIFF）' };
  }
  try {
    if (source.count > MAX_PAGES) return { ok: false, error: `扫描件共 ${source.count} 页，超过 ${MAX_PAGES} 页，请拆分后再导入` };
    const lines: string[] = [];
    const pages: ScanPage[] = [];
    for (let n = 1; n <= source.count; n++) {
      if (options.signal?.aborted) return { ok: false, error: CANCELLED };
      options.onPage?.({ page: n, pages: source.count });
      const read = await readPage(await source.render(n), n, options.signal);
      lines.push(...read.lines);
      pages.push(read.page);
    }
    const text = lines.join('\n');
    if (text.replace(/\s/g, '').length === 0) return { ok: false, error: '扫描件中没有识别出文字（可能是空白页或图片过于模糊）' };
    return { ok: true, text, scan: { pages, meanConfidence: meanOf(pages.map((p) => p.meanConfidence)) } };
  } catch (error) {
    if (error instanceof RecognitionStopped) return { ok: false, error: CANCELLED };
    logUnexpected('recognizeScan', error);
    return { ok: false, error: '识别扫描件时出现意外错误，没有导入；可重新扫描后再试' };
  } finally {
    await source.close();
  }
}

async function readPage(raw: RawPage, page: number, signal?: AbortSignal): Promise<{ lines: string[]; page: ScanPage }> {
  const { upright, angle } = await turnUpright(raw, signal);
  const inks = splitInks(upright);
  let boxes = await recognizeImage(await toPng(inks.black), signal);
  if (page === 1 && inks.redShare > 0) {
    const head = topPart(inks.red, HEAD_SHARE);
    const headShare = (inks.redShare * upright.height) / head.height;
    if (headShare > MIN_RED_SHARE) {
      const red = (await recognizeImage(await toPng(head), signal)).filter(
        (line) => line.confidence >= MIN_HEAD_CONFIDENCE && /\p{Script=Han}{2}/u.test(line.text),
      );
      // What is left of the red ink's edges in the black layer (JPEG blurs its colour) reads as the same
      // 版头 a second time: the red reading stands for it.
      boxes = boxes.filter((line) => !red.some((head) => sharedArea(line.box, head.box) > 0.5 * area(line.box)));
      boxes.push(...red);
    }
  }
  const ordered = orderLines(boxes);
  const toOriginal = unrotate(raw, upright, angle);
  const low: OcrLine[] = boxes
    .filter((line) => line.confidence < LOW_CONFIDENCE)
    .map((line) => ({ text: line.text, confidence: round(line.confidence), box: toOriginal(line.box) }));
  return {
    lines: ordered.map((line) => line.text),
    page: {
      page,
      width: raw.width,
      height: raw.height,
      meanConfidence: round(meanOf(boxes.map((b) => b.confidence))),
      lowConfidenceLines: low,
    },
  };
}

/**
 * The page as it is read: a page fed sideways or upside down turned the right way up (orientation.ts),
 * then deskewed; `angle` is the whole clockwise turn it had as fed.
 */
async function turnUpright(raw: RawPage, signal?: AbortSignal): Promise<{ upright: RawPage; angle: number }> {
  const quarter = (await liesSideways(raw)) ? 90 : 0;
  const across = await rotatePage(raw, quarter);
  const skew = await skewAngle(across);
  const upright = await rotatePage(across, skew);
  if (!(await isUpsideDown(upright, signal))) return { upright, angle: quarter + skew };
  return { upright: await rotatePage(upright, 180), angle: quarter + skew + 180 };
}

/**
 * Boxes found on the upright page, moved back onto the page as received: each centre turned about the
 * page's centre; a box keeps its size through a small skew and trades width for height through a quarter turn.
 */
function unrotate(raw: RawPage, upright: RawPage, angle: number) {
  const rad = (angle * Math.PI) / 180;
  const sideways = Math.round(angle / 90) % 2 === 1;
  return (box: PageBox): PageBox => {
    if (angle === 0) return box;
    const dx = box.x + box.width / 2 - upright.width / 2;
    const dy = box.y + box.height / 2 - upright.height / 2;
    const cx = raw.width / 2 + dx * Math.cos(rad) - dy * Math.sin(rad);
    const cy = raw.height / 2 + dx * Math.sin(rad) + dy * Math.cos(rad);
    const [width, height] = sideways ? [box.height, box.width] : [box.width, box.height];
    return { x: Math.round(cx - width / 2), y: Math.round(cy - height / 2), width, height };
  };
}

const area = (box: PageBox) => box.width * box.height;

function sharedArea(a: PageBox, b: PageBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
