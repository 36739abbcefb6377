/** The sidebar's screens, in order; Alt+1…Alt+9 jump to the first nine. */
export interface NavEntry {
  key: string;
  label: string;
  group: 'work' | 'drafting' | 'system';
}

export const NAV: NavEntry[] = [
  { key: 'today', label: '今日待办', group: 'work' },
  { key: 'register', label: '收文登记簿', group: 'work' },
  { key: 'import', label: '导入', group: 'work' },
  { key: 'search', label: '检索', group: 'work' },
  { key: 'units', label: '责任单位', group: 'work' },
  { key: 'ledger', label: '督办台账', group: 'work' },
  { key: 'drafting', label: '起草', group: 'drafting' },
  { key: 'issuance', label: '发文登记', group: 'drafting' },
  { key: 'templates', label: '模板', group: 'drafting' },
  { key: 'settings', label: '设置', group: 'system' },
  { key: 'recycle', label: '回收站', group: 'system' },
];

export const GROUP_NAMES: Record<NavEntry['group'], string> = { work: '收文', drafting: '发文', system: '系统' };

/** Which sidebar entry a route belongs to (a notice's page belongs to the register; the first screen is 今日待办). */
export function navKeyOf(first: string | undefined): string {
  if (!first) return 'today';
  if (first === 'notice') return 'register';
  return first;
}
