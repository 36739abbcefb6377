import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { noticeOfLines as notice } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: 主送 lists — divisions sharing one head (also in traditional
 * characters, run into the body), districts and county-level cities, 兵团 after province-level divisions, directly
 * attached units, a second part keeping the first's head or 各大, groups joined by 及 or 和, ad-hoc bodies, kinds of
 * school, a 公告 greeting the public.
 */
describe('a 主送 of divisions sharing one head, run straight into the body on one line', () => {
  it('reads the recipients and the body after them', () => {
    const notice = parseNotice(
      [
        '关于印发《服务业专项资金管理办法》的通知',
        '财建〔2010〕5号',
        '各省、自治区、直辖市、计划单列市财政厅(局),乙兵团财务局:为加快服务业发展,设立专项资金。现将《服务业专项资金管理办法》印发给你们,请遵照执行。',
        '财政部',
        '二○一○年三月二日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各省、自治区、直辖市、计划单列市财政厅(局)', '乙兵团财务局']);
    expect(notice.signedDate).toBe('2010-03-02');
  });
});

describe('the same 主送 in traditional characters', () => {
  it('keeps the divisions sharing one head in one name', () => {
    const notice = parseNotice(
      [
        '關于印發《服務業專項資金管理辦法》的通知',
        '各省、自治區、直轄市、計劃單列市財政廳(局),乙兵團財務局:為加快服務業發展,設立專項資金。現將辦法印發給你們,請遵照執行。',
        '財政部',
        '二○一○年三月二日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各省、自治區、直轄市、計劃單列市財政廳(局)', '乙兵團財務局']);
  });
});

describe('a 主送 naming districts and county-level cities under one head', () => {
  it('keeps 各区、县级市人民政府 whole, in simplified and traditional characters', () => {
    const recipients = (line: string) => parseNotice(['甲市人民政府关于做好防汛工作的通知', line, '现通知如下。'].join('\n')).recipients;
    expect(recipients('各区、县级市人民政府,市政府各部门、各直属机构:')).toEqual(['各区、县级市人民政府', '市政府各部门、各直属机构']);
    expect(recipients('各區、縣級市人民政府,市直各單位:')).toEqual(['各區、縣級市人民政府', '市直各單位']);
    expect(recipients('各区人民政府,县级市人民政府:')).toEqual(['各区人民政府', '县级市人民政府']);
  });
});

describe('province-level divisions before the 兵团’s department in a 主送', () => {
  it('share the department’s head; a division’s own offices and a 各 group do not', () => {
    const notice = parseNotice(
      [
        '国家某局关于做好某项工作的通知',
        '各省、自治区、直辖市、新疆生产建设兵团卫生健康委,各县、市直各单位:',
        '现就有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各省、自治区、直辖市、新疆生产建设兵团卫生健康委', '各县', '市直各单位']);
  });
});

describe('a 主送 group whose second part is the first part’s directly attached units', () => {
  it('keeps 区政府有关部门、直属有关单位 whole', () => {
    const notice = parseNotice(
      [
        '甲区人民政府办公室关于印发某项应急预案的通知',
        '各镇人民政府,区政府有关部门、直属有关单位:',
        '《某项应急预案》已经区人民政府同意,现印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各镇人民政府', '区政府有关部门、直属有关单位']);
  });
});

describe('主送 groups whose second part has the first part’s head', () => {
  it.each([['各县(区)人民政府、法院,市政府各部门:', ['各县(区)人民政府、法院', '市政府各部门']]])('keeps %s', (line, recipients) => {
    const notice = parseNotice(['己市人民政府关于加强行政争议化解工作的通知', line, '现将有关事项通知如下。'].join('\n'));
    expect(notice.recipients).toEqual(recipients);
  });
});

describe('a 主送 whose second part keeps the first part’s 各大', () => {
  it('keeps 各大企业、事业单位 whole', () => {
    const notice = parseNotice(
      ['癸自治区人民政府关于印发数据管理办法的通知', '盟行政公署、市人民政府,各大企业、事业单位:', '现将办法印发给你们。'].join('\n'),
    );
    expect(notice.recipients).toEqual(['盟行政公署', '市人民政府', '各大企业、事业单位']);
  });
});

describe('主送 groups', () => {
  it('keeps deputies addressed by the title after the last name as one group', () => {
    const notice = parseNotice(
      [
        '某县水务局关于对第5号建议办理情况的复函',
        '张明、李华、王芳代表:',
        '你们提出的建议收悉,现答复如下。',
        '某县水务局',
        '2023年10月7日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['张明、李华、王芳代表']);
  });

  it('keeps zones that share one committee’s name as one addressee', () => {
    const notice = parseNotice(
      [
        '某市普查领导小组办公室关于印发某项办法的通知',
        '各县(市、区)普查领导小组办公室,某经济技术开发区、某旅游经济特区管委会普查领导小组办公室:',
        '现将某项办法印发给你们,请遵照执行。',
        '某市普查领导小组办公室',
        '2023年8月30日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各县(市、区)普查领导小组办公室', '某经济技术开发区、某旅游经济特区管委会普查领导小组办公室']);
  });

  it('keeps parks and a port before the 管委会 they share as one addressee', () => {
    const notice = parseNotice(
      [
        '关于开展安全检查的通知',
        '各市、区人民政府,甲工业园区、甲高新区、乙港口管委会,市各委办局:',
        '为加强安全管理,现将有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各市、区人民政府', '甲工业园区、甲高新区、乙港口管委会', '市各委办局']);
    const cut = parseNotice(
      ['关于开展安全检查的通知', '各镇政府,开发区、乙度假区管委,市政府各部门:', '为加强安全管理,现将有关事项通知如下。'].join('\n'),
    );
    expect(cut.recipients).toEqual(['各镇政府', '开发区、乙度假区管委', '市政府各部门']);
  });
});

describe('two 各 groups in one 主送', () => {
  it.each([
    ['各学院、各部门:', ['各学院', '各部门']],
    ['各县区、各部门:', ['各县区', '各部门']],
    ['市政府各部门、各直属机构:', ['市政府各部门、各直属机构']],
  ])('reads %s', (line, recipients) => {
    const notice = parseNotice(['关于开展安全检查的通知', line, '为加强安全管理,现将有关事项通知如下。'].join('\n'));
    expect(notice.recipients).toEqual(recipients);
  });
});

describe('a 各 group of governments with the 街道办事处 after it', () => {
  it.each([
    ['各乡镇人民政府、街道办事处,县直各有关单位:', ['各乡镇人民政府、街道办事处', '县直各有关单位']],
    ['区政府各委、办、局,各街办事处、镇政府:', ['区政府各委、办、局', '各街办事处、镇政府']],
    ['各县(区)人民政府、管委会:', ['各县(区)人民政府', '管委会']],
    ['区级各部门,各管委会、街道办事处,有关单位:', ['区级各部门', '各管委会、街道办事处', '有关单位']],
  ])('reads %s', (line, recipients) => {
    const notice = parseNotice(['关于开展安全检查的通知', line, '为加强安全管理,现将有关事项通知如下。'].join('\n'));
    expect(notice.recipients).toEqual(recipients);
  });
});

describe('a 主送 without a colon, one addressee group to a line', () => {
  it('reads every line between the title and the opening sentence', () => {
    const notice = parseNotice(
      [
        '首页 > 政务公开 > 通知公告',
        '关于做好秸秆禁烧工作的通知',
        '各乡镇人民政府',
        '县直各有关单位',
        '为切实做好秸秆禁烧工作,现将有关事项通知如下。',
        '一、提高思想认识',
        '某某县人民政府办公室',
        '2024年5月20日',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于做好秸秆禁烧工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
  });

  it('reads it below a page widget that left a colon alone on its line', () => {
    const notice = parseNotice(
      [
        '关于做好秸秆禁烧工作的通知',
        '字号 : |',
        '发布时间:2024-05-20 | 来源:某某县人民政府办公室',
        '关于做好秸秆禁烧工作的通知',
        '各乡镇人民政府,县直各有关单位',
        '为切实做好秸秆禁烧工作,现将有关事项通知如下。',
        '一、提高思想认识',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
  });

  it('does not take a byline of organs without a group for a 主送', () => {
    const notice = parseNotice(
      ['关于做好秸秆禁烧工作的通知', '某某县农业农村局', '某某县生态环境分局', '为切实做好秸秆禁烧工作,现将有关事项通知如下。'].join('\n'),
    );
    expect(notice.recipients).toEqual([]);
  });
});

describe('a 主送 group joined by 及 or 和', () => {
  const recipients = (line: string) => notice(['青石县人民政府关于做好防汛工作的通知', line, '现将有关事项通知如下。']).recipients;

  it('stays one addressee although both sides are complete names', () => {
    expect(recipients('各乡镇人民政府,县政府各部门,省市驻县机构及县属企事业单位:')).toEqual([
      '各乡镇人民政府',
      '县政府各部门',
      '省市驻县机构及县属企事业单位',
    ]);
    expect(recipients('各乡镇人民政府,县直机关和县属企业:')).toEqual(['各乡镇人民政府', '县直机关和县属企业']);
  });

  it('stays one when the second opens with its own 各 (labelers split a 主送 only at its punctuation)', () => {
    expect(recipients('区政府各委、办、局,各街道办事处及各有关单位:')).toEqual(['区政府各委、办、局', '各街道办事处及各有关单位']);
    expect(recipients('县直各部门和各乡镇人民政府:')).toEqual(['县直各部门和各乡镇人民政府']);
  });

  it('in the 抄送 too, while a unit list still splits two complete names', () => {
    const parsed = notice([
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '(一)压实责任。各乡镇要落实责任。(县水利局及县应急局负责)',
      '青石县人民政府',
      '2021年5月6日',
      '抄送:县委办公室,县人大常委会办公室及县政协办公室。',
    ]);
    expect(parsed.cc).toEqual(['县委办公室', '县人大常委会办公室及县政协办公室']);
    expect(parsed.clauses[0].units.map((u) => u.name)).toEqual(['县水利局', '县应急局']);
  });
});

describe('主送 groups of ad-hoc bodies: each place’s 指挥部 and 委员会, and the members of both', () => {
  const recipients = (line: string) => notice(['甲省防火指挥部关于召开工作会议的通知', line, '现将有关事项通知如下。']).recipients;

  it('keeps a body without its place with the one before, cities sharing a head, and 成员单位 of two bodies whole', () => {
    expect(
      recipients(
        '甲省防火指挥部、甲省绿化委员会成员单位,各市(州)人民政府防火指挥部、绿化委员会,白山管委会防火指挥部、绿化委员会,青石市、白石市人民政府防火指挥部、绿化委员会,各国有林业局、森林经营局:',
      ),
    ).toEqual([
      '甲省防火指挥部、甲省绿化委员会成员单位',
      '各市(州)人民政府防火指挥部、绿化委员会',
      '白山管委会防火指挥部、绿化委员会',
      '青石市、白石市人民政府防火指挥部、绿化委员会',
      '各国有林业局、森林经营局',
    ]);
  });

  it('still splits departments that both lack a place, and complete addressees', () => {
    expect(recipients('财政局、税务局:')).toEqual(['财政局', '税务局']);
    expect(recipients('青石市人民政府、白石市人民政府:')).toEqual(['青石市人民政府', '白石市人民政府']);
  });
});

describe('a 主送 listing kinds of school under one 各', () => {
  it('keeps the kinds with the 各 they follow, a place before the 各 or not', () => {
    const recipients = (line: string) => notice(['青石县教育局关于做好开学工作的通知', line, '现将有关事项通知如下。']).recipients;
    expect(recipients('全县各中小学校、幼儿园:')).toEqual(['全县各中小学校、幼儿园']);
    expect(recipients('各乡镇中心学校,各中学、小学、幼儿园:')).toEqual(['各乡镇中心学校', '各中学、小学、幼儿园']);
  });
});

describe('a 公告 that greets the public in the 主送 position', () => {
  it('reads the salutation as its 主送, and a page label stays out', () => {
    const greeting = (line: string) =>
      parseNotice(['关于开展夜市整治行动的公告', line, '为规范城市秩序,现就有关事项公告如下:', '一、严禁占道经营。'].join('\n')).recipients;
    expect(greeting('广大市民朋友:')).toEqual(['广大市民朋友']);
    expect(greeting('居民朋友们:')).toEqual(['居民朋友们']);
    expect(greeting('主题分类:')).toEqual([]);
  });
});

describe('a 主送 of persons or the public', () => {
  it.each([
    ['省政協委員:', ['省政協委員']],
    ['居民朋友们、辖区单位:', ['居民朋友们', '辖区单位']],
    ['广大市民、各有关单位:', ['广大市民', '各有关单位']],
  ])('reads %s', (line, recipients) => {
    const notice = parseNotice([line, '根据年度工作安排,现就有关事项征求意见建议。', '1.所在委员会的工作情况。'].join('\n'));
    expect(notice.recipients).toEqual(recipients);
    expect(notice.title).toBeNull();
  });
});

describe('a 主送 without its colon, ending with 有关单位, over an opening that lost its 。', () => {
  it('reads the 主送', () => {
    const notice = parseNotice(
      [
        '甲区人民政府',
        '关于印发甲区行动方案的通知',
        '甲府发〔2023〕12号',
        '各镇乡(民族乡)人民政府,各街道办事处,区政府各部门,有关单位',
        '现将《甲区行动方案》印发给你们,请认真贯彻执行',
        '甲区人民政府',
        '2023年4月6日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各镇乡(民族乡)人民政府', '各街道办事处', '区政府各部门', '有关单位']);
  });
});

describe("a gazette's table of contents above the notice's 文号 and 主送", () => {
  it('reads the 主送 under a long contents list', () => {
    const contents = Array.from({ length: 12 }, (_, i) => `甲区人民政府办公室关于做好第${i + 1}项工作的通知`);
    const notice = parseNotice(
      [
        '甲区人民政府公报',
        '2025年第3期',
        '目 录',
        ...contents,
        '甲区人民政府公报 2025年第3期',
        '(甲府办〔2025〕35号)',
        '各镇人民政府、各街道办事处,区政府各部门:',
        '为进一步做好防蚊灭蚊工作,现将有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各镇人民政府', '各街道办事处', '区政府各部门']);
  });
});
