/**
 * A unit as written in a notice (市应急局) resolved to the organization it names (太原市应急管理局) in the
 * issuer's jurisdiction: the place at its start or its level character (市/县/乡…) picks the division,
 * the office name is brought to its canonical form, and a group word stays a group. Two bureaus of two
 * cities never share a key; 应急局 and 应急管理局 of one county always do.
 */
import type { Division, DivisionIndex } from './divisions';
import { leadingPlace, enclosing } from './jurisdiction';
import { canonicalUnitName } from './nameForms';
import { COUNTY_OFFICES, groupOf } from './unitGroups';
import type { AdminLevel } from '../drafting/organization';

export interface ResolvedUnit {
  /** `division code|office` or `division code|group:id`: equal keys are the same organization. */
  key: string;
  /** The full name: 太原市应急管理局, 大宁县各乡镇. */
  name: string;
  kind: 'unit' | 'group';
  /** The group's id (unitGroups.ts), or `counties` for every county's office; null for a unit. */
  groupId: string | null;
  jurisdiction: { code: string; name: string; level: AdminLevel } | null;
  /** The canonical office name without its place (应急管理局); for a group, its label or the counties' office. */
  office: string;
}

/** A directory entry: a unit the office knows, with the other names it goes by. */
export interface DirectoryUnit {
  name: string;
  aliases: string[];
  /** Groups it belongs to by id (safetyCommittee …); empty when not recorded. */
  groups?: string[];
}

export interface ResolutionContext {
  index: DivisionIndex;
  /** The issuer's division (for a notice) or the office's (for a query); null when unknown. */
  home: Division | null;
  /** The office's own units, in its own jurisdiction. */
  directory?: UnitDirectory;
}

export interface UnitDirectory {
  jurisdiction: Division | null;
  /** Entries by the key of their name and of every alias. */
  byKey: Map<string, { unit: DirectoryUnit; key: string }>;
  units: { unit: DirectoryUnit; key: string }[];
}

const LEVEL_CHARS: Record<string, AdminLevel> = { 省: 'province', 市: 'city', 县: 'county', 区: 'county', 乡: 'township', 镇: 'township' };
const LEVEL_PREFIX = /^(省|市|县|区|乡|镇)(级|直(?=各|有关))?/;

const summary = (d: Division) => ({ code: d.code, name: d.name, level: d.level });

/** The level's division seen from home: 市 in a county's notice is its city; 县 in a city's is below it (null). */
function levelDivision(level: AdminLevel, home: Division | null, index: DivisionIndex): Division | null | 'below' {
  if (!home) return null;
  const found = enclosing(home.code, level, index);
  if (found) return found;
  // 区 in a district's own notice is the district; a level below home means every division of it.
  return 'below';
}

function groupUnit(where: Division | null, id: string, label: string, office = label): ResolvedUnit {
  return {
    key: `${where?.code ?? '?'}|group:${id}${id === 'counties' ? `:${office}` : ''}`,
    name: `${where?.name ?? ''}${label}`,
    kind: 'group',
    groupId: id,
    jurisdiction: where ? summary(where) : null,
    office,
  };
}

function officeUnit(where: Division | null, office: string, written: string): ResolvedUnit {
  return {
    key: `${where?.code ?? '?'}|${office}`,
    name: where ? `${where.name}${office}` : written,
    kind: 'unit',
    groupId: null,
    jurisdiction: where ? summary(where) : null,
    office,
  };
}

/** A leading place the context allows: within the home province, and a township only within home's city. */
function placeOf(name: string, ctx: ResolutionContext) {
  const match = leadingPlace(name, ctx.index, ctx.home?.code ?? null);
  if (!match) return null;
  const { division } = match;
  // Without a home, a township is taken only when no other division in the country has its name.
  if (!ctx.home) return division.level !== 'township' || ctx.index.named(division.name).length === 1 ? match : null;
  const homeLineage = ctx.index.lineage(ctx.home.code);
  const province = homeLineage.at(-1)?.code;
  if (province && ctx.index.lineage(division.code).at(-1)?.code !== province) return null;
  if (division.level === 'township') {
    const city = homeLineage.find((d) => d.level === 'city' || d.level === 'province');
    if (city && !ctx.index.contains(city.code, division.code)) return null;
  }
  return match;
}

function resolveRaw(written: string, ctx: ResolutionContext): ResolvedUnit {
  const canonical = canonicalUnitName(written);
  const place = placeOf(canonical, ctx);
  let where: Division | null = ctx.home;
  let rest = canonical;
  if (place) {
    where = place.division;
    rest = canonical.slice(place.length);
  } else {
    const level = LEVEL_PREFIX.exec(canonical);
    if (level) {
      const found = levelDivision(LEVEL_CHARS[level[1]], ctx.home, ctx.index);
      rest = canonical.slice(level[0].length);
      if (found === 'below') return groupUnit(ctx.home, 'counties', `各县（市、区）${rest || '人民政府'}`, rest || '人民政府');
      where = found;
    } else if (!ctx.home) {
      where = null;
    }
  }
  const counties = COUNTY_OFFICES.exec(rest);
  if (counties && where) {
    const office = counties[2] || '人民政府';
    return groupUnit(where, 'counties', `各县（市、区）${office}`, office);
  }
  const group = groupOf(rest);
  if (group) return groupUnit(where, group.id, group.label);
  if (rest === '' || rest === '人民政府') return officeUnit(where, '人民政府', canonical);
  // A name with no place and no level (国家金融监督管理总局阳泉监管分局) is kept as written.
  if (!place && !LEVEL_PREFIX.test(canonical)) return { ...officeUnit(where, rest, canonical), name: canonical };
  return officeUnit(where, rest, canonical);
}

/** Resolves a written unit name; an entry of the office's directory gives its own full name. */
export function resolveUnit(written: string, ctx: ResolutionContext): ResolvedUnit {
  const resolved = resolveRaw(written, ctx);
  const entry = ctx.directory?.byKey.get(resolved.key);
  if (!entry) return resolved;
  const home = ctx.directory?.jurisdiction ?? ctx.home;
  return { ...resolveRaw(entry.unit.name, { index: ctx.index, home }), name: entry.unit.name };
}

/** The office's directory: each unit keyed by its name and aliases, resolved in the office's jurisdiction. */
export function unitDirectory(units: readonly DirectoryUnit[], jurisdiction: Division | null, index: DivisionIndex): UnitDirectory {
  const ctx: ResolutionContext = { index, home: jurisdiction };
  const byKey: UnitDirectory['byKey'] = new Map();
  const list: UnitDirectory['units'] = [];
  for (const unit of units) {
    const key = resolveRaw(unit.name, ctx).key;
    list.push({ unit, key });
    for (const name of [unit.name, ...unit.aliases]) {
      const aliasKey = resolveRaw(name, ctx).key;
      if (!byKey.has(aliasKey)) byKey.set(aliasKey, { unit, key });
    }
  }
  return { jurisdiction, byKey, units: list };
}
