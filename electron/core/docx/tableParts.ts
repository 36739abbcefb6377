/**
 * Tables of the table-shaped documents (任务分工方案, 收文处理笺, 归档文件目录, 单位任务清单): a title in
 * 小标宋, cells in 仿宋 (by paragraph style) with a 黑体 header row repeated on every page, thin black
 * borders, and column widths that fill the type area exactly.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { NATURAL_STYLE, run } from './docxParts';
import { TABLE_STYLES } from './stylesXml';
import { SIZE } from './gbt9704';

export interface CellStyle {
  /** Points; 小四 (the table styles' size) when not given. */
  size?: number;
  header?: boolean;
  align?: 'left' | 'center';
  /** Columns this cell spans. */
  span?: number;
}

/** A cell paragraph: the table style carries font, size and spacing, so a plain run is enough. */
function cellParagraph(text: string, style: CellStyle = {}): Paragraph {
  const styleId = style.header ? TABLE_STYLES.header : style.align === 'center' ? TABLE_STYLES.centred : TABLE_STYLES.text;
  const sized = style.size !== undefined && style.size !== SIZE.xiaosi;
  return new Paragraph({
    style: styleId,
    spacing: sized ? { line: Math.round(style.size! * 20 * 1.4), lineRule: LineRuleType.EXACT, before: 40, after: 40 } : undefined,
    children: [sized ? new TextRun({ text, size: Math.round(style.size! * 2) }) : new TextRun(text)],
  });
}

export function cell(text: string, width: number, style: CellStyle = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: style.span,
    verticalAlign: style.header || style.align === 'center' ? VerticalAlign.CENTER : undefined,
    children: text.split('\n').map((line) => cellParagraph(line, style)),
  });
}

/** A row; `minHeight` in twips leaves room to write by hand. */
export function row(cells: TableCell[], options: { header?: boolean; minHeight?: number } = {}): TableRow {
  return new TableRow({
    tableHeader: options.header,
    cantSplit: options.header,
    height: options.minHeight ? { value: options.minHeight, rule: HeightRule.ATLEAST } : undefined,
    children: cells,
  });
}

export function headerRow(labels: string[], widths: number[], size: number = SIZE.xiaosi): TableRow {
  return row(
    labels.map((label, i) => cell(label, widths[i], { size, header: true })),
    { header: true },
  );
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export function gridTable(widths: number[], rows: TableRow[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 0, bottom: 0 },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
}

/** Widths in proportion to `weights` that add up to `total` exactly. */
export function columnWidths(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The document's title: 2号 小标宋, centred, one blank line after. */
export function documentTitle(text: string): Paragraph[] {
  return [
    new Paragraph({
      style: NATURAL_STYLE,
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(SIZE.erhao * 20 * 1.5), lineRule: LineRuleType.EXACT, before: 0, after: 240 },
      children: [run(text, { role: 'title', size: SIZE.erhao })],
    }),
  ];
}

/** A sentence in 仿宋 3号 above a table, indented 2 字. */
export function introParagraph(text: string): Paragraph {
  return new Paragraph({
    style: NATURAL_STYLE,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: SIZE.sanhao * 40 },
    spacing: { line: Math.round(SIZE.sanhao * 20 * 1.5), lineRule: LineRuleType.EXACT, before: 0, after: 200 },
    children: [run(text)],
  });
}
