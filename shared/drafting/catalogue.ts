/**
 * 归档文件目录 (DA/T 22-2015) for one year: 序号, 档号, 文号, 责任者, 题名, 日期 (YYYYMMDD), 密级, 页数,
 * 备注 — one row per filed 件, in 档号 order.
 */
import { fillPlaceholders } from './placeholders';
import type { CatalogueTemplate } from './templates';

export interface CatalogueInputRow {
  archivalCode: string;
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  signedDate: string | null;
  secrecy: string | null;
  pages: number | null;
  remark: string | null;
}

export interface CatalogueRowText {
  serial: string;
  archivalCode: string;
  docNumber: string;
  issuer: string;
  title: string;
  date: string;
  secrecy: string;
  pages: string;
  remark: string;
}

export interface CatalogueDocument {
  title: string;
  columns: CatalogueTemplate['columns'];
  rows: CatalogueRowText[];
}

/** DA/T 22 writes dates as eight digits: 2025-04-03 → 20250403. */
export const catalogueDate = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.replace(/-/g, '') : '');

export function catalogueDocument(year: number, rows: CatalogueInputRow[], template: CatalogueTemplate): CatalogueDocument {
  const sorted = [...rows].sort((a, b) => a.archivalCode.localeCompare(b.archivalCode));
  return {
    title: fillPlaceholders(template.title, { year: String(year) }),
    columns: template.columns,
    rows: sorted.map((row, i) => ({
      serial: String(i + 1),
      archivalCode: row.archivalCode,
      docNumber: row.docNumber ?? '',
      issuer: row.issuer ?? '',
      title: row.title ?? '',
      date: catalogueDate(row.signedDate),
      secrecy: row.secrecy ?? '',
      pages: row.pages === null ? '' : String(row.pages),
      remark: row.remark ?? '',
    })),
  };
}
