import { describe, expect, it } from 'vitest';
import { findClauseUnits } from '../../../shared/parser/clauseUnits';
import { parseNotice } from '../../../shared/parser/parseNotice';

const units = (text: string) => findClauseUnits(text).units;
const names = (text: string) => units(text).map((u) => u.name);

describe('units in every bracket form', () => {
  it('reads （责任单位：A、B）', () => {
    expect(names('开展汛前检查。（责任单位：县水利局、县应急局）')).toEqual(['县水利局', '县应急局']);
  });

  it('reads 【牵头单位：A；责任单位：B、C】 with the roles kept', () => {
    expect(units('整治校外培训机构。【牵头单位：县教育局；责任单位：县市场监管局、各乡镇人民政府】')).toEqual([
      { name: '县教育局', role: 'lead' },
      { name: '县市场监管局', role: 'co' },
      { name: '各乡镇人民政府', role: 'co' },
    ]);
  });

  it('reads [牵头单位:A;配合单位:B] in half-width brackets and punctuation', () => {
    expect(units('推进老旧小区改造。[牵头单位:区住建局;配合单位:区财政局,各街道办事处]')).toEqual([
      { name: '区住建局', role: 'lead' },
      { name: '区财政局', role: 'co' },
      { name: '各街道办事处', role: 'co' },
    ]);
  });

  it('reads 〔A牵头，B配合〕', () => {
    expect(units('建立联席会议制度。〔市发展改革委牵头，市工业和信息化局配合〕')).toEqual([
      { name: '市发展改革委', role: 'lead' },
      { name: '市工业和信息化局', role: 'co' },
    ]);
  });

  it('reads a "牵头单位：A 配合单位：B" line after the clause', () => {
    expect(units('做好秸秆禁烧巡查。\n牵头单位：县生态环境分局  配合单位：县农业农村局、各乡镇')).toEqual([
      { name: '县生态环境分局', role: 'lead' },
      { name: '县农业农村局', role: 'co' },
      { name: '各乡镇', role: 'co' },
    ]);
  });

  it('strips role phrases and the 等有关部门 tail', () => {
    expect(names('落实减税降费政策。（县税务局牵头，县财政局、县人社局等有关部门按职责分工负责）')).toEqual([
      '县税务局',
      '县财政局',
      '县人社局',
    ]);
    expect(names('开展联合督查。（市政府督查室督导，市直各部门参与）')).toEqual(['市政府督查室', '市直各部门']);
  });

  it('reads units written in traditional characters', () => {
    expect(units('落實穩崗返還政策。(市人社局牽頭,市財政局、市稅務局負責)')).toEqual([
      { name: '市人社局', role: 'lead' },
      { name: '市財政局', role: 'co' },
      { name: '市稅務局', role: 'co' },
    ]);
    expect(names('編制行政許可事項清單。(市政府辦公室、市級各有關部門及各縣市區政府按職責分工負責)')).toEqual([
      '市政府辦公室',
      '市級各有關部門',
      '各縣市區政府',
    ]);
  });

  it('reads 卖力, the spun form of 负责 on mirror sites', () => {
    expect(names('梳理推介项目。(省发展改革委牵头卖力)')).toEqual(['省发展改革委']);
  });

  it('cuts the list at its first 。', () => {
    expect(names('严格执法检查。（县应急局负责。以下各项工作均需各乡镇落实，不再列出）')).toEqual(['县应急局']);
  });

  it('splits on 和/及 only between complete names', () => {
    expect(names('规范执法。（县自然资源和规划局及各乡镇人民政府负责）')).toEqual(['县自然资源和规划局', '各乡镇人民政府']);
  });

  it('ignores a mid-clause parenthetical that is no unit list', () => {
    expect(names('对参保职工30人(含)以下的企业暂免征收保障金。(县残联、县税务局负责)')).toEqual(['县残联', '县税务局']);
  });
});

describe('units of a 任务分工 table flattened to text', () => {
  it('gives each numbered row its lead and co units', () => {
    const notice = parseNotice(
      [
        '关于做好防汛工作的通知',
        '各乡镇人民政府：',
        '一、压实防汛责任',
        '序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限',
        '1 | 修订防汛应急预案 | 县水利局 | 县应急局、县气象局 | 2024年5月底前',
        '2 | 排查山洪灾害隐患点 | 县自然资源局 | 各乡镇人民政府 | 2024年6月底前',
        '大宁县人民政府',
        '2024年4月10日',
      ].join('\n'),
    );
    const rows = notice.clauses.filter((c) => c.level > 1);
    expect(rows.map((c) => [c.heading, c.units])).toEqual([
      [
        '修订防汛应急预案',
        [
          { name: '县水利局', role: 'lead' },
          { name: '县应急局', role: 'co' },
          { name: '县气象局', role: 'co' },
        ],
      ],
      [
        '排查山洪灾害隐患点',
        [
          { name: '县自然资源局', role: 'lead' },
          { name: '各乡镇人民政府', role: 'co' },
        ],
      ],
    ]);
  });
});

describe('names that look like something else', () => {
  it('keeps 地级以上市人民政府 after a 等省有关部门 tail inside the list', () => {
    expect(names('推介重点项目。(省发展改革委、省交通运输厅等省有关部门和各地级以上市人民政府按职责分工负责)')).toEqual([
      '省发展改革委',
      '省交通运输厅',
      '各地级以上市人民政府',
    ]);
  });

  it('takes no units from a quantity with 以上', () => {
    expect(names('对企业给予补贴。（职工30人以上的企业）')).toEqual([]);
  });
});

describe('units separated only by spaces', () => {
  const clauseUnitNames = (...body: string[]) =>
    parseNotice(['关于做好秋季森林防火工作的通知', '各乡镇人民政府：', ...body, '2024年9月2日'].join('\n')).clauses.map((c) =>
      c.units.map((u) => u.name),
    );

  it('splits a labelled bracket whose names stand apart with spaces', () => {
    expect(clauseUnitNames('（一）加强巡护。各乡镇要落实巡护人员。（责任单位：县林业局 县应急局 县消防救援大队）')).toEqual([
      ['县林业局', '县应急局', '县消防救援大队'],
    ]);
  });

  it('splits spaced names before a role word and keeps the roles', () => {
    expect(clauseUnitNames('（一）加强巡护。各乡镇要落实巡护人员。（县林业局  县应急局牵头，各乡镇人民政府配合）')).toEqual([
      ['县林业局', '县应急局', '各乡镇人民政府'],
    ]);
  });

  it('keeps one name whose parts a space broke apart', () => {
    expect(clauseUnitNames('（一）加强巡护。各乡镇要落实巡护人员。（责任单位：县 林业局、县应急局）')).toEqual([['县林业局', '县应急局']]);
  });
});
