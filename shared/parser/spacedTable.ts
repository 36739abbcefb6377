/**
 * A 任务分工表 copied from a web page or a document as space-separated text:
 * "序号 重点任务 牵头单位 配合单位 完成时限" then "1 修订防汛应急预案 县水利局 县应急局、县气象局 2024年5月底前".
 * Its rows are rewritten with "|" between cells, the form the table reader takes, so each numbered row
 * becomes a task with its units. The header must be labels only, and a row must have as many cells.
 */
import type { SourceLine } from './lines';
import { ROW_NUMBER, isColumnLabel } from './tableRows';

/** The cells of a line; none for a line without a space (a paragraph), which is neither a header nor a row. */
function cellsOf(line: SourceLine): string[] {
  return line.rawText.includes(' ') ? line.rawText.split(' ').filter(Boolean) : [];
}

function isHeader(cells: string[]): boolean {
  return cells.length >= 3 && cells.every(isColumnLabel) && cells.some((c) => !/^(序号|编号|序|备注)$/.test(c));
}

function asRow(line: SourceLine, cells: string[]): SourceLine {
  const text = cells.join(' | ');
  return { ...line, text, rawText: text };
}

/** The lines with every space-separated task table in them written as "|" rows; other lines unchanged. */
export function withSpacedTablesAsRows(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  let header = -1;
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i].text.includes('|') ? [] : cellsOf(lines[i]);
    if (width > 0 && cells.length === width && ROW_NUMBER.test(cells[0])) {
      out ??= [...lines];
      // The header becomes a row only once a row follows it.
      if (header >= 0) out[header] = asRow(lines[header], cellsOf(lines[header]));
      header = -1;
      out[i] = asRow(lines[i], cells);
    } else if (isHeader(cells)) {
      header = i;
      width = cells.length;
    } else {
      header = -1;
      width = 0;
    }
  }
  return out ?? lines;
}
