/**
 * Recognized boxes → lines in reading order. Boxes that overlap vertically by more than half the smaller
 * height are one row (the 版头 read from the red layer joins the rows read from the black one), ordered
 * left to right; rows go top to bottom. A gap wider than one character between boxes of a row becomes a
 * space, as in a text-layer PDF (pdfText.ts), so a signature beside a date stays apart.
 */
import type { RecognizedLine } from './ocrEngine';

export interface OrderedLine {
  text: string;
  parts: RecognizedLine[];
}

const overlap = (a: RecognizedLine, b: RecognizedLine) =>
  Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);

export function orderLines(boxes: RecognizedLine[]): OrderedLine[] {
  const rows: RecognizedLine[][] = [];
  const sorted = [...boxes].sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
  for (const box of sorted) {
    const row = rows.find((r) => r.some((other) => overlap(box, other) > Math.min(box.box.height, other.box.height) / 2));
    if (row) row.push(box);
    else rows.push([box]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.box.x - b.box.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const part of row) {
      if (text && part.box.x - end > part.box.height) text += ' ';
      text += part.text;
      end = part.box.x + part.box.width;
    }
    return { text, parts: row };
  });
}
