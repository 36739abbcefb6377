/**
 * 归档文件目录 (DA/T 22-2015) on landscape A4, in 五号: one section per 保管期限 list, each starting on
 * its own page with its own page numbers, so each series can be printed and bound on its own.
 */
import type { CatalogueDocument } from '../../../shared/drafting/catalogue';
import { gongwenDocument, packDocx, pageNumberFooters, pageProperties } from './docxParts';
import { LANDSCAPE_TYPE_AREA_WIDTH, SIZE } from './gbt9704';
import { cell, columnWidths, documentTitle, gridTable, headerRow, row } from './tableParts';
import { textWidth } from './textWidth';

/** 序号, 档号, 文号, 责任者, 题名, 日期, 密级, 页数, 备注. */
const WEIGHTS = [4, 20, 14, 12, 26, 10, 5, 4, 5];

const TITLE_COLUMN = 4;
/** The cell's left and right margins (tableParts) and a little room, in twips. */
const CELL_SLACK = 160 + 60;

/** Weighted widths, widened where a column's label would wrap (the room comes from 题名). */
export function catalogueWidths(labels: string[], size: number): number[] {
  const widths = columnWidths(LANDSCAPE_TYPE_AREA_WIDTH, WEIGHTS);
  labels.forEach((label, i) => {
    const needed = Math.ceil(textWidth(label) * size * 20) + CELL_SLACK;
    if (i !== TITLE_COLUMN && widths[i] < needed) {
      widths[TITLE_COLUMN] -= needed - widths[i];
      widths[i] = needed;
    }
  });
  return widths;
}

export function catalogueDocxDocument(doc: CatalogueDocument) {
  const c = doc.columns;
  const labels = [c.serial, c.archivalCode, c.docNumber, c.issuer, c.title, c.date, c.secrecy, c.pages, c.remark];
  const size = SIZE.wuhao;
  const widths = catalogueWidths(labels, size);
  const centred = { size, align: 'center' as const };
  const section = (list: CatalogueDocument['lists'][number]) => {
    const rows = [
      headerRow(labels, widths, size),
      ...list.rows.map((r) =>
        row([
          cell(r.serial, widths[0], centred),
          cell(r.archivalCode, widths[1], { size }),
          cell(r.docNumber, widths[2], { size }),
          cell(r.issuer, widths[3], { size }),
          cell(r.title, widths[4], { size }),
          cell(r.date, widths[5], centred),
          cell(r.secrecy, widths[6], centred),
          cell(r.pages, widths[7], centred),
          cell(r.remark, widths[8], { size }),
        ]),
      ),
    ];
    const properties = pageProperties('landscape');
    return {
      properties: { ...properties, page: { ...properties.page, pageNumbers: { start: 1 } } },
      footers: pageNumberFooters(),
      children: [...documentTitle(list.title), gridTable(widths, rows)],
    };
  };
  return gongwenDocument(doc.lists.map(section), doc.title);
}

export async function catalogueDocx(doc: CatalogueDocument): Promise<Buffer> {
  return packDocx(catalogueDocxDocument(doc));
}
