import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { SMALL_NOTICE_SIGNATURE as SIGNATURE, noticeOfLines as notice, outlineWithUnits as outline } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: 印发 notices and what they issue — the attached 办法 or 方案 after the
 * date, an 印发 line between the title and the 主送, quoted documents wrapping in the title, a one-line paste, a law
 * list in an attached 预案, a report carried after the notice opening with its 题注.
 */
describe("a plan's years in brackets in the title and the 印发 sentence", () => {
  it('keeps them in the title and the sentence, no 题注 of their own', () => {
    const notice = parseNotice(
      [
        '甲市人民政府关于印发甲市城市群发展行动计划(2020年—2025年)的通知',
        '各县人民政府,市直有关部门:',
        '现将《甲市城市群发展行动计划(2020年—2025年)》印发给你们,请认真贯彻执行。',
        '甲市人民政府',
        '2020年9月13日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发甲市城市群发展行动计划(2020年—2025年)的通知');
    expect(notice.recipients).toEqual(['各县人民政府', '市直有关部门']);
  });
});

describe('a traditional 印发 notice whose attached 辦法 follows the date under its title', () => {
  it('reads the attached text and its citations', () => {
    const notice = parseNotice(
      [
        '關于印發《甲省專項資金管理辦法》的通知',
        '各市財政局:',
        '現將《甲省專項資金管理辦法》印發給你們,請遵照執行。',
        '附件:甲省專項資金管理辦法',
        '甲省財政廳',
        '二○一○年三月二日',
        '甲省專項資金管理辦法',
        '第一章 總則',
        '本辦法所稱資金,是依據《國務院關于乙工作的意見》(國發〔2007〕7號)設立的資金。',
      ].join('\n'),
    );
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['國發〔2007〕7號']);
    expect(notice.unplaced).toEqual([]);
  });
});

describe('an 印发 notice whose 方案 follows the date', () => {
  it.each([
    ['without a label', ''],
    ['with a 附件 label', '附件\n'],
  ])('gives the 方案’s clauses %s', (_, label) => {
    const notice = parseNotice(
      `甲县人民政府办公室关于印发甲县防汛工作方案的通知\n各乡镇人民政府:\n现将《甲县防汛工作方案》印发给你们,请认真贯彻执行。${SIGNATURE}\n${label}甲县防汛工作方案\n一、总体要求\n坚持人民至上。\n二、主要任务\n（一）加强监测。实时监测雨情。（责任单位：县水利局）`,
    );
    expect(outline(notice)).toEqual(['1:一 总体要求 []', '1:二 主要任务 []', '2:一 加强监测 [县水利局*]']);
  });
});

describe('a 印发 line printed between the title and the 主送', () => {
  it('keeps the 印发 line out of the 主送', () => {
    const notice = parseNotice(
      [
        '甲市安全生产委员会',
        '关于印发《2011年度考核办法》的通知',
        '   甲安委〔2011〕3号  甲市安全生产委员会办公室  2011年5月18日印发  ',
        '市级各有关单位:',
        '《2011年度考核办法》已经市政府同意,现印发给你们,请认真贯彻执行。',
        '甲市安全生产委员会',
        '2011年5月18日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['市级各有关单位']);
    expect(notice.docNumber?.text).toBe('甲安委〔2011〕3号');
  });
});

describe('an issuing title whose list of quoted documents wraps between its 《》 items', () => {
  const title = (lines: string[]) => parseNotice([...lines, '各乡镇人民政府:', '现将办法印发给你们。'].join('\n')).title;

  it('is read to the line that closes with its 文种, each 《》 kept', () => {
    expect(
      title(['甲县财政局 甲县科技局', '关于印发 《甲县资金管理办法》', '《甲县创新券管理办法》', '《甲县揭榜制管理办法》的通知']),
    ).toBe('甲县财政局甲县科技局关于印发《甲县资金管理办法》《甲县创新券管理办法》《甲县揭榜制管理办法》的通知');
    expect(title(['甲县人民政府关于转发《甲市资金管理办法》', '《甲市创新券管理办法》和《甲市揭榜制管理办法》的通知'])).toBe(
      '甲县人民政府关于转发《甲市资金管理办法》《甲市创新券管理办法》和《甲市揭榜制管理办法》的通知',
    );
  });
});

describe('a page pasted on one line, its date between spaces before the attached text', () => {
  it('reads the date standing alone even when the next sentence opens with 为', () => {
    for (const date of ['二○二一年四月六日', '2021年4月6日']) {
      const notice = parseNotice(
        `甲省人民政府办公厅关于做好乙工作的通知 各市人民政府: 现转发给你们,请认真贯彻执行。 ${date} 为做好乙工作,现提出如下意见。 一、总体要求 坚持统筹。`,
      );
      expect(notice.signedDate).toBe('2021-04-06');
      expect(notice.clauses.map((c) => c.heading)).toEqual(['总体要求']);
    }
  });
});

describe('a law list in an attached 预案', () => {
  it('cites no 主席令 number and lists no item cut inside its 《', () => {
    const notice = parseNotice(
      [
        '甲开发区管委会关于印发某某应急预案的通知',
        '各局、办:',
        '现将《某某应急预案》印发给你们,请认真执行。',
        '一、总则',
        '(一)编制依据',
        '1.《中华人民共和国甲法》(中华人民共和国主席令﹝2014﹞第13号)',
        '2.《中华人民共和国乙法》(中华人民共和国主席令﹝2007﹞69号)',
        '3.《中华人民共和国丙',
      ].join('\n'),
    );
    expect(notice.citations).toEqual([]);
    expect(notice.clauses.filter((c) => c.level === 3).map((c) => c.number)).toEqual(['1', '2']);
  });
});

describe('a report carried after the 印发 notice, its title lost, opening with its 题注 and speaker', () => {
  it('reads the report’s clauses', () => {
    const parsed = notice([
      '青石县人民政府关于印发政府工作报告的通知',
      '各乡镇人民政府,县政府各部门:',
      '《政府工作报告》已经县人民代表大会审议通过,现印发给你们,请认真贯彻落实。',
      '青石县人民政府',
      '2022年2月10日',
      '(此件公开发布)',
      '——2022年1月20日在青石县第九届人民代表大会',
      '第二次会议上',
      '青石县人民政府县长  王明',
      '各位代表:',
      '现在,我代表县人民政府向大会报告工作,请予审议。',
      '一、过去一年工作回顾',
      '过去一年,我们坚持稳中求进,经济运行总体平稳。',
      '(一)稳住经济大盘。全年地区生产总值增长百分之六。',
    ]);
    expect(parsed.signedDate).toBe('2022-02-10');
    expect(parsed.clauses.map((c) => `${c.marker}${c.heading}`)).toEqual(['一、过去一年工作回顾', '(一)稳住经济大盘']);
  });
});

describe('an 印发 notice dated under the body with no 署名, its attached rules after the date', () => {
  it.each([
    [
      'the title’s 关于 and the rules’ last word carry a mirror’s pronunciations',
      '甲市人民政府辦公廳關(guān)于印發(fā)造林工程實(shí)施細(xì)則的通知',
      '造林工程實(shí)施細(xì)則',
      '第一章 總 則',
    ],
    [
      'the rules’ name ends in no 文种 but a table of contents follows',
      '甲盟行政公署办公室关于印发公文处理实施细则及文种式样的通知',
      '公文处理实施细则及文种式样',
      '目录',
    ],
  ])('reads the date and the issuer from the title when %s', (_, title, rules, next) => {
    const notice = parseNotice(
      [
        title,
        '(甲府廳發〔2009〕140號)',
        '各縣(區)人民政府,市直各有關部門:',
        '現將細則印發給你們,請認真遵照執行。',
        '二OO九年十一月十二日',
        rules,
        next,
        '第一條 為推進工程建設,制定本細則。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2009-11-12');
    expect(notice.issuer).toBe(title.slice(0, title.search(/关|關/)));
  });
});
