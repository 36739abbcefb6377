/**
 * Recognized boxes → lines in reading order. Boxes that overlap vertically by more than half the smaller
 * height are one row (the 版头 read from the red layer joins the rows read from the black one), ordered
 * left to right; rows go top to bottom. A gap wider than one character between boxes of a row becomes a
 * space, as in a text-layer PDF (pdfText.ts), so a signature beside a date stays apart.
 *
 * A page set in two columns (a 简报, a bulletin's body) would so read each row across both columns. Where
 * several rows in a row are split by one gutter — a narrow gap at the same x that no box of those rows
 * crosses — that stretch is read column by column: the left column top to bottom, then the right.
 * A one-column notice has no such stretch (its body lines cross the middle), so it reads as before.
 */
import type { RecognizedLine } from './ocrEngine';

export interface OrderedLine {
  text: string;
  parts: RecognizedLine[];
}

type Row = RecognizedLine[];

/** Rows split by the gutter before a stretch counts as two columns. */
const MIN_SPLIT_ROWS = 3;
/** A gutter is at most this many character heights wide; a wider gap is a spread-out row (联系人 … 电话). */
const MAX_GUTTER_CHARS = 4;
/** Lines below the columns' last split row still belong to a column if they start this close to its edge. */
const INDENT_CHARS = 2.5;

const overlap = (a: RecognizedLine, b: RecognizedLine) =>
  Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
const right = (line: RecognizedLine) => line.box.x + line.box.width;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function orderLines(boxes: RecognizedLine[]): OrderedLine[] {
  const rows = groupRows(boxes);
  const columns = findColumns(rows);
  if (!columns) return rows.map(joinRow);
  const { gutter, first, last } = columns;
  const stretch = rows.slice(first, last + 1);
  const side = (left: boolean) =>
    stretch.map((row) => row.filter((part) => part.box.x + part.box.width / 2 < gutter === left)).filter((row) => row.length > 0);
  return [...rows.slice(0, first), ...side(true), ...side(false), ...rows.slice(last + 1)].map(joinRow);
}

function groupRows(boxes: RecognizedLine[]): Row[] {
  const rows: Row[] = [];
  const sorted = [...boxes].sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
  for (const box of sorted) {
    const row = rows.find((r) => r.some((other) => overlap(box, other) > Math.min(box.box.height, other.box.height) / 2));
    if (row) row.push(box);
    else rows.push([box]);
  }
  for (const row of rows) row.sort((a, b) => a.box.x - b.box.x);
  return rows;
}

function joinRow(row: Row): OrderedLine {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const part of row) {
    if (text && part.box.x - end > part.box.height) text += ' ';
    text += part.text;
    end = right(part);
  }
  return { text, parts: row };
}

const crosses = (row: Row, x: number) => row.some((part) => part.box.x < x && right(part) > x);
const splitAt = (row: Row, x: number) => !crosses(row, x) && row.some((p) => right(p) <= x) && row.some((p) => p.box.x >= x);

/**
 * The gutter x and the rows [first, last] read as two columns: the longest run of rows none of which
 * crosses the gutter, holding MIN_SPLIT_ROWS split by it with narrow gaps, then the lines that continue
 * a column below it. Null when the page has no such stretch.
 */
function findColumns(rows: Row[]): { gutter: number; first: number; last: number } | null {
  let best: { gutter: number; first: number; last: number; split: number } | null = null;
  for (const gutter of candidateGutters(rows)) {
    let start = 0;
    while (start < rows.length) {
      let end = start;
      const splits: number[] = [];
      while (end < rows.length && !crosses(rows[end], gutter)) {
        if (splitAt(rows[end], gutter) && narrowGap(rows[end], gutter)) splits.push(end);
        end++;
      }
      if (splits.length >= MIN_SPLIT_ROWS && (!best || splits.length > best.split)) {
        best = { gutter, first: splits[0], last: continuedColumns(rows, splits, end, gutter), split: splits.length };
      }
      start = end + 1;
    }
  }
  return best && { gutter: best.gutter, first: best.first, last: best.last };
}

/** The middle of each gap between neighbouring boxes of a row. */
function candidateGutters(rows: Row[]): number[] {
  const gutters = new Set<number>();
  for (const row of rows)
    for (let i = 1; i < row.length; i++)
      if (row[i].box.x > right(row[i - 1])) gutters.add(Math.round((right(row[i - 1]) + row[i].box.x) / 2));
  return [...gutters];
}

/** The gap at the gutter is a gutter's width, not a row spread across the page. */
function narrowGap(row: Row, gutter: number): boolean {
  const leftEnd = Math.max(...row.filter((p) => right(p) <= gutter).map(right));
  const rightStart = Math.min(...row.filter((p) => p.box.x >= gutter).map((p) => p.box.x));
  return rightStart - leftEnd <= MAX_GUTTER_CHARS * median(row.map((p) => p.box.height));
}

/**
 * The last row of the columns: the last split row, or below it, within the run, the rows whose lines all
 * start at a column's edge (the longer column's tail) — not a right-aligned signature or date.
 */
function continuedColumns(rows: Row[], splits: number[], runEnd: number, gutter: number): number {
  const lastSplit = splits.at(-1)!;
  const edges = [
    median(splits.map((i) => Math.min(...rows[i].filter((p) => right(p) <= gutter).map((p) => p.box.x)))),
    median(splits.map((i) => Math.min(...rows[i].filter((p) => p.box.x >= gutter).map((p) => p.box.x)))),
  ];
  let last = lastSplit;
  for (let i = lastSplit + 1; i < runEnd; i++) {
    const row = rows[i];
    const height = median(row.map((p) => p.box.height));
    if (!edges.some((edge) => Math.abs(row[0].box.x - edge) <= INDENT_CHARS * height)) break;
    last = i;
  }
  return last;
}
