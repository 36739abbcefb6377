/** One unit's tasks across notices on landscape A4: title, a summary sentence, and the table. */
import type { UnitTasksDocument } from '../../../shared/drafting/unitTasks';
import { gongwenDocument, landscapePageNumbers, packDocx, pageProperties } from './docxParts';
import { LANDSCAPE_TYPE_AREA_WIDTH } from './gbt9704';
import { cell, columnWidths, documentTitle, gridTable, headerRow, introParagraph, row } from './tableParts';

/** 序号, 文件, 条款, 任务内容, 角色, 完成时限. */
const WEIGHTS = [5, 22, 15, 40, 7, 11];

export function unitTasksDocxDocument(doc: UnitTasksDocument) {
  const widths = columnWidths(LANDSCAPE_TYPE_AREA_WIDTH, WEIGHTS);
  const c = doc.columns;
  const rows = [
    headerRow([c.serial, c.notice, c.clause, c.task, c.role, c.deadline], widths),
    ...doc.rows.map((r) =>
      row([
        cell(String(r.serial), widths[0], { align: 'center' }),
        cell(r.notice, widths[1]),
        cell(r.clause, widths[2]),
        cell(r.task, widths[3]),
        cell(r.role, widths[4], { align: 'center' }),
        cell(r.deadline, widths[5], { align: 'center' }),
      ]),
    ),
  ];
  const children = [...documentTitle(doc.title), ...(doc.intro ? [introParagraph(doc.intro)] : []), gridTable(widths, rows)];
  return gongwenDocument([{ properties: pageProperties('landscape'), ...landscapePageNumbers(), children }], doc.title);
}

export async function unitTasksDocx(doc: UnitTasksDocument): Promise<Buffer> {
  return packDocx(unitTasksDocxDocument(doc));
}
