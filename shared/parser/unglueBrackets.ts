/**
 * The bracket, quotation and 《》 pairs of a glued line: what they hold is never split.
 */
/** A bracket or quotation that does not close within this many characters, or before the same opener again, was cut: its opener is text. */
const MAX_SPAN = 160;

const OPENERS: Record<string, string> = {
  '《': '》',
  // As some PDF fonts map 《》.
  '«': '»',
  '〈': '〉',
  '“': '”',
  '（': '）',
  '(': ')',
  '〔': '〕',
  '【': '】',
  '[': ']',
  '［': '］',
};

/** Opener → closer by character code, 0 for other characters: the scan makes no string and no map lookup per character. */
const CLOSER_OF = new Uint16Array(0x10000);
for (const [open, close] of Object.entries(OPENERS)) CLOSER_OF[open.charCodeAt(0)] = close.charCodeAt(0);

/**
 * The closed bracket, quotation and 《》 pairs of a text, as [start, end) offset ranges of what they hold, in
 * order of their openers (a list, not an array over every offset: most lines hold few pairs).
 */
function protectedSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSER_OF[text.charCodeAt(i)];
    if (close === 0) continue;
    const open = text.charCodeAt(i);
    const limit = Math.min(text.length, i + 1 + MAX_SPAN);
    for (let j = i + 1; j < limit; j++) {
      // The same opener again first: this one was cut ("《…实行《…》"), the later one holds the pair.
      if (text.charCodeAt(j) === open) break;
      if (text.charCodeAt(j) !== close) continue;
      if (j > i + 1) spans.push(i + 1, j);
      break;
    }
  }
  return spans;
}

/**
 * Whether an offset of `text` lies inside a closed pair; the pairs are found on the first question, as most
 * lines hold nothing to split. The pairs' starts are in order and `reach` holds the furthest end of any pair
 * opened so far, so each question is a binary search, however many pairs a one-line document holds.
 * (A returned arrow: tsx names each arrow bound to a name, on every call.)
 */
export function insideTest(text: string): (i: number) => boolean {
  let pairs: { spans: number[]; reach: Int32Array } | null = null;
  return (i) => {
    // Nothing opens before the first character (a line mostly starts with its marker).
    if (i <= 0) return false;
    if (pairs === null) {
      const found = protectedSpans(text);
      const furthest = new Int32Array(found.length / 2);
      for (let s = 0, far = 0; s < found.length; s += 2) furthest[s / 2] = far = Math.max(far, found[s + 1]);
      pairs = { spans: found, reach: furthest };
    }
    const { spans, reach } = pairs;
    // The last pair that opens at or before i.
    let lo = 0;
    let hi = spans.length / 2 - 1;
    if (hi < 0 || spans[0] > i) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid * 2] <= i) lo = mid;
      else hi = mid - 1;
    }
    return reach[lo] > i;
  };
}
