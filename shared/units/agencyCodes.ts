/**
 * 机关代字 → place, for an issuer whose name gives none. A city's 代字 is usually the first character of its
 * name (阳政发 阳泉市, 石政发 石家庄市): derived from the divisions for every province, wherever that
 * character is unique among the province's cities. What the names cannot give (a province's 简称 晋, a
 * historical name 并 for 太原, a second character 同 for 大同) is listed by hand as notices show it; the
 * installed divisions dataset carries no 简称.
 */
import type { Division, DivisionIndex } from './divisions';

/** 代字 the division names do not give, each checked against the divisions; extended as notices come. */
export const OBSERVED_AGENCY_CODES: readonly { prefix: string; place: string }[] = [
  { prefix: '晋市', place: '晋城市' },
  { prefix: '晋中', place: '晋中市' },
  { prefix: '晋', place: '山西省' },
  { prefix: '并', place: '太原市' },
  { prefix: '同', place: '大同市' },
  { prefix: '大', place: '大宁县' },
];

export interface AgencyCodePlace {
  prefix: string;
  division: Division;
  observed: boolean;
}

const derived = new WeakMap<DivisionIndex, Map<string, AgencyCodePlace[]>>();

/** The 代字 of a province's cities that their first character gives (unique within the province). */
function derivedOf(province: Division, index: DivisionIndex): AgencyCodePlace[] {
  let byProvince = derived.get(index);
  if (!byProvince) derived.set(index, (byProvince = new Map()));
  let entries = byProvince.get(province.code);
  if (!entries) {
    const cities = index.children(province.code).filter((d) => d.level === 'city');
    const count = new Map<string, number>();
    for (const city of cities) count.set(city.name[0], (count.get(city.name[0]) ?? 0) + 1);
    entries = cities.filter((c) => count.get(c.name[0]) === 1).map((division) => ({ prefix: division.name[0], division, observed: false }));
    byProvince.set(province.code, entries);
  }
  return entries;
}

function observed(index: DivisionIndex): AgencyCodePlace[] {
  return OBSERVED_AGENCY_CODES.flatMap(({ prefix, place }) =>
    index
      .named(place)
      .slice(0, 1)
      .map((division) => ({ prefix, division, observed: true })),
  );
}

const provinceOf = (code: string, index: DivisionIndex) => index.lineage(code).at(-1) ?? null;

/**
 * The place a 机关代字 stands for: in the province of `near` (the office's own) when given, else wherever
 * one place alone fits. The longest prefix wins; a 代字 seen in notices before one the names give.
 */
export function placeOfAgencyCode(agencyCode: string, index: DivisionIndex, near: string | null): Division | null {
  const province = near ? provinceOf(near, index) : null;
  const provinces = province ? [province] : index.children('');
  const candidates = [
    ...observed(index).filter((e) => !province || provinceOf(e.division.code, index)?.code === province.code),
    ...provinces.flatMap((p) => derivedOf(p, index)),
  ].filter((e) => agencyCode.startsWith(e.prefix));
  if (candidates.length === 0) return null;
  const longest = Math.max(...candidates.map((e) => e.prefix.length));
  const best = candidates.filter((e) => e.prefix.length === longest);
  const seen = best.filter((e) => e.observed);
  const picked = seen.length > 0 ? seen : best;
  return new Set(picked.map((e) => e.division.code)).size === 1 ? picked[0].division : null;
}
