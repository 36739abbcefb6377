import { describe, expect, it } from 'vitest';
import { compareClauses, coverageClauses, upstreamCarriers, type CoverageReport } from '../../../shared/drafting/coverage';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { corpusText } from '../../corpus';

const clausesOf = (name: string) => parseNotice(corpusText(name)).clauses;
const pairs = (report: CoverageReport) => Object.fromEntries(report.matches.map((m) => [m.local, m.upstream]));

describe('coverage of 太原市 2025 by 大宁县 2025 (a county carrying out a city notice)', () => {
  const report = compareClauses(clausesOf('daning-county-2025'), clausesOf('taiyuan-city-2025'));
  const matched = pairs(report);

  it('aligns reworded and renumbered clauses by their wording, not their numbers', () => {
    expect(matched['一']).toEqual(['一']); // 强化理论学习 ← 强化理论武装
    expect(matched['二']).toEqual(['二十']); // 常态宣传引导 ← 加大宣传力度
    expect(matched['三']).toEqual(['二十二']); // 深化警示教育 ← 深化教育警示
    expect(matched['四']).toEqual(['十一']); // 解决重大问题 ← 解决重点领域安全难题
    expect(matched['五']).toEqual(['十']); // 消除重大隐患 ← 推进安全生产治本攻坚
    expect(matched['十三']).toEqual(['十五']); // 修订完善应急救援预案
    expect(matched['十六']).toEqual(['二']); // 压实党政领导责任
    expect(matched['十八']).toEqual(['四']); // 压实企业主体责任
    expect(matched['十九']).toEqual(['五']); // 压实员工岗位责任
    expect(matched['二十']?.[0]).toBe('二十四'); // 严肃倒查追责问责
  });

  it('lets one local clause carry out two upstream clauses it merged', () => {
    expect(matched['十一']).toEqual(expect.arrayContaining(['九', '二十一'])); // 人员素质 ← 执法比武 + 技能提升
    expect(matched['十四']).toEqual(expect.arrayContaining(['十八', '十七'])); // 物资保障 ← 物资 + 装备
    expect(matched['十五']).toEqual(expect.arrayContaining(['十九', '十六'])); // 抢险处置 ← 实战练兵 + 队伍建设
  });

  it('reports the upstream tasks the county left out and the ones it added', () => {
    expect(report.uncoveredUpstream).toEqual(expect.arrayContaining(['七', '十二'])); // 企业准入, 自然灾害防范短板
    expect(report.newLocal).toContain('七'); // 保持打非治违高压态势
  });

  it('gives each match a score between 0 and 1, best upstream first', () => {
    for (const m of report.matches) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.scores[0]).toBe(m.score);
      expect([...m.scores].sort((a, b) => b - a)).toEqual(m.scores);
    }
  });

  it('accounts for every clause exactly once on each side', () => {
    const localIds = coverageClauses(clausesOf('daning-county-2025')).map((c) => c.id);
    const upstreamIds = coverageClauses(clausesOf('taiyuan-city-2025')).map((c) => c.id);
    expect(localIds).toHaveLength(20);
    expect(upstreamIds).toHaveLength(24);
    expect(new Set([...report.matches.map((m) => m.local), ...report.newLocal])).toEqual(new Set(localIds));
    const covered = new Set(report.matches.flatMap((m) => m.upstream));
    expect(new Set([...covered, ...report.uncoveredUpstream])).toEqual(new Set(upstreamIds));
    expect(report.uncoveredUpstream.filter((id) => covered.has(id))).toEqual([]);
  });
});

describe('coverage between siblings: 阳泉市 and 太原市 carrying out the same provincial notice', () => {
  const report = compareClauses(clausesOf('yangquan-city-2025'), clausesOf('taiyuan-city-2025'));
  const matched = pairs(report);

  it('finds the tasks both cities wrote, whatever their order', () => {
    expect(matched['一']).toEqual(['一']); // 强化学习贯彻 / 强化理论武装
    expect(matched['三']).toEqual(['二十二']); // 深化警示教育
    expect(matched['六']).toEqual(['二']); // 党政领导责任
    expect(matched['九']).toEqual(['五']); // 员工安全责任
    expect(matched['十一']).toEqual(['十']); // 消除重大隐患
    expect(matched['十二']).toEqual(['十一']); // 解决重大问题
    expect(matched['二十一']).toEqual(['九']); // 执法比武
  });

  it('reads 阳泉’s hazard-by-hazard tasks as a split of 太原’s 补强自然灾害防范短板', () => {
    for (const id of ['二十二', '二十三', '二十四', '二十五']) expect(matched[id]).toEqual(['十二']);
    expect(report.newLocal).toContain('二十七'); // 冬春救助
  });

  it('is the same alignment read from the other side', () => {
    const reverse = compareClauses(clausesOf('taiyuan-city-2025'), clausesOf('yangquan-city-2025'));
    const back = pairs(reverse);
    for (const [local, upstream] of [
      ['一', '一'],
      ['二', '六'],
      ['五', '九'],
      ['十', '十一'],
    ]) {
      expect(back[local]?.[0]).toBe(upstream);
    }
  });
});

const PLAN_BY_SECTION = `关于做好森林防火工作的通知
各乡镇：
现就有关事项通知如下：
一、压实责任
（一）落实属地责任。各乡镇要落实森林防火属地责任，建立包村包片责任制。（责任单位：各乡镇）
（二）落实部门责任。林业部门要加强森林防火监督检查。（责任单位：县林业局）
二、加强防范
（一）严格火源管控。清明节期间在重点路口设立检查站，严禁携带火种进山。（责任单位：县林业局、各乡镇）
（二）加强宣传教育。通过广播、标语、短信开展森林防火宣传，提高群众防火意识。（责任单位：县融媒体中心）
三、做好扑救准备
（一）强化队伍建设。组建半专业扑火队，开展扑火技能培训和实战演练。（责任单位：县应急管理局）
`;

const LOCAL_BY_SECTION = `关于做好全镇森林防火工作的通知
各村：
现就有关事项通知如下：
一、严防火源
（一）加强宣传。利用广播和标语开展森林防火宣传教育，提高群众防火意识。（责任单位：镇宣传办）
（二）管住火源。清明节期间在进山路口设立检查站，严禁携带火种进山。（责任单位：镇林业站）
二、落实责任
（一）压实包村责任。建立包村包片森林防火责任制，落实属地责任。（责任单位：各村）
（二）组织防火巡查。每日巡查林区，发现隐患及时上报。（责任单位：各村）
`;

describe('coverage where level-2 numbers restart in each section', () => {
  it('names clauses by their path', () => {
    const ids = coverageClauses(parseNotice(PLAN_BY_SECTION).clauses).map((c) => c.id);
    expect(ids).toEqual(['一/一', '一/二', '二/一', '二/二', '三/一']);
  });

  it('aligns by wording across sections', () => {
    const report = compareClauses(parseNotice(LOCAL_BY_SECTION).clauses, parseNotice(PLAN_BY_SECTION).clauses);
    expect(pairs(report)).toMatchObject({ '一/一': ['二/二'], '一/二': ['二/一'], '二/一': ['一/一'] });
    expect(report.newLocal).toEqual(['二/二']);
    expect(report.uncoveredUpstream).toEqual(expect.arrayContaining(['三/一']));
  });
});

describe('coverage of notices without level-2 clauses', () => {
  it('compares level-1 clauses', () => {
    const upstream = '通知\n一、加强汛期值班值守，严格执行领导带班制度。\n二、做好物资储备，检查抽水泵和沙袋。\n';
    const local = '通知\n一、做好防汛物资储备，检查沙袋和抽水泵。\n二、开展防汛应急演练。\n';
    const report = compareClauses(parseNotice(local).clauses, parseNotice(upstream).clauses);
    expect(report.matches.map((m) => [m.local, m.upstream])).toEqual([['一', ['二']]]);
    expect(report.uncoveredUpstream).toEqual(['一']);
    expect(report.newLocal).toEqual(['二']);
  });

  it('reports nothing matched when either side has no clauses', () => {
    expect(compareClauses([], clausesOf('taiyuan-city-2025')).matches).toEqual([]);
    expect(compareClauses(clausesOf('taiyuan-city-2025'), []).newLocal).toHaveLength(24);
  });
});

describe('the local clauses and units carrying each upstream task', () => {
  it('lists for 太原 clause 十五 the 大宁 clause 十三 and its own units', () => {
    const local = clausesOf('daning-county-2025');
    const carriers = upstreamCarriers(local, clausesOf('taiyuan-city-2025'), (i) => local[i].units.map((u) => u.name));
    const fifteen = carriers.find((c) => c.upstream.id === '十五')!;
    expect(fifteen.carriers.map((c) => c.local.id)).toEqual(['十三']);
    const thirteen = local[fifteen.carriers[0].local.index];
    expect(fifteen.carriers[0].owners).toEqual(thirteen.units.map((u) => u.name));
    expect(fifteen.carriers[0].owners.length).toBeGreaterThan(0);
    // Both of a merge's upstream clauses point at the one local clause.
    for (const id of ['九', '二十一'])
      expect(carriers.find((c) => c.upstream.id === id)!.carriers.map((c) => c.local.id)).toContain('十一');
    expect(carriers).toHaveLength(coverageClauses(clausesOf('taiyuan-city-2025')).length);
  });
});
