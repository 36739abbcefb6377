/**
 * 归档文件目录 (DA/T 22-2015) for one year: one list per 保管期限 (永久, 定期30年, 定期10年 — each series
 * is catalogued, bound and numbered on its own), each with 序号, 档号, 文号, 责任者, 题名, 日期 (YYYYMMDD),
 * 密级, 页数, 备注 — one row per filed 件, in 档号 order. Rows without a known 页数 and rows dated in
 * another year are reported, so the clerk can fill or check them before printing.
 */
import { RETENTIONS, RETENTION_NAMES, type Retention } from '../api/vocabulary';
import { fillPlaceholders } from './placeholders';
import type { CatalogueTemplate } from './templates';

export interface CatalogueInputRow {
  archivalCode: string;
  retention: Retention;
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

export interface CatalogueList {
  retention: Retention;
  /** "2025年度归档文件目录（永久）". */
  title: string;
  rows: CatalogueRowText[];
}

export interface CatalogueDocument {
  /** The year's title, without a 保管期限. */
  title: string;
  columns: CatalogueTemplate['columns'];
  lists: CatalogueList[];
  /** What to check before printing: unknown 页数, a 件 dated in another year. */
  warnings: string[];
}

/** DA/T 22 writes dates as eight digits: 2025-04-03 → 20250403. */
export const catalogueDate = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.replace(/-/g, '') : '');

const label = (row: Pick<CatalogueInputRow, 'archivalCode' | 'docNumber' | 'title'>) => row.docNumber ?? row.title ?? row.archivalCode;

export function catalogueDocument(year: number, rows: CatalogueInputRow[], template: CatalogueTemplate): CatalogueDocument {
  const title = fillPlaceholders(template.title, { year: String(year) });
  const lists = RETENTIONS.map((retention) => {
    const series = rows.filter((r) => r.retention === retention).sort((a, b) => a.archivalCode.localeCompare(b.archivalCode));
    return {
      retention,
      title: `${title}（${RETENTION_NAMES[retention]}）`,
      rows: series.map((row, i) => ({
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
  }).filter((list) => list.rows.length > 0);
  return { title, columns: template.columns, lists, warnings: catalogueWarnings(year, rows) };
}

/** What to check before printing a year's catalogue: 件 with no 页数, 件 dated in another year. */
export function catalogueWarnings(
  year: number,
  rows: Pick<CatalogueInputRow, 'archivalCode' | 'docNumber' | 'title' | 'signedDate' | 'pages'>[],
): string[] {
  const unknownPages = rows.filter((r) => r.pages === null).map(label);
  const otherYear = rows.filter((r) => r.signedDate && Number(r.signedDate.slice(0, 4)) !== year);
  return [
    ...(unknownPages.length > 0
      ? [`${unknownPages.length}件的页数无法从文件得知，目录中留空，请按实际页数填写：${unknownPages.join('、')}。`]
      : []),
    ...otherYear.map((r) => `${label(r)}的成文日期是${r.signedDate!.slice(0, 4)}年，归入了${year}年度，请核对年度。`),
  ];
}
