import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const parse = (...body: string[]) => parseNotice(['关于加强城镇燃气安全管理的通知', '各乡镇人民政府：', ...body].join('\n'));
const outline = (...body: string[]) => parse(...body).clauses.map((c) => `${c.level} ${c.number} ${c.heading}`);

describe('numbered text that is not a clause', () => {
  it('keeps 一是…二是… in its clause', () => {
    const notice = parse('一、压实责任。', '一是压实属地责任。', '二是压实部门责任。');
    expect(notice.clauses.map((c) => c.number)).toEqual(['一']);
    expect(notice.clauses[0].text).toContain('二是压实部门责任');
  });

  it('opens no clause at 第一章 or 第一条, but reads the items inside an article', () => {
    expect(
      outline('第一章 总则', '第一条 为加强燃气管理，制定本办法。', '第二条 本办法适用于：', '（一）管道燃气；', '（二）瓶装燃气。'),
    ).toEqual(['2 一 管道燃气；', '2 二 瓶装燃气']);
  });

  it('keeps an item that cites a law’s article whole (二、根据某某组织法第十三条…)', () => {
    expect(
      outline(
        '第一条 常务委员会的职权如下：',
        '一、执行全体会议的决议；',
        '二、根据某某组织法第十三条所规定的职权，进行日常工作。',
        '第二条 会议由主席召集。',
      ),
    ).toEqual(['1 一 执行全体会议的决议；', '1 二 根据某某组织法第十三条所规定的职权，进行日常工作']);
  });

  it('opens no clause at a decimal or a bare section number', () => {
    expect(outline('1 总则', '1.1 编制目的', '为有效应对燃气事故，制定本预案。', '1.2 适用范围', '本预案适用于全县。')).toEqual([]);
  });

  it('opens no clause at a table-of-contents line', () => {
    expect(outline('目录', '一、总则……………………1', '二、组织体系……………3', '一、总则', '为有效应对燃气事故，制定本预案。')).toEqual([
      '1 一 总则',
    ]);
  });

  it('opens no clause at a —— dash item', () => {
    expect(outline('一、基本原则', '——坚持安全第一。', '——坚持综合治理。')).toEqual(['1 一 基本原则']);
  });

  it('opens no clause at the items of an attachment note', () => {
    const notice = parse('请各乡镇于6月底前报送整治情况。', '附件：1.燃气安全检查表', '2.整治情况统计表', '大宁县人民政府', '2024年5月6日');
    expect(notice.clauses).toEqual([]);
    const listed = parse(
      '请各乡镇于6月底前报送整治情况。',
      '附件：',
      '1、燃气安全检查表',
      '2、整治情况统计表',
      '大宁县人民政府',
      '2024年5月6日',
    );
    expect(listed.clauses).toEqual([]);
  });
});

describe('an attachment note inside the plan an 印发 notice carries', () => {
  it('opens no clause at its numbered titles', () => {
    const notice = parseNotice(
      [
        '大宁县人民政府办公室关于印发大宁县燃气安全整治方案的通知',
        '各乡镇人民政府：',
        '《大宁县燃气安全整治方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
        '大宁县人民政府办公室',
        '2024年5月6日',
        '大宁县燃气安全整治方案',
        '一、工作目标。全面消除隐患。',
        '二、工作要求。各乡镇每月报送进展。',
        '附件：1.燃气安全检查表',
        '2.整治情况统计表',
      ].join('\n'),
    );
    expect(notice.clauses.map((c) => `${c.number} ${c.heading}`)).toEqual(['一 工作目标', '二 工作要求']);
    expect(notice.body).toContain('2.整治情况统计表');
  });
});

describe('a 预案 numbered by decimal sections', () => {
  it.each([
    ['on lines of their own', ['1.总则', '1.1目的依据', '为提高应对突发公共事件的能力,制定本预案。', '1.2适用范围', '本预案适用于全镇。']],
    ['run together on one line', ['1.总则 1.1目的依据 为提高应对突发公共事件的能力,制定本预案。 1.2适用范围 本预案适用于全镇。']],
    ['its heading lost', ['1.', '1.1 编制目的', '1.2 编制依据', '1.3 适用范围']],
  ])('lists no clause for the section heading "1." (%s)', (_, lines) => {
    const notice = parseNotice(['甲镇突发公共事件总体应急预案', ...lines].join('\n'));
    expect(notice.clauses).toEqual([]);
  });

  it('keeps "1." items that are no sections', () => {
    const notice = parseNotice(
      ['关于做好防汛工作的通知', '各村:', '1.加强巡查。各村要组织巡查。', '2.强化值守。各村要安排值守。'].join('\n'),
    );
    expect(notice.clauses.map((c) => c.heading)).toEqual(['加强巡查', '强化值守']);
  });
});
