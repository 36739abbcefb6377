/** OCR readings of scanned notices, a row per page (ocr_pages, migration 26). */
import type { Db } from '../../db/openDatabase';
import { meanOf, type OcrLine, type ScanPage } from '../../../../shared/domain/scanReading';
import type { ScanReadingRepository } from '../archiveRepositories';

interface PageRow {
  page: number;
  width: number;
  height: number;
  meanConfidence: number;
  lowConfidenceLines: string;
}

export function scanReadingRepo(db: Db): ScanReadingRepository {
  const insert = db.prepare(
    'INSERT INTO ocr_pages (notice_id, page, width, height, mean_confidence, low_confidence_lines) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const pagesOf = db.prepare(`
    SELECT page, width, height, mean_confidence AS meanConfidence, low_confidence_lines AS lowConfidenceLines
    FROM ocr_pages WHERE notice_id = ? ORDER BY page`);
  return {
    async insert(noticeId, reading) {
      for (const p of reading.pages)
        insert.run(noticeId, p.page, p.width, p.height, p.meanConfidence, JSON.stringify(p.lowConfidenceLines));
    },
    async get(noticeId) {
      const rows = pagesOf.all(noticeId) as PageRow[];
      if (rows.length === 0) return null;
      const pages: ScanPage[] = rows.map((row) => ({ ...row, lowConfidenceLines: JSON.parse(row.lowConfidenceLines) as OcrLine[] }));
      return { pages, meanConfidence: meanOf(pages.map((p) => p.meanConfidence)) };
    },
  };
}
