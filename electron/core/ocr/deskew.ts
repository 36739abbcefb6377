/**
 * Deskew by projection profile: a page fed in slightly askew has its text rows smeared across the
 * horizontal projection; the angle at which dark pixels pile into the sharpest rows (largest sum of
 * squared row counts) is the skew. Only small angles are tried — a copier feeds pages within a few degrees;
 * a page upside down or sideways is turned first (orientation.ts).
 */
import { loadSharp } from './drawingPackages';
import type { RawPage } from './pageImages';

const MAX_DEGREES = 4;
const STEP_DEGREES = 0.1;
/** Smaller skews than this change nothing the recognizer notices. */
const MIN_DEGREES = 0.3;
const SAMPLE_WIDTH = 800;
/** Fewer dark pixels than this on the sample: a blank page, nothing to measure. */
const MIN_INK = 200;

/** The dark pixels of a page scaled down to SAMPLE_WIDTH, as offsets from the sample's vertical centre line. */
export interface InkSample {
  xs: Float64Array;
  ys: Float64Array;
  width: number;
  height: number;
}

export async function inkSample(page: RawPage): Promise<InkSample> {
  const scale = Math.min(1, SAMPLE_WIDTH / page.width);
  const sharp = await loadSharp();
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } })
    .resize({ width: Math.max(1, Math.round(page.width * scale)) })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++)
      if (data[y * info.width + x] < 128) {
        xs.push(x - info.width / 2);
        ys.push(y);
      }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), width: info.width, height: info.height };
}

/** The sample turned a quarter: its columns become rows (what a sideways page's text lines are). */
export function transposed(sample: InkSample): InkSample {
  const xs = sample.ys.map((y) => y - sample.height / 2);
  const ys = sample.xs.map((x) => x + sample.width / 2);
  return { xs, ys, width: sample.height, height: sample.width };
}

/**
 * The small angle at which the sample's dark pixels pile into the sharpest rows, and how sharp
 * (the sum of squared row counts over the squared ink: 1 would be all ink on one row).
 */
export function sharpestRows(sample: InkSample): { angle: number; sharpness: number } {
  const { xs, ys } = sample;
  if (xs.length < MIN_INK) return { angle: 0, sharpness: 0 };
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(sample.height * 2 + sample.width);
  for (let deg = -MAX_DEGREES; deg <= MAX_DEGREES + 1e-9; deg += STEP_DEGREES) {
    const slope = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i] - xs[i] * slope) + sample.width] += 1;
    let score = 0;
    for (const count of rows) score += count * count;
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  }
  return { angle: best, sharpness: bestScore / (xs.length * xs.length) };
}

/** The skew in degrees (positive: the text slopes down to the right, as a clockwise turn). */
export async function skewAngle(page: RawPage): Promise<number> {
  const { angle } = sharpestRows(await inkSample(page));
  return Math.abs(angle) < MIN_DEGREES ? 0 : Math.round(angle * 10) / 10;
}

/** The page turned by -angle on a white ground (the canvas grows to hold the turned page). */
export async function rotatePage(page: RawPage, angle: number): Promise<RawPage> {
  if (angle === 0) return page;
  const sharp = await loadSharp();
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } })
    .rotate(-angle, { background: '#ffffff' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
