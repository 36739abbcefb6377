/**
 * Group words (各乡镇, 县安委会成员单位, 负有安全生产监管职责的部门 …): a notice gives a task to a group,
 * and the task is each member's. Which members a group has comes from the divisions (各乡镇 → the
 * county's townships) or from the directory; a group whose members are not known stays a group.
 */

export type GroupMembers = 'townships' | 'counties' | 'departments' | 'safetyCommittee' | 'safetyDuty' | null;

export interface UnitGroup {
  id: string;
  /** Written after the jurisdiction's name: 大宁县 + 各乡镇. */
  label: string;
  /** Matched against the canonical name with its place and level taken off. */
  pattern: RegExp;
  members: GroupMembers;
}

export const UNIT_GROUPS: readonly UnitGroup[] = [
  { id: 'townships', label: '各乡镇', pattern: /^各?乡镇|^各乡（镇）|^各乡镇（街道）/, members: 'townships' },
  { id: 'safetyCommittee', label: '安委会成员单位', pattern: /^安全生产委员会(有关)?成员单位$/, members: 'safetyCommittee' },
  { id: 'safetyDuty', label: '负有安全生产监管职责的部门', pattern: /^负有.*职责的部门$/, members: 'safetyDuty' },
  { id: 'disasterCommittee', label: '防减救灾议事协调机构成员单位', pattern: /^防减救灾议事协调机构(有关)?成员单位$/, members: null },
  { id: 'departments', label: '直属各部门', pattern: /^直?各(部门|单位|委、局、办)$/, members: 'departments' },
  { id: 'relevant', label: '有关部门', pattern: /^(直)?(各)?有关(部门|单位)$/, members: null },
];

/** 各县(市、区)X, 县级X in a city's notice: every county's X; `office` is X (人民政府 when none is named). */
export const COUNTY_OFFICES = /^各县(（市、区）|（区）|区|（市、区、旗）|（市）)?(.*)$/;

/** Offices with safety-supervision duties, members of 负有安全生产监管职责的部门 unless the directory says otherwise. */
export const SAFETY_DUTY_OFFICES: readonly string[] = [
  '应急管理局',
  '公安局',
  '住房和城乡建设局',
  '交通运输局',
  '市场监督管理局',
  '自然资源局',
  '规划和自然资源局',
  '农业农村局',
  '水利局',
  '水务局',
  '文化和旅游局',
  '教育局',
  '能源局',
  '工业和信息化局',
  '卫生健康委员会',
  '生态环境局',
  '城市管理局',
  '城乡管理局',
  '商务局',
  '体育局',
  '林业局',
  '消防救援支队',
  '消防救援大队',
];

export function groupOf(rest: string): UnitGroup | undefined {
  return UNIT_GROUPS.find((g) => g.pattern.test(rest));
}
