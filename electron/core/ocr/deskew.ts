/**
 * Deskew by projection profile: a page fed in slightly askew has its text rows smeared across the
 * horizontal projection; the angle at which dark pixels pile into the sharpest rows (largest sum of
 * squared row counts) is the skew. Only small angles are tried — a copier feeds pages within a few degrees;
 * a page upside down or sideways is the clerk's to turn.
 */
import sharp from 'sharp';
import type { RawPage } from './pageImages';

const MAX_DEGREES = 4;
const STEP_DEGREES = 0.1;
/** Smaller skews than this change nothing the recognizer notices. */
const MIN_DEGREES = 0.3;
const SAMPLE_WIDTH = 800;

/** The skew in degrees (positive: the text slopes down to the right, as a clockwise turn). */
export async function skewAngle(page: RawPage): Promise<number> {
  const scale = Math.min(1, SAMPLE_WIDTH / page.width);
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } })
    .resize({ width: Math.round(page.width * scale) })
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
  if (xs.length < 200) return 0;
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(info.height * 2 + info.width);
  for (let deg = -MAX_DEGREES; deg <= MAX_DEGREES + 1e-9; deg += STEP_DEGREES) {
    const slope = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i] - xs[i] * slope) + info.width] += 1;
    let score = 0;
    for (const count of rows) score += count * count;
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.abs(best) < MIN_DEGREES ? 0 : Math.round(best * 10) / 10;
}

/** The page turned by -angle on a white ground (the canvas grows to hold the turned page). */
export async function rotatePage(page: RawPage, angle: number): Promise<RawPage> {
  if (angle === 0) return page;
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } })
    .rotate(-angle, { background: '#ffffff' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
