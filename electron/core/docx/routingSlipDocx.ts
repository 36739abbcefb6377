/** 收文处理笺 on portrait A4: a title and one table, with room to write 拟办意见, 领导批示 and 办理结果. */
import type { RoutingSlipDocument } from '../../../shared/drafting/routingSlip';
import { gongwenDocument, packDocx, pageProperties } from './docxParts';
import { LINE_PITCH, SIZE, TYPE_AREA } from './gbt9704';
import { cell, columnWidths, documentTitle, gridTable, row } from './tableParts';

export function routingSlipDocxDocument(doc: RoutingSlipDocument) {
  const widths = columnWidths(TYPE_AREA.width, [17, 33, 17, 33]);
  const size = SIZE.sihao;
  const label = (text: string) => cell(text, widths[0], { size, header: true });
  const wideWidth = widths[1] + widths[2] + widths[3];
  const rows = [
    ...doc.pairs.map(([a, b]) =>
      row([label(a.label), cell(a.value, widths[1], { size }), label(b.label), cell(b.value, widths[3], { size })], {
        minHeight: LINE_PITCH,
      }),
    ),
    ...doc.wide.map((f) => row([label(f.label), cell(f.value, wideWidth, { size, span: 3 })], { minHeight: LINE_PITCH })),
    ...doc.writing.map((f) =>
      row([label(f.label), cell(f.value, wideWidth, { size, span: 3 })], { minHeight: doc.writingLines * LINE_PITCH }),
    ),
  ];
  return gongwenDocument(
    [{ properties: pageProperties('portrait'), children: [...documentTitle(doc.title), gridTable(widths, rows)] }],
    doc.title,
  );
}

export async function routingSlipDocx(doc: RoutingSlipDocument): Promise<Buffer> {
  return packDocx(routingSlipDocxDocument(doc));
}
