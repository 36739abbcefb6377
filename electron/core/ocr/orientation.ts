/**
 * Which way up a page was fed: upright, or turned clockwise by 90°, 180° or 270° (a sheet laid on the glass
 * sideways or upside down). Two cheap tests:
 * - sideways or not, from the ink alone: text rows pile a page's dark pixels into sharp rows of its
 *   horizontal projection, and a sideways page into sharp columns (deskew.ts measures both, on a sample);
 * - right way up or upside down, by reading: a band of the densest text lines is recognized as it is and
 *   turned half round; the recognizer reads upright Chinese with far more confidence than upside-down.
 */
import { inkSample, rotatePage, sharpestRows, transposed } from './deskew';
import { recognizeImage } from './ocrEngine';
import { toPng, type RawPage } from './pageImages';

/** Columns sharper than rows by this factor: the text lines run down the page, it lies sideways. */
const SIDEWAYS_RATIO = 1.5;
/**
 * The band read to tell upright from upside down: the middle half of the page's width, this share of its
 * height where ink is densest (two or three lines of body text: a few percent of a page's reading time).
 */
const BAND_SHARE = 0.06;
const BAND_WIDTH_SHARE = 0.5;
/** Upside down only when the half-turned band reads clearly better: a tie keeps the page as fed. */
const FLIP_MARGIN = 0.1;

/** Whether the page's text lines run down it (the page turned 90° or 270°). */
export async function liesSideways(page: RawPage): Promise<boolean> {
  const sample = await inkSample(page);
  const rows = sharpestRows(sample).sharpness;
  const columns = sharpestRows(transposed(sample)).sharpness;
  return columns > rows * SIDEWAYS_RATIO;
}

/** Whether a page whose lines run across it is upside down; `signal` stops the reading. */
export async function isUpsideDown(page: RawPage, signal?: AbortSignal): Promise<boolean> {
  const band = densestBand(page);
  if (!band) return false;
  const upright = readingScore(await recognizeImage(await toPng(band), signal));
  const turned = readingScore(await recognizeImage(await toPng(await rotatePage(band, 180)), signal));
  return turned > upright + FLIP_MARGIN;
}

/** Mean confidence per character read (0 when nothing is read). */
function readingScore(lines: { text: string; confidence: number }[]): number {
  const chars = lines.reduce((sum, l) => sum + [...l.text].length, 0);
  return chars === 0 ? 0 : lines.reduce((sum, l) => sum + l.confidence * [...l.text].length, 0) / chars;
}

/** The middle of the horizontal band of BAND_SHARE of the page holding the most dark pixels; null on a blank page. */
function densestBand(page: RawPage): RawPage | null {
  const { data, width, height } = page;
  const dark = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let count = 0;
    for (let i = y * width * 3, end = i + width * 3; i < end; i += 3) if (data[i] + data[i + 1] + data[i + 2] < 384) count++;
    dark[y] = count;
  }
  const size = Math.max(1, Math.round(height * BAND_SHARE));
  let sum = 0;
  for (let y = 0; y < size; y++) sum += dark[y];
  let best = sum;
  let top = 0;
  for (let y = size; y < height; y++) {
    sum += dark[y] - dark[y - size];
    if (sum > best) {
      best = sum;
      top = y - size + 1;
    }
  }
  if (best === 0) return null;
  const bandWidth = Math.max(1, Math.round(width * BAND_WIDTH_SHARE));
  const left = Math.round((width - bandWidth) / 2);
  const band = Buffer.alloc(bandWidth * size * 3);
  for (let y = 0; y < size; y++)
    data.copy(band, y * bandWidth * 3, ((top + y) * width + left) * 3, ((top + y) * width + left + bandWidth) * 3);
  return { data: band, width: bandWidth, height: size };
}
