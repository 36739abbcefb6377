/** 催办通知 on landscape A4: title, the unit addressed, what is asked, the overdue tasks, signature and date. */
import { AlignmentType, Paragraph } from 'docx';
import type { ReminderDocument } from '../../../shared/supervision/reminder';
import { NATURAL_STYLE, gongwenDocument, landscapePageNumbers, packDocx, pageProperties, run } from './docxParts';
import { LANDSCAPE_TYPE_AREA_WIDTH } from './gbt9704';
import { cell, columnWidths, documentTitle, gridTable, headerRow, introParagraph, row } from './tableParts';

/** 序号, 文件, 条款, 任务内容, 角色, 完成时限, 最近反馈. */
const WEIGHTS = [5, 22, 9, 30, 6, 11, 17];

const line = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({ style: NATURAL_STYLE, alignment, children: [run(text)] });

export async function reminderDocx(doc: ReminderDocument): Promise<Buffer> {
  const widths = columnWidths(LANDSCAPE_TYPE_AREA_WIDTH, WEIGHTS);
  const table =
    doc.rows.length === 0
      ? []
      : [
          gridTable(widths, [
            headerRow(doc.columns, widths),
            ...doc.rows.map((cells) =>
              row(cells.map((text, i) => cell(text, widths[i], i === 0 || i === 4 || i === 5 ? { align: 'center' } : {}))),
            ),
          ]),
        ];
  const children = [
    ...documentTitle(doc.title),
    line(doc.salutation, AlignmentType.LEFT),
    introParagraph(doc.body),
    ...table,
    line('', AlignmentType.LEFT),
    line(doc.signature, AlignmentType.RIGHT),
    line(doc.date, AlignmentType.RIGHT),
  ];
  return packDocx(gongwenDocument([{ properties: pageProperties('landscape'), ...landscapePageNumbers(), children }], doc.title));
}
