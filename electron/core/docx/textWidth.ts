/**
 * Widths of text in 字 (one full-width character = 1, a half-width digit or Latin letter = ½), and
 * the breaking of a long 标题 into lines that keep words whole and form a trapezoid or diamond.
 */

const isHalfWidth = (ch: string) => ch.charCodeAt(0) < 0x2e80 && ch !== '—' && ch !== '…';

/**
 * Width in 字. With `autoSpace`, add the ¼ 字 Word and WPS put between Chinese and digits or Latin
 * letters ("2025年4月3日" is about 7¾ 字 wide, not 6½).
 */
export function textWidth(text: string, options: { autoSpace?: boolean } = {}): number {
  let width = 0;
  let previous = '';
  for (const ch of text) {
    width += isHalfWidth(ch) ? 0.5 : 1;
    if (options.autoSpace && previous) {
      const pair = [previous, ch];
      const latin = pair.filter((c) => /[0-9A-Za-z]/.test(c)).length;
      const cjk = pair.filter((c) => /[\u3400-\u9fff]/.test(c)).length;
      if (latin === 1 && cjk === 1) width += 0.25;
    }
    previous = ch;
  }
  return width;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Never start a line with closing punctuation, or end one with opening punctuation. */
const NO_LINE_START = /^[、，。；：！？）》〕」』”’…—\-]/;
const NO_LINE_END = /[（《〔「『“‘]$/;

/** Offsets where a title may break: between words, never inside a number, never at bad punctuation. */
function breakOffsets(title: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const { segment } of segmenter.segment(title)) {
    at += segment.length;
    if (at < title.length) offsets.push(at);
  }
  return offsets.filter((k) => {
    const before = title.slice(0, k);
    const after = title.slice(k);
    if (/[0-9A-Za-z]$/.test(before) && /^[0-9A-Za-z]/.test(after)) return false;
    // A number stays with its unit: 2025年, 3月, 10项.
    if (/[0-9]$/.test(before) && /^[年月日号项个条届次]/.test(after)) return false;
    return !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
  });
}

/** Breaking right before 关于 or a 《, or right after a 》, reads best. */
function breakBonus(title: string, k: number): number {
  const after = title.slice(k);
  const before = title.slice(0, k);
  if (after.startsWith('关于')) return 3;
  if (after.startsWith('《') || before.endsWith('》')) return 2;
  if (after.startsWith('的')) return -1;
  return 0;
}

/**
 * Lines of a title at most `maxWidth` 字 wide, as few as possible, balanced, preferring natural
 * breaks. A title that fits stays one line.
 */
export function breakTitle(title: string, maxWidth: number): string[] {
  if (textWidth(title) <= maxWidth) return [title];
  const offsets = breakOffsets(title);
  const total = textWidth(title);
  for (let lines = Math.ceil(total / maxWidth); lines <= Math.ceil(total / maxWidth) + 3; lines++) {
    const best = bestSplit(title, offsets, lines, maxWidth, total / lines);
    if (best) return best;
  }
  // No word boundary fits (a very long word): break by width.
  const out: string[] = [];
  let line = '';
  for (const ch of title) {
    if (textWidth(line + ch) > maxWidth) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return [...out, line];
}

function bestSplit(title: string, offsets: number[], lines: number, maxWidth: number, target: number): string[] | null {
  // Dynamic programme over break offsets: cost = squared distance of each line from the mean, minus bonuses.
  const points = [0, ...offsets, title.length];
  const memo = new Map<string, { cost: number; cuts: number[] } | null>();
  const solve = (from: number, remaining: number): { cost: number; cuts: number[] } | null => {
    const key = `${from}:${remaining}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: { cost: number; cuts: number[] } | null = null;
    if (remaining === 1) {
      const width = textWidth(title.slice(points[from]));
      best = width <= maxWidth ? { cost: (width - target) ** 2, cuts: [] } : null;
    } else {
      for (let next = from + 1; next < points.length - 1; next++) {
        const width = textWidth(title.slice(points[from], points[next]));
        if (width > maxWidth) break;
        const rest = solve(next, remaining - 1);
        if (!rest) continue;
        const cost = (width - target) ** 2 - breakBonus(title, points[next]) * 4 + rest.cost;
        if (!best || cost < best.cost) best = { cost, cuts: [points[next], ...rest.cuts] };
      }
    }
    memo.set(key, best);
    return best;
  };
  const result = solve(0, lines);
  if (!result) return null;
  const cuts = [0, ...result.cuts, title.length];
  return cuts.slice(0, -1).map((start, i) => title.slice(start, cuts[i + 1]));
}
