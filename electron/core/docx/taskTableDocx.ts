/** 任务分工方案 on landscape A4: title, an introductory sentence, the table of tasks, and §8's page numbers. */
import type { TaskTableDocument } from '../../../shared/drafting/taskTable';
import { gongwenDocument, landscapePageNumbers, packDocx, pageProperties } from './docxParts';
import { LANDSCAPE_TYPE_AREA_WIDTH } from './gbt9704';
import { cell, columnWidths, documentTitle, gridTable, headerRow, introParagraph, row } from './tableParts';

/** 序号, 重点任务, 牵头单位, 配合单位, 完成时限. */
const WEIGHTS = [6, 49, 15, 19, 11];

export function taskTableDocxDocument(doc: TaskTableDocument) {
  const widths = columnWidths(LANDSCAPE_TYPE_AREA_WIDTH, WEIGHTS);
  const c = doc.columns;
  const rows = [
    headerRow([c.serial, c.task, c.lead, c.co, c.deadline], widths),
    ...doc.rows.map((r) =>
      row([
        cell(String(r.serial), widths[0], { align: 'center' }),
        cell(r.task, widths[1]),
        cell(r.lead.join('、'), widths[2]),
        cell(r.co.join('、'), widths[3]),
        cell(r.deadline, widths[4], { align: 'center' }),
      ]),
    ),
  ];
  const children = [...documentTitle(doc.title), ...(doc.intro ? [introParagraph(doc.intro)] : []), gridTable(widths, rows)];
  return gongwenDocument([{ properties: pageProperties('landscape'), ...landscapePageNumbers(), children }], doc.title);
}

export async function taskTableDocx(doc: TaskTableDocument): Promise<Buffer> {
  return packDocx(taskTableDocxDocument(doc));
}
