/**
 * A list of the office's units as a clerk keeps it (a spreadsheet, or lines of text): each row a unit's
 * name, then its other names in the following cells or after 、，；/ in one cell. A header row (单位名称 …)
 * and empty rows are passed over; a name given twice is kept once, its aliases joined.
 */
import type { DirectoryUnit } from './resolveUnit';

export interface UnitListResult {
  units: DirectoryUnit[];
  /** Rows that named no unit (headers, blanks, over-long names). */
  skipped: number;
}

const SEPARATORS = /[、，,；;/|\t]+/;
const HEADER = /^(序号|单位|名称|单位名称|机构名称|全称|简称|别名)$/;
const MAX_NAME = 100;

export function unitsFromRows(rows: readonly (readonly string[])[]): UnitListResult {
  const byName = new Map<string, DirectoryUnit>();
  let skipped = 0;
  for (const row of rows) {
    const cells = row.flatMap((cell) => cell.split(SEPARATORS)).map((cell) => cell.trim().replace(/\s+/g, ''));
    // A leading 序号 (1, 2, …) is not a name.
    const names = cells.filter((cell) => cell !== '' && !/^\d+[.、]?$/.test(cell));
    if (names.length === 0 || HEADER.test(names[0]) || names.some((n) => n.length > MAX_NAME)) {
      skipped += 1;
      continue;
    }
    const [name, ...aliases] = names;
    const unit = byName.get(name) ?? { name, aliases: [], groups: [] };
    for (const alias of aliases) if (alias !== name && !unit.aliases.includes(alias)) unit.aliases.push(alias);
    byName.set(name, unit);
  }
  return { units: [...byName.values()], skipped };
}

/** Lines of text: one unit a line, its aliases after a tab, comma or 、. */
export function unitsFromText(text: string): UnitListResult {
  return unitsFromRows(text.split(/\r?\n/).map((line) => [line]));
}
