/**
 * Name forms of government offices: the canonical (full) name of each kind of office with the short
 * forms clerks write for it (应急局 → 应急管理局, 发改委 → 发展和改革委员会). Data, not branches: a new
 * short form is one more entry. Names are compared after folding widths, brackets and spaces.
 */

export interface NameForm {
  /** The canonical office name without its place: 应急管理局. */
  full: string;
  /** Other ways it is written. */
  short: readonly string[];
}

export const NAME_FORMS: readonly NameForm[] = [
  { full: '应急管理局', short: ['应急局'] },
  { full: '发展和改革委员会', short: ['发改委', '发展改革委', '发展改革委员会'] },
  { full: '发展和改革局', short: ['发改局', '发展改革局'] },
  { full: '住房和城乡建设局', short: ['住建局', '住房城乡建设局', '住房城乡建设管理局'] },
  { full: '交通运输局', short: ['交通局'] },
  { full: '市场监督管理局', short: ['市场监管局'] },
  { full: '行政审批服务管理局', short: ['审批局', '行政审批局', '审批服务管理局', '行政审批服务局'] },
  { full: '工业和信息化局', short: ['工信局', '工业信息化局'] },
  { full: '人力资源和社会保障局', short: ['人社局', '人力资源社会保障局'] },
  { full: '卫生健康委员会', short: ['卫健委', '卫生健康委'] },
  { full: '文化和旅游局', short: ['文旅局', '文化旅游局'] },
  { full: '生态环境局', short: ['环保局', '环境保护局'] },
  { full: '城市管理局', short: ['城管局'] },
  { full: '规划和自然资源局', short: ['规划自然资源局', '自然资源和规划局'] },
  { full: '农业农村局', short: ['农业局', '农业农村委'] },
  { full: '教育局', short: ['教育科技局', '教科局'] },
  { full: '消防救援支队', short: ['消防支队'] },
  { full: '消防救援大队', short: ['消防大队', '消防救援队'] },
  { full: '安全生产委员会', short: ['安委会'] },
  { full: '安全生产委员会办公室', short: ['安委办', '安委会办公室'] },
  { full: '人民政府办公室', short: ['政府办', '政府办公室'] },
  { full: '委办公室', short: ['委办'] },
  { full: '人民防空办公室', short: ['人防办'] },
  { full: '人民政府', short: ['政府'] },
];

/** Widths, brackets and spaces folded: 各县(市、区) and 各县（市、区） compare equal. */
export function foldUnitName(name: string): string {
  return name
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s\u3000]+/g, '');
}

interface Replacement {
  from: string;
  to: string;
}

/** Every written form, longest first; a full form maps to itself so 人民政府 is not read as 人民 + 政府. */
const REPLACEMENTS: readonly Replacement[] = NAME_FORMS.flatMap((form) => [
  { from: form.full, to: form.full },
  ...form.short.map((short) => ({ from: short, to: form.full })),
]).sort((a, b) => b.from.length - a.from.length);

/** The canonical form of an office name (any place prefix kept): 市应急局 → 市应急管理局. */
export function canonicalUnitName(name: string): string {
  const text = foldUnitName(name);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = REPLACEMENTS.find((r) => text.startsWith(r.from, i));
    if (hit) {
      out += hit.to;
      i += hit.from.length;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** The short forms known for a canonical office name (for listing a unit's aliases). */
export function knownShortForms(canonical: string): string[] {
  return NAME_FORMS.filter((form) => canonical.endsWith(form.full)).flatMap((form) =>
    form.short.map((short) => canonical.slice(0, canonical.length - form.full.length) + short),
  );
}
