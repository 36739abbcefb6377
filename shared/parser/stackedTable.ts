/**
 * A 任务分工表 copied from a web page with every cell on a line of its own: "序号" / "重点任务" / "牵头单位" /
 * "配合单位", then "1" / "修订防汛应急预案" / "县水利局" / "县应急局、县气象局", "2" / …. Its header and rows are
 * written as "|" rows, the form the table reader takes, so each numbered row becomes a task with its units; a
 * grouping line between rows ("一、压实安全责任") becomes a grouping row. A copy leaves an empty cell out: a row's
 * cells fill the columns in order and the row ends at the next 序号.
 */
import type { SourceLine } from './lines';
import { matchClauseMarker } from './clauseMarkers';
import { NUMBER_LABEL, ROW_NUMBER, isColumnLabel, isTaskLabel, isUnitsLabel } from './tableRows';

/** Longer than any unit list, deadline or name a cell beside the task holds: the text after the table. */
const MAX_SIDE_CELL = 80;

/** The header's labels from line `at` on: 序号 first, then labels, one of them naming units; none when there is no such header. */
function headerAt(lines: SourceLine[], at: number): string[] {
  if (!NUMBER_LABEL.test(lines[at].text)) return [];
  let end = at + 1;
  while (end < lines.length && isColumnLabel(lines[end].text) && !NUMBER_LABEL.test(lines[end].text)) end++;
  const labels = lines.slice(at, end).map((l) => l.text);
  return labels.length >= 3 && labels.some(isUnitsLabel) ? labels : [];
}

const isGroupLine = (text: string) => matchClauseMarker(text)?.level === 1;

function asRow(line: SourceLine, cells: string[]): SourceLine {
  const text = cells.join(' | ');
  return { ...line, text, rawText: text };
}

/** The rows after a header of `labels` from line `at` on, and the line after the last one. */
function rowsFrom(lines: SourceLine[], at: number, labels: string[]): { rows: SourceLine[]; end: number } {
  const taskColumn = Math.max(1, labels.findIndex(isTaskLabel));
  const rows: SourceLine[] = [];
  let i = at;
  while (i < lines.length) {
    const text = lines[i].text;
    if (isGroupLine(text) && ROW_NUMBER.test(lines[i + 1]?.text ?? '')) {
      rows.push(asRow(lines[i], [text, '', '']));
      i++;
      continue;
    }
    if (!ROW_NUMBER.test(text)) break;
    const cells = [text];
    let next = i + 1;
    while (next < lines.length && cells.length < labels.length) {
      const cell = lines[next].text;
      if (ROW_NUMBER.test(cell) || isGroupLine(cell)) break;
      if (cells.length !== taskColumn && (cell.length > MAX_SIDE_CELL || cell.includes('。'))) break;
      cells.push(cell);
      next++;
    }
    if (cells.length <= taskColumn) break;
    rows.push(asRow(lines[i], cells));
    i = next;
  }
  return { rows, end: i };
}

/** The lines with every task table written one cell a line turned into "|" rows; other lines unchanged. */
export function withStackedTablesAsRows(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const labels = headerAt(lines, i);
    if (labels.length === 0) continue;
    const { rows, end } = rowsFrom(lines, i + labels.length, labels);
    if (rows.length === 0) continue;
    out ??= [];
    out.push(...lines.slice(copied, i), asRow(lines[i], labels), ...rows);
    copied = end;
    i = end - 1;
  }
  return out ? [...out, ...lines.slice(copied)] : lines;
}
