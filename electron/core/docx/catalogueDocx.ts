/** 归档文件目录 (DA/T 22-2015) on landscape A4: the year's 件 in 档号 order, in 五号. */
import type { CatalogueDocument } from '../../../shared/drafting/catalogue';
import { gongwenDocument, packDocx, pageNumberFooters, pageProperties } from './docxParts';
import { LANDSCAPE_TYPE_AREA_WIDTH, SIZE } from './gbt9704';
import { cell, columnWidths, documentTitle, gridTable, headerRow, row } from './tableParts';

/** 序号, 档号, 文号, 责任者, 题名, 日期, 密级, 页数, 备注. */
const WEIGHTS = [4, 20, 14, 12, 26, 10, 5, 4, 5];

export function catalogueDocxDocument(doc: CatalogueDocument) {
  const widths = columnWidths(LANDSCAPE_TYPE_AREA_WIDTH, WEIGHTS);
  const c = doc.columns;
  const size = SIZE.wuhao;
  const centred = { size, align: 'center' as const };
  const rows = [
    headerRow([c.serial, c.archivalCode, c.docNumber, c.issuer, c.title, c.date, c.secrecy, c.pages, c.remark], widths, size),
    ...doc.rows.map((r) =>
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
  return gongwenDocument(
    [
      {
        properties: pageProperties('landscape'),
        footers: pageNumberFooters(),
        children: [...documentTitle(doc.title), gridTable(widths, rows)],
      },
    ],
    doc.title,
  );
}

export async function catalogueDocx(doc: CatalogueDocument): Promise<Buffer> {
  return packDocx(catalogueDocxDocument(doc));
}
