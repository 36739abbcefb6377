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
const NO_LINE_START = /^[、，。；：！？）》〕」』”’…—-]/;
const NO_LINE_END = /[（《〔「『“‘]$/;

interface BreakOffset {
  at: number;
  /** Negative where a break reads well (at 关于, a space, 《》), positive where it likely splits a word. */
  penalty: number;
}

const singleHan = (piece: string) => piece.length === 1 && /[\u3400-\u9fff]/.test(piece);

/**
 * Spans a title never breaks inside: a 《book title》 that fits on a line, and a 文号 with its 机关代字
 * (up to four characters before 〔).
 */
function unbreakableSpans(title: string, maxWidth: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of title.matchAll(/《[^《》]*》/g)) if (textWidth(m[0]) <= maxWidth) spans.push([m.index, m.index + m[0].length]);
  for (const m of title.matchAll(/[\u3400-\u9fff]{0,4}〔\d{4}〕\d+号/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Offsets where a title may break: between words, never inside a number, 《》 or 文号, never at bad punctuation. */
function breakOffsets(title: string, maxWidth: number): BreakOffset[] {
  const segments = Array.from(segmenter.segment(title), (s) => s.segment);
  const spans = unbreakableSpans(title, maxWidth);
  const offsets: BreakOffset[] = [];
  let at = 0;
  for (let i = 0; i < segments.length - 1; i++) {
    at += segments[i].length;
    if (spans.some(([start, end]) => at > start && at < end)) continue;
    const before = title.slice(0, at);
    const after = title.slice(at);
    if (/[0-9A-Za-z]$/.test(before) && /^[0-9A-Za-z]/.test(after)) continue;
    // A number stays with its unit: 2025年, 3月, 10项.
    if (/[0-9]$/.test(before) && /^[年月日号项个条届次]/.test(after)) continue;
    if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) continue;
    let penalty = 0;
    if (/\s$/.test(before) || after.startsWith('关于')) penalty -= 3;
    if (before.endsWith('关于')) penalty += 1;
    if (after.startsWith('《') || before.endsWith('》')) penalty -= 2;
    if (after.startsWith('的')) penalty += 1;
    // An organ's name stays whole: 大宁县|人民政府 reads badly.
    if (/^(人民政府|政府|办公室|委员会|人民代表大会|管委会)/.test(after)) penalty += 4;
    if (/^[省市县区旗镇乡]/.test(after) && /[\u3400-\u9fff]$/.test(before)) penalty += 4;
    // Two one-character pieces side by side are usually one word the dictionary missed (全|县, 印|发).
    if (singleHan(segments[i]) && singleHan(segments[i + 1])) penalty += 2;
    offsets.push({ at, penalty });
  }
  return offsets;
}

/**
 * Lines of a title at most `maxWidth` 字 wide, as few as possible, balanced, preferring natural
 * breaks. A title that fits stays one line.
 */
export function breakTitle(title: string, maxWidth: number): string[] {
  if (textWidth(title) <= maxWidth) return [title];
  const offsets = breakOffsets(title, maxWidth);
  const fewest = Math.ceil(textWidth(title) / maxWidth);
  for (let lines = fewest; lines <= fewest + 3; lines++) {
    const best = bestSplit(title, offsets, lines, maxWidth, textWidth(title) / lines);
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
  return [...out, line].map((l) => l.trim());
}

/** Dynamic programme over break offsets: cost = squared distance of each line from the mean, plus penalties. */
function bestSplit(title: string, offsets: BreakOffset[], lines: number, maxWidth: number, target: number): string[] | null {
  const points = [0, ...offsets.map((o) => o.at), title.length];
  const penalty = [0, ...offsets.map((o) => o.penalty * 8), 0];
  const memo = new Map<string, { cost: number; cuts: number[] } | null>();
  const solve = (from: number, remaining: number): { cost: number; cuts: number[] } | null => {
    const key = `${from}:${remaining}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: { cost: number; cuts: number[] } | null = null;
    if (remaining === 1) {
      const width = textWidth(title.slice(points[from]).trim());
      best = width <= maxWidth ? { cost: (width - target) ** 2, cuts: [] } : null;
    } else {
      for (let next = from + 1; next < points.length - 1; next++) {
        const width = textWidth(title.slice(points[from], points[next]).trim());
        if (width > maxWidth) break;
        const rest = solve(next, remaining - 1);
        if (!rest) continue;
        const cost = (width - target) ** 2 + penalty[next] + rest.cost;
        if (!best || cost < best.cost) best = { cost, cuts: [points[next], ...rest.cuts] };
      }
    }
    memo.set(key, best);
    return best;
  };
  const result = solve(0, lines);
  if (!result) return null;
  const cuts = [0, ...result.cuts, title.length];
  return cuts.slice(0, -1).map((start, i) => title.slice(start, cuts[i + 1]).trim());
}
