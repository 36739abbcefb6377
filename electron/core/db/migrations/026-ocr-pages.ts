/**
 * Migration 26: what OCR made of a scanned notice (a PDF without a text layer, or an image file), page by
 * page — the page image's size, the mean recognition confidence, and the lines read with low confidence
 * (their text, box on the page image and confidence) for the clerk to check against the page. A notice
 * with rows here was read by OCR; its text is the machine's reading, not the sender's.
 */
import type { Migration } from '../migrate';

export const ocrPagesMigration: Migration = {
  version: 26,
  name: 'ocr-pages',
  up(db) {
    db.exec(`
      CREATE TABLE ocr_pages (
        notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        mean_confidence REAL NOT NULL CHECK (mean_confidence BETWEEN 0 AND 1),
        -- JSON array of {text, confidence, box: {x, y, width, height}}, in pixels of the page image.
        low_confidence_lines TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(low_confidence_lines)),
        PRIMARY KEY (notice_id, page)
      ) WITHOUT ROWID;
    `);
  },
};
