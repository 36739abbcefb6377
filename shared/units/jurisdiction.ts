/**
 * Which division a name belongs to: the place at the start of an issuer or unit name (太原市人民政府 →
 * 太原市, 大宁金融监管支局 → 大宁县), or else the place the 文号's 机关代字 stands for (并政发 → 太原市,
 * agencyCodes.ts).
 * A name that several divisions carry (城区) is read nearest the division given as context.
 */
import { placeOfAgencyCode } from './agencyCodes';
import type { Division, DivisionIndex } from './divisions';

export interface PlaceMatch {
  division: Division;
  /** How many characters of the name the place took. */
  length: number;
}

/** The candidate nearest the context: inside it, or above it, else the highest level. */
function nearest(candidates: Division[], index: DivisionIndex, near: string | null): Division | undefined {
  if (near) {
    const around = new Set(index.lineage(near).map((d) => d.code));
    const inside = candidates.find((d) => d.code === near || index.contains(near, d.code) || around.has(d.code));
    if (inside) return inside;
    // The same province as the context before any other.
    const province = index.lineage(near).at(-1)?.code;
    const sameProvince = candidates.find((d) => province && index.lineage(d.code).at(-1)?.code === province);
    if (sameProvince) return sameProvince;
  }
  return candidates[0];
}

/** The places a name starts with, outermost to innermost (山西省太原市… → 山西省, 太原市). */
export function leadingPlace(name: string, index: DivisionIndex, near: string | null = null): PlaceMatch | null {
  let at = 0;
  let found: Division | undefined;
  for (;;) {
    let step: PlaceMatch | null = null;
    for (let end = Math.min(name.length, at + 12); end >= at + 2; end--) {
      let candidates = index.named(name.slice(at, end));
      if (found) {
        const parent = found.code;
        candidates = candidates.filter((d) => index.contains(parent, d.code));
      }
      const pick = nearest(candidates, index, found?.code ?? near);
      if (pick) {
        step = { division: pick, length: end };
        break;
      }
    }
    if (!step) break;
    found = step.division;
    at = step.length;
  }
  return found ? { division: found, length: at } : null;
}

/** The division an issuer belongs to, from its name, else from the 机关代字. */
export function jurisdictionOf(
  issuer: string | null,
  agencyCode: string | null,
  index: DivisionIndex,
  near: string | null = null,
): Division | null {
  const byName = issuer ? leadingPlace(issuer.replace(/\s+/g, ''), index, near) : null;
  if (byName) return byName.division;
  return agencyCode ? placeOfAgencyCode(agencyCode, index, near) : null;
}

/** The division of `level` that contains `code` (the city of a county), or the division itself. */
export function enclosing(code: string, level: Division['level'], index: DivisionIndex): Division | null {
  return index.lineage(code).find((d) => d.level === level) ?? null;
}
