/**
 * Which groups a unit belongs to, and who a group's members are: 昕水镇 is one of 大宁县各乡镇, 大宁县应急管理局
 * one of 大宁县负有安全生产监管职责的部门 and of its 安委会成员单位 (as the directory records, or by the
 * usual list of safety-duty offices when it records none), 清徐县应急管理局 one of 太原市各县（市、区）应急管理局.
 */
import type { DivisionIndex } from './divisions';
import type { ResolvedUnit, UnitDirectory } from './resolveUnit';
import { SAFETY_DUTY_OFFICES, UNIT_GROUPS } from './unitGroups';

function recordedGroups(unit: ResolvedUnit, directory: UnitDirectory | undefined): string[] | null {
  const entry = directory?.units.find((u) => u.key === unit.key);
  return entry?.unit.groups && entry.unit.groups.length > 0 ? entry.unit.groups : null;
}

/** Keys of the groups (as resolveUnit keys them) that count `unit` among their members. */
export function groupKeysOf(unit: ResolvedUnit, index: DivisionIndex, directory?: UnitDirectory): string[] {
  if (unit.kind !== 'unit' || !unit.jurisdiction) return [];
  const where = unit.jurisdiction;
  const keys: string[] = [];
  const lineage = index.lineage(where.code);
  if (where.level === 'township' && unit.office === '人民政府') {
    const county = lineage.find((d) => d.level === 'county');
    if (county) keys.push(`${county.code}|group:townships`);
  }
  if (where.level === 'county') {
    const city = lineage.find((d) => d.level === 'city');
    if (city) keys.push(`${city.code}|group:counties:${unit.office}`);
  }
  if (unit.office !== '人民政府') {
    const recorded = recordedGroups(unit, directory);
    const safety = SAFETY_DUTY_OFFICES.includes(unit.office);
    for (const group of UNIT_GROUPS) {
      const member =
        group.members === 'departments' ||
        (recorded ? recorded.includes(group.id) : (group.members === 'safetyDuty' || group.members === 'safetyCommittee') && safety);
      if (member) keys.push(`${where.code}|group:${group.id}`);
    }
  }
  return keys;
}

/** The members a group is known to have (names), or null when it is not known. */
export function groupMemberNames(group: ResolvedUnit, index: DivisionIndex, directory?: UnitDirectory): string[] | null {
  if (group.kind !== 'group' || !group.jurisdiction) return null;
  const code = group.jurisdiction.code;
  switch (group.groupId) {
    case 'townships':
      return index
        .descendants(code)
        .filter((d) => d.level === 'township')
        .map((d) => d.name);
    case 'counties':
      return index
        .children(code)
        .filter((d) => d.level === 'county' && d.name !== '市辖区')
        .map((d) => `${d.name}${group.office === '人民政府' ? '人民政府' : group.office}`);
    default: {
      const local = directory?.jurisdiction?.code === code ? directory.units : [];
      const members = local
        .filter((entry) => {
          const recorded = entry.unit.groups ?? [];
          if (recorded.length > 0) return recorded.includes(group.groupId ?? '');
          const office = entry.key.slice(entry.key.indexOf('|') + 1);
          if (group.groupId === 'departments') return office !== '人民政府';
          return (group.groupId === 'safetyDuty' || group.groupId === 'safetyCommittee') && SAFETY_DUTY_OFFICES.includes(office);
        })
        .map((entry) => entry.unit.name);
      return members.length > 0 ? members : null;
    }
  }
}
