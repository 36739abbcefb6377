/**
 * Full-width spaces a page lost in a wrong encoding come out as "?": a line of them, or a run of them indenting a
 * 署名 or a date ("????? ?甲市人民政府"). No line of a notice opens with a Latin question mark, so a run at a line's
 * start is blank space again (as long as it was, so offsets stay).
 */
const LOST_INDENT = /^[? \t]*\?[? \t]*(?=$|[\u4e00-\u9fff0-9（(])/gm;

export function withLostSpacesRestored(raw: string): string {
  return raw.includes('?') ? raw.replace(LOST_INDENT, (run) => ' '.repeat(run.length)) : raw;
}
