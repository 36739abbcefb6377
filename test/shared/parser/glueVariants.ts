/**
 * The ways pages and pastes glue a notice's lines together, applied to a well-formed text: every line break
 * turned into a space, every line break dropped, or every second line break dropped (paragraphs glued in pairs).
 */
export interface GlueVariant {
  name: string;
  glue: (text: string) => string;
}

function printedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const GLUE_VARIANTS: GlueVariant[] = [
  { name: 'joined with spaces', glue: (text) => printedLines(text).join(' ') },
  { name: 'run together', glue: (text) => printedLines(text).join('') },
  {
    name: 'glued every two lines',
    glue: (text) =>
      printedLines(text)
        .map((line, i) => (i % 2 === 1 ? `${line}\n` : line))
        .join(''),
  },
];
