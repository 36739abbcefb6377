/**
 * A clause cut off by the end of the text before its first 。: a copy that stops mid-sentence
 * ("六、开展边境四日游，应"). Such an item is not a clause of the notice (its heading is unknown); the
 * parser reports the cut ending instead. A short heading line without punctuation ("（一）指导思想")
 * is a complete heading-only item even at the very end, unless its sibling or its parent shows that the
 * notice's items of that place run on after their heading.
 */

/** Longest heading line still taken as complete when nothing follows it. */
const MAX_BARE_HEADING = 20;

/**
 * Whether `rest`, the text after the last marker of a text that ends there, was cut before its first 。.
 * When the item before it at its level runs its text on after its heading ("（一）完善机制。各级政府…"),
 * a short last line is that form cut, not a heading-only item.
 */
export function isCutBeforeFirstStop(rest: string, siblingRunsOn = false): boolean {
  const text = rest.trim();
  if (!text || /[。！？]/.test(text)) return false;
  // (A list's item closed by its semicolon is whole: "（二）农村五保对象；".)
  if (/[：:；;]$/.test(text)) return false;
  // A heading never leaves a title's 《 open ("4.《中华人民共和国环").
  if (text.lastIndexOf('《') > text.lastIndexOf('》')) return true;
  return siblingRunsOn || text.length > MAX_BARE_HEADING || /[，,、；;]/.test(text);
}

/**
 * Whether an item's first paragraph is not a bare heading: a heading its text runs on after ("完善机制。各级政府要…")
 * or a sentence item ("监督检查规章的执行；", "工作的准则是，依法行政。"). Items of one list share a form, so a
 * short last line after such a sibling is that form cut.
 */
export function isNotBareHeading(first: string): boolean {
  return /^[^。！？]{1,80}[。！？]\s*\S/.test(first) || /[。！？；;]\s*$/.test(first);
}

/**
 * Whether a parent item's heading is a long phrase of its own line ("二、明确目标体系，全面实施甲工程"): the items
 * under such a heading state their tasks as phrases with text after them ("（一）建立创业引导资金。…"), not as bare
 * topic words ("（一）指导思想" under "一、总体要求"), so a short first item ending the text under it is one cut.
 */
export function isLongPhraseHeading(first: string): boolean {
  const line = first.trim();
  return !/[。！？；;：:]/.test(line) && (line.length > MAX_BARE_HEADING || /[，,]/.test(line));
}

/** Whether the last source line of the text is the end of `paragraph` (nothing follows it). */
export function endsTheText(paragraph: string, lastLine: string): boolean {
  const tail = lastLine.replace(/\s+/g, '').slice(-12);
  return tail.length > 0 && paragraph.replace(/\s+/g, '').endsWith(tail);
}
