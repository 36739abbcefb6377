/**
 * The localization rules (level words) for one pair of administrative levels: which phrases of an
 * upstream notice change when a lower organ carries it out (全市→全县, 市直各部门→县直各部门,
 * 各县（市、区）→各乡镇 …), which words must never change (城市, 市场, 市政 …) and how unit names
 * change (市应急局→县应急局, …支队→…大队). The rules are data: the defaults are generated here, shown
 * to the clerk, edited and stored.
 */
import { z } from 'zod';
import { ADMIN_LEVELS, DEFAULT_ADMIN_CHAR, type AdminLevel } from './organization';

export interface LocalizationRule {
  from: string;
  to: string;
}

export const localizationRuleSchema = z.object({
  from: z.string().min(1, '原词不能为空').max(50),
  to: z.string().max(50),
});

export const localizationRuleSetSchema = z.object({
  fromLevel: z.enum(ADMIN_LEVELS),
  toLevel: z.enum(ADMIN_LEVELS),
  /** Phrase replacements, applied in one pass, the longest phrase first (no cascades). */
  rules: z.array(localizationRuleSchema).max(2000),
  /** Words left as they are even where a rule would match inside them. */
  keep: z.array(z.string().min(1).max(50)).max(2000),
  /** Beginnings of unit names whose first character is not the level (市场监管局, 市政公用局). */
  unitKeep: z.array(z.string().min(1).max(50)).max(200),
  /** The leading level character of an upstream unit name and its local replacement (市→县). */
  unitPrefix: localizationRuleSchema.nullable(),
  /** Endings of unit names that differ between the levels (支队→大队). */
  unitSuffixes: z.array(localizationRuleSchema).max(200),
});

export type LocalizationRuleSet = z.output<typeof localizationRuleSetSchema>;

/** Key under which the rules of a pair of levels are stored: "city>county". */
export function ruleSetKey(fromLevel: AdminLevel, toLevel: AdminLevel): string {
  return `${fromLevel}>${toLevel}`;
}

/** How the level directly below each level is named in a notice (各县（市、区）, 各乡镇 …). */
const SUBORDINATES: Record<AdminLevel, { each: string[]; bare: string[]; local: string; localBare: string }> = {
  province: { each: ['各市', '各设区市', '各市（地）'], bare: ['设区市'], local: '各市', localBare: '市' },
  city: {
    each: ['各县（市、区）', '各县(市、区)', '各县（区）', '各县(区)', '各县区', '各县（市）', '各县(市)'],
    bare: ['县（市、区）', '县(市、区)', '县（区）', '县(区)'],
    local: '各县（市、区）',
    localBare: '县（市、区）',
  },
  county: {
    each: ['各乡镇', '各乡（镇）', '各乡(镇)', '各乡镇（街道）', '各乡镇(街道)'],
    bare: ['乡（镇）', '乡(镇)'],
    local: '各乡镇',
    localBare: '乡镇',
  },
  township: {
    each: ['各村（社区）', '各村(社区)', '各村'],
    bare: ['村（社区）', '村(社区)'],
    local: '各村（社区）',
    localBare: '村（社区）',
  },
};

/** Words that contain a level character but are not about the level. */
const KEEP_WORDS: Record<string, string[]> = {
  市: ['城市', '市场', '市政', '市民', '超市', '都市', '门市', '上市', '市值', '夜市', '集市', '市容', '市井', '市面'],
  省: ['节省', '省份', '省力', '省时', '省钱', '反省'],
  县: [],
  区: [
    '区域',
    '区分',
    '区别',
    '区块',
    '社区',
    '园区',
    '景区',
    '城区',
    '山区',
    '林区',
    '矿区',
    '库区',
    '灾区',
    '辖区',
    '片区',
    '小区',
    '校区',
    '街区',
    '示范区',
  ],
  镇: ['城镇', '镇定', '坐镇'],
  乡: ['城乡', '家乡', '乡村', '下乡'],
};

/** Unit names that begin with the level character without naming the level (市场监管局 is not 市+场监管局). */
const UNIT_KEEP: Record<string, string[]> = {
  市: ['市场', '市政公用', '市政工程', '市政设施', '市政管理', '市民服务'],
  区: ['区域'],
};

/** Unit-name endings that change from one level to the next. */
const UNIT_SUFFIXES: Record<string, LocalizationRule[]> = {
  'province>city': [
    { from: '厅', to: '局' },
    { from: '总队', to: '支队' },
  ],
  'province>county': [
    { from: '厅', to: '局' },
    { from: '总队', to: '大队' },
  ],
  'city>county': [{ from: '支队', to: '大队' }],
};

export interface LevelSide {
  level: AdminLevel;
  /** The administrative character of the organ's name (县, 区, 市, 旗, 镇, 乡, 街道). */
  char?: string;
}

/** The phrases a level uses about itself, written with its character X. */
function selfPhrases(x: string): string[] {
  return [
    `全${x}`,
    `我${x}`,
    `本${x}`,
    `${x}级`,
    `${x}直各部门`,
    `${x}直各单位`,
    `${x}直各有关单位`,
    `${x}直有关单位`,
    `${x}直有关部门`,
    `${x}直各委、局、办`,
    `${x}直`,
    `${x}委${x}政府`,
    `${x}委、${x}政府`,
    `${x}委`,
    `${x}政府`,
    `${x}人民政府`,
    `${x}政府办公室`,
    `${x}委办公室`,
    `${x}委办`,
    `${x}政府办`,
    `${x}安委会`,
    `${x}安委办`,
    `${x}减灾委`,
    `${x}防指`,
    `${x}森防指`,
    `${x}纪委监委`,
    `${x}人大`,
    `${x}政协`,
  ];
}

/** The default rules for carrying a notice of `from`'s level down to `to`'s level. */
export function defaultRuleSet(from: LevelSide, to: LevelSide): LocalizationRuleSet {
  const x = from.char ?? DEFAULT_ADMIN_CHAR[from.level];
  const y = to.char ?? DEFAULT_ADMIN_CHAR[to.level];
  const rules: LocalizationRule[] = [];
  const add = (fromText: string, toText: string) => {
    if (fromText !== toText && !rules.some((r) => r.from === fromText)) rules.push({ from: fromText, to: toText });
  };
  // 太原's "市直各委、局、办" reads "县直各部门" in a county notice.
  const special: Record<string, string> = from.level === to.level ? {} : { [`${x}直各委、局、办`]: `${y}直各部门` };
  for (const phrase of selfPhrases(x)) {
    add(phrase, special[phrase] ?? phrase.replaceAll(x, y));
  }
  if (from.level !== to.level) {
    const sub = SUBORDINATES[from.level];
    const localSub = SUBORDINATES[to.level];
    for (const each of sub.each) {
      add(`${each}人民政府`, `${localSub.local}人民政府`);
      add(`${each}政府`, `${localSub.local}政府`);
      add(`${each}党委、政府`, `${localSub.local}党委、政府`);
      add(each, localSub.local);
    }
    for (const bare of sub.bare) add(bare, localSub.localBare);
    if (from.level === 'city' && to.level === 'county') {
      add('市县两级', `${y}乡两级`);
      add('县级政府', '各乡镇政府');
    }
  }
  const suffixes = UNIT_SUFFIXES[ruleSetKey(from.level, to.level)] ?? [];
  return {
    fromLevel: from.level,
    toLevel: to.level,
    rules,
    keep: [...(KEEP_WORDS[x] ?? [])],
    unitKeep: [...(UNIT_KEEP[x] ?? [])],
    unitPrefix: x === y ? null : { from: x, to: y },
    unitSuffixes: from.level === to.level ? [] : suffixes.map((s) => ({ ...s })),
  };
}
