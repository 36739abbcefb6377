/**
 * What OCR read from a scanned notice (a PDF without a text layer, or a photo/scan as JPG/PNG/TIFF): per
 * page the mean recognition confidence and the lines the clerk should check against the page image.
 */

/** A box on the page image, in pixels of the rendered page (top-left origin). */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrLine {
  text: string;
  /** 0–1, the recognizer's mean per-character probability. */
  confidence: number;
  box: PageBox;
}

export interface ScanPage {
  /** 1-based. */
  page: number;
  /** Size of the page image the boxes refer to. */
  width: number;
  height: number;
  meanConfidence: number;
  lowConfidenceLines: OcrLine[];
}

export interface ScanReading {
  pages: ScanPage[];
  meanConfidence: number;
}

/** Below this a line is shown to the clerk to check: PP-OCR's clean print reads above 0.95. */
export const LOW_CONFIDENCE = 0.9;

/** The mean of some confidences; 0 for none. */
export function meanOf(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
