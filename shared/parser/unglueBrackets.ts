/**
 * The bracket, quotation and 《》 pairs of a glued line: what they hold is never split.
 */
/** A bracket or quotation that does not close within this many characters, or before the same opener again, was cut: its opener is text. */
const MAX_SPAN = 160;

const OPENERS: Record<string, string> = {
  '《': '》',
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
 * lines hold nothing to split. (A returned arrow: tsx names each arrow bound to a name, on every call.)
 */
export function insideTest(text: string): (i: number) => boolean {
  let spans: number[] | null = null;
  return (i) => {
    // Nothing opens before the first character (a line mostly starts with its marker).
    if (i <= 0) return false;
    spans ??= protectedSpans(text);
    for (let s = 0; s < spans.length && spans[s] <= i; s += 2) if (i < spans[s + 1]) return true;
    return false;
  };
}
