/**
 * Fills {placeholders} in template sentences. A placeholder without a value leaves no empty
 * brackets behind: "《{upstreamTitle}》（{upstreamDocNumber}）" with no 文号 becomes "《…》".
 * Unknown names stay visible so a clerk sees a mistyped placeholder.
 */

export type PlaceholderValues = Record<string, string | null | undefined>;

const BRACKETED = /[（(]\{(\w+)\}[）)]|《\{(\w+)\}》/g;
const PLAIN = /\{(\w+)\}/g;

export function fillPlaceholders(template: string, values: PlaceholderValues): string {
  const has = (name: string) => Object.hasOwn(values, name);
  const valueOf = (name: string) => values[name] ?? '';
  return template
    .replace(BRACKETED, (whole, paren: string | undefined, book: string | undefined) => {
      const name = (paren ?? book)!;
      if (!has(name)) return whole;
      const value = valueOf(name);
      if (!value) return '';
      return paren ? `（${value}）` : `《${value}》`;
    })
    .replace(PLAIN, (whole, name: string) => (has(name) ? valueOf(name) : whole));
}

/** The placeholder names a template sentence uses, for the template editor's hints. */
export function placeholderNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLAIN), (m) => m[1]))];
}
