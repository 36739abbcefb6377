/**
 * Where a scanned page is set in two columns (a 简报, a bulletin's body, a stretch in the middle of a page):
 * found from the boxes themselves, before any row is formed, so lines of the two columns that do not line
 * up are never joined into one row.
 *
 * A gutter is an x that no box of the stretch crosses. Boxes taken top to bottom (by their middle) are cut
 * into runs wherever a box crosses it (a title, a full-width line). A run is a two-column stretch when its
 * boxes stand on both sides of the gutter side by side, at least MIN_COLUMN_ROWS rows on each side, the gap
 * at the gutter is one to four characters wide, and each side reads as running text: long lines, rows not
 * split into cells. That keeps one-column notices whole: a spread-out row (联系人 … 电话) has a wide gap,
 * lines split at a crease a narrow one, a 署名/date block at the right stands below the body rather than
 * beside it, and a table's rows split at every cell.
 */
import type { RecognizedLine } from './ocrEngine';

type Box = RecognizedLine;

export interface ColumnStretch {
  gutter: number;
  /** The stretch is boxes[first..last] of the boxes as given (sorted by their middle). */
  first: number;
  last: number;
}

/** Rows on each side before a stretch counts as two columns. */
const MIN_COLUMN_ROWS = 3;
/** A gutter is at most this many character heights wide; a wider gap is a spread-out row (联系人 … 电话). */
const MAX_GUTTER_CHARS = 4;
/** And at least a character wide: a narrower gap at one x down the page splits each line (a crease, a fold). */
const MIN_GUTTER_CHARS = 1;
/** A column's rows are running text: the median row is at least this many characters long. */
const MIN_COLUMN_CHARS = 6;
/** A column's line starts at its left edge or a paragraph indent from it; a line starting further in is no
 * column line (a 署名 set to the right under the columns). */
const MAX_INDENT_CHARS = 3;
/** A table's rows split at every cell; a column's rows rarely split with a gap wider than a character. */
const MAX_SPLIT_ROW_SHARE = 0.25;

const top = (b: Box) => b.box.y;
const bottom = (b: Box) => b.box.y + b.box.height;
export const middle = (b: Box) => b.box.y + b.box.height / 2;
const right = (b: Box) => b.box.x + b.box.width;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const beside = (a: Box, b: Box) => Math.min(bottom(a), bottom(b)) > Math.max(top(a), top(b));

/** The fullest two-column stretch among boxes sorted by their middle, or null when the page has none. */
export function findColumnStretch(sorted: Box[]): ColumnStretch | null {
  const char = median(sorted.map((b) => b.box.height));
  if (char <= 0) return null;
  let best: (ColumnStretch & { size: number }) | null = null;
  for (const gutter of candidateGutters(sorted, char)) {
    for (const run of runsBetweenCrossings(sorted, gutter)) {
      const stretch = trimToColumns(sorted, run, gutter, char);
      if (!stretch) continue;
      const size = stretch.last - stretch.first + 1;
      if (isTwoColumns(sorted.slice(stretch.first, size + stretch.first), gutter, char) && (!best || size > best.size))
        best = { ...stretch, size };
    }
  }
  return best && { gutter: best.gutter, first: best.first, last: best.last };
}

/** Just right of each box that another box begins a gutter's width from: every way to split the boxes in two. */
function candidateGutters(boxes: Box[], char: number): number[] {
  const starts = boxes.map((b) => b.box.x);
  const gutters = new Set<number>();
  for (const box of boxes) {
    const end = right(box);
    if (starts.some((x) => x - end >= MIN_GUTTER_CHARS * char && x - end <= MAX_GUTTER_CHARS * char)) gutters.add(end + 0.5);
  }
  return [...gutters];
}

/** Index ranges [first, last] of the boxes between two boxes that cross the gutter. */
function runsBetweenCrossings(sorted: Box[], gutter: number): [number, number][] {
  const runs: [number, number][] = [];
  let first = 0;
  sorted.forEach((box, i) => {
    if (box.box.x < gutter && right(box) > gutter) {
      if (i > first) runs.push([first, i - 1]);
      first = i + 1;
    }
  });
  if (first < sorted.length) runs.push([first, sorted.length - 1]);
  return runs;
}

/**
 * The run cut to its columns: from the first to the last box standing beside a box across the gutter, and
 * on from there, above and below, while boxes start at their column's left edge (a column's first or last
 * lines need not have a neighbour across; a 署名 set to the right under them is not theirs).
 */
function trimToColumns(sorted: Box[], [first, last]: [number, number], gutter: number, char: number): ColumnStretch | null {
  const run = sorted.slice(first, last + 1);
  const onLeft = (b: Box) => right(b) <= gutter;
  const left = run.filter(onLeft);
  const rightSide = run.filter((b) => !onLeft(b));
  // Trimming only widens the gap and thins the sides: a run that fails here cannot pass after it.
  if (left.length < MIN_COLUMN_ROWS || rightSide.length < MIN_COLUMN_ROWS) return null;
  if (Math.min(...rightSide.map((b) => b.box.x)) - Math.max(...left.map(right)) > MAX_GUTTER_CHARS * char) return null;
  const across = (b: Box) => (onLeft(b) ? rightSide : left).some((other) => beside(b, other));
  const paired = run.map((b, i) => (across(b) ? i : -1)).filter((i) => i >= 0);
  if (paired.length === 0) return null;
  const leftEdge = Math.min(...left.map((b) => b.box.x));
  const rightEdge = Math.min(...rightSide.map((b) => b.box.x));
  const atEdge = (b: Box) => b.box.x - (onLeft(b) ? leftEdge : rightEdge) <= MAX_INDENT_CHARS * char;
  let start = paired[0];
  let end = paired[paired.length - 1];
  // Each side's top and bottom so far. A column goes on without a blank line: a line after a blank one
  // (特此通知。 under the columns) is the page's again.
  const side = (b: Box) => (onLeft(b) ? 0 : 1);
  const tops = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const bottoms = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const take = (b: Box) => {
    tops[side(b)] = Math.min(tops[side(b)], top(b));
    bottoms[side(b)] = Math.max(bottoms[side(b)], bottom(b));
  };
  run.slice(start, end + 1).forEach(take);
  const leads = (b: Box) => atEdge(b) && tops[side(b)] - bottom(b) <= char;
  const follows = (b: Box) => atEdge(b) && top(b) - bottoms[side(b)] <= char;
  while (start > 0 && leads(run[start - 1])) take(run[--start]);
  while (end < run.length - 1 && follows(run[end + 1])) take(run[++end]);
  return { gutter, first: first + start, last: first + end };
}

function isTwoColumns(stretch: Box[], gutter: number, char: number): boolean {
  const left = stretch.filter((b) => right(b) <= gutter);
  const rightSide = stretch.filter((b) => b.box.x >= gutter);
  const gap = Math.min(...rightSide.map((b) => b.box.x)) - Math.max(...left.map(right));
  return gap >= MIN_GUTTER_CHARS * char && gap <= MAX_GUTTER_CHARS * char && isColumn(left, char) && isColumn(rightSide, char);
}

/** Boxes of one side (sorted by their middle) read as a column of running text. */
function isColumn(boxes: Box[], char: number): boolean {
  const rows = rowsOf(boxes);
  if (rows.length < MIN_COLUMN_ROWS) return false;
  const width = (row: Box[]) => Math.max(...row.map(right)) - Math.min(...row.map((b) => b.box.x));
  const split = rows.filter((row) => hasWideGap(row, char)).length;
  return median(rows.map(width)) >= MIN_COLUMN_CHARS * char && split <= MAX_SPLIT_ROW_SHARE * rows.length;
}

/** Boxes sorted by their middle, in rows: a box whose middle lies within the row so far joins it. */
function rowsOf(boxes: Box[]): Box[][] {
  const rows: Box[][] = [];
  let lowest = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    const row = rows.at(-1);
    if (row && middle(box) < lowest) {
      row.push(box);
      lowest = Math.max(lowest, bottom(box));
    } else {
      rows.push([box]);
      lowest = bottom(box);
    }
  }
  return rows;
}

function hasWideGap(row: Box[], char: number): boolean {
  const byX = [...row].sort((a, b) => a.box.x - b.box.x);
  return byX.some((b, i) => i > 0 && b.box.x - right(byX[i - 1]) > char);
}
