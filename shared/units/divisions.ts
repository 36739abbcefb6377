/**
 * Administrative divisions (省 → 市 → 县 → 乡镇) as an index the pure code queries: by code, by full or
 * short name, up the tree and down it. The divisions themselves come from a dataset the host loads
 * (electron/core/units/divisionsDataset.ts); nothing here knows where.
 */
import type { AdminLevel } from '../drafting/organization';

export interface Division {
  /** Twelve digits: GB/T 2260 six, then the township's three and three zeros. */
  code: string;
  name: string;
  level: AdminLevel;
  parent: string | null;
}

export interface DivisionIndex {
  byCode(code: string): Division | undefined;
  /** Divisions whose full or short name (太原市 / 太原) is exactly `name`, higher levels first. */
  named(name: string): Division[];
  /** The divisions right below `code`; below '' the provinces. */
  children(code: string): Division[];
  /** The division and every division above it, nearest first. */
  lineage(code: string): Division[];
  /** True when `upper` contains `lower` (a city its counties and their townships). */
  contains(upper: string, lower: string): boolean;
  /** Every division below `code` (counties, townships). */
  descendants(code: string): Division[];
}

const LEVEL_RANK: Record<AdminLevel, number> = { province: 0, city: 1, county: 2, township: 3 };

/** 太原市 → 太原, 大宁县 → 大宁, 昕水镇 → 昕水; names of two characters keep their suffix (沁县). */
export function shortDivisionName(name: string): string | null {
  const match = /^(.{2,}?)(省|自治区|市|地区|盟|自治州|州|县|自治县|旗|区|镇|乡|街道|苏木)$/.exec(name);
  return match ? match[1] : null;
}

export function divisionIndex(divisions: readonly Division[]): DivisionIndex {
  const codes = new Map<string, Division>();
  const names = new Map<string, Division[]>();
  const kids = new Map<string, Division[]>();
  const addName = (key: string, division: Division) => {
    const list = names.get(key) ?? [];
    list.push(division);
    names.set(key, list);
  };
  for (const division of divisions) {
    codes.set(division.code, division);
    addName(division.name, division);
    const short = shortDivisionName(division.name);
    if (short && short !== division.name) addName(short, division);
    const list = kids.get(division.parent ?? '') ?? [];
    list.push(division);
    kids.set(division.parent ?? '', list);
  }
  for (const list of names.values()) list.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);

  const lineage = (code: string): Division[] => {
    const out: Division[] = [];
    for (let at = codes.get(code); at; at = at.parent ? codes.get(at.parent) : undefined) out.push(at);
    return out;
  };
  const descendants = (code: string): Division[] => (kids.get(code) ?? []).flatMap((d) => [d, ...descendants(d.code)]);
  return {
    byCode: (code) => codes.get(code),
    named: (name) => names.get(name) ?? [],
    children: (code) => kids.get(code) ?? [],
    lineage,
    contains: (upper, lower) => upper !== lower && lineage(lower).some((d) => d.code === upper),
    descendants,
  };
}
