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

/** Rows in each column before a stretch counts as two columns. */
const MIN_SPLIT_ROWS = 3;
/** A gutter is at most this many character heights wide; a wider gap is a spread-out row (联系人 … 电话). */
const MAX_GUTTER_CHARS = 4;

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
 * The gutter x and the rows [first, last] read as two columns: the fullest run of rows none of which
 * crosses the gutter, with MIN_SPLIT_ROWS rows on each side and every row split by it split narrowly.
 * Null when the page has no such stretch.
 */
function findColumns(rows: Row[]): { gutter: number; first: number; last: number } | null {
  let best: { gutter: number; first: number; last: number; split: number } | null = null;
  for (const gutter of candidateGutters(rows)) {
    let start = 0;
    while (start < rows.length) {
      let end = start;
      const splits: number[] = [];
      let narrow = true;
      let lefts = 0;
      let rights = 0;
      while (end < rows.length && !crosses(rows[end], gutter)) {
        const row = rows[end];
        if (splitAt(row, gutter)) {
          splits.push(end);
          narrow &&= narrowGap(row, gutter);
        }
        if (row.some((p) => right(p) <= gutter)) lefts++;
        if (row.some((p) => p.box.x >= gutter)) rights++;
        end++;
      }
      // The columns' lines need not line up: rows wholly in one column count, a split row shows the gutter.
      if (splits.length > 0 && narrow && lefts >= MIN_SPLIT_ROWS && rights >= MIN_SPLIT_ROWS && (!best || lefts + rights > best.split)) {
        best = { gutter, first: start, last: end - 1, split: lefts + rights };
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
