/**
 * Tables of the table-shaped documents (任务分工方案, 收文处理笺, 归档文件目录, 单位任务清单): a title in
 * 小标宋, cells in 仿宋 with a 黑体 header row repeated on every page, thin black borders, and column
 * widths that fill the type area exactly.
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
  VerticalAlign,
  WidthType,
} from 'docx';
import { OFF_GRID_STYLE, run } from './docxParts';
import { SIZE } from './gbt9704';
import type { FontRole } from './fonts';

export interface CellStyle {
  /** Points; 小四 by default. */
  size?: number;
  role?: FontRole;
  align?: 'left' | 'center';
  /** Columns this cell spans. */
  span?: number;
}

const spacingFor = (size: number) => ({ line: Math.round(size * 20 * 1.4), lineRule: LineRuleType.EXACT, before: 40, after: 40 });

/** A paragraph outside the grid, for cells and captions. */
export function cellParagraph(text: string, style: CellStyle = {}): Paragraph {
  const size = style.size ?? SIZE.xiaosi;
  return new Paragraph({
    style: OFF_GRID_STYLE,
    alignment: style.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: spacingFor(size),
    children: [run(text, { size, role: style.role ?? 'body' })],
  });
}

export function cell(text: string, width: number, style: CellStyle = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: style.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 0, bottom: 0 },
    children: lines.map((line) => cellParagraph(line, style)),
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
    labels.map((label, i) => cell(label, widths[i], { size, role: 'heading1', align: 'center' })),
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
      style: OFF_GRID_STYLE,
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(SIZE.erhao * 20 * 1.5), lineRule: LineRuleType.EXACT, before: 0, after: 240 },
      children: [run(text, { role: 'title', size: SIZE.erhao })],
    }),
  ];
}

/** A sentence in 仿宋 3号 above a table, indented 2 字. */
export function introParagraph(text: string): Paragraph {
  return new Paragraph({
    style: OFF_GRID_STYLE,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: SIZE.sanhao * 40 },
    spacing: { line: Math.round(SIZE.sanhao * 20 * 1.5), lineRule: LineRuleType.EXACT, before: 0, after: 200 },
    children: [run(text)],
  });
}
