/**
 * Recognized boxes → lines in reading order. A two-column stretch (columnStretch.ts) is found first and read
 * column by column, the left column top to bottom, then the right; the parts of the page above and below it
 * are read the same way in turn, so a page may hold several stretches or none. Everything else — a title,
 * the 主送, a full-width line, the 署名/date block, a table — is read in rows, top to bottom.
 *
 * In a row, boxes that overlap vertically by more than half the smaller height are one row (the 版头 read
 * from the red layer joins the rows read from the black one), ordered left to right. A gap wider than one
 * character between boxes of a row becomes a space, as in a text-layer PDF (pdfText.ts), so a signature
 * beside a date stays apart.
 */
import { findColumnStretch, middle } from './columnStretch';
import type { RecognizedLine } from './ocrEngine';

export interface OrderedLine {
  text: string;
  parts: RecognizedLine[];
}

type Row = RecognizedLine[];

const overlap = (a: RecognizedLine, b: RecognizedLine) =>
  Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
const right = (line: RecognizedLine) => line.box.x + line.box.width;

export function orderLines(boxes: RecognizedLine[]): OrderedLine[] {
  return readInOrder([...boxes].sort((a, b) => middle(a) - middle(b))).map(joinRow);
}

/** Boxes sorted by their middle → rows in reading order. */
function readInOrder(sorted: RecognizedLine[]): Row[] {
  const stretch = findColumnStretch(sorted);
  if (!stretch) return groupRows(sorted);
  const { gutter, first, last } = stretch;
  const columns = sorted.slice(first, last + 1);
  return [
    ...readInOrder(sorted.slice(0, first)),
    ...groupRows(columns.filter((box) => right(box) <= gutter)),
    ...groupRows(columns.filter((box) => box.box.x >= gutter)),
    ...readInOrder(sorted.slice(last + 1)),
  ];
}

function groupRows(sorted: RecognizedLine[]): Row[] {
  const rows: Row[] = [];
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
