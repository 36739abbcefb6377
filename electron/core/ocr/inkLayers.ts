/**
 * A 红头文件 has two inks: black text, and red for the 版头 (发文机关标志), the rule under it and the seal
 * pressed over the signature and date. Read as one image, the seal breaks the date and the red 版头 is read
 * with the seal's ring text. So the page is split by colour: the black layer (red pixels whitened; black
 * ink under the seal stays dark) is what is read, and the red layer (red pixels as black on white) is read
 * apart for the 版头 only.
 */
import type { RawPage } from './pageImages';

/** Red ink: a strong red channel well above green and blue (a pink anti-aliased edge included). */
export function isRed(r: number, g: number, b: number): boolean {
  return r > 100 && r - Math.max(g, b) > 40;
}

export interface InkLayers {
  black: RawPage;
  red: RawPage;
  /** Share of the page's pixels that are red. */
  redShare: number;
}

export function splitInks(page: RawPage): InkLayers {
  const { data, width, height } = page;
  const black = Buffer.from(data);
  const red = Buffer.alloc(data.length, 255);
  let redPixels = 0;
  for (let i = 0; i < data.length; i += 3) {
    if (!isRed(data[i], data[i + 1], data[i + 2])) continue;
    redPixels++;
    black[i] = black[i + 1] = black[i + 2] = 255;
    red[i] = red[i + 1] = red[i + 2] = 0;
  }
  return { black: { data: black, width, height }, red: { data: red, width, height }, redShare: redPixels / (width * height) };
}

/** The top part of a page, where the 版头 stands (GB/T 9704: within the upper third of the first page). */
export function topPart(page: RawPage, share: number): RawPage {
  const height = Math.max(1, Math.round(page.height * share));
  return { data: page.data.subarray(0, height * page.width * 3), width: page.width, height };
}
