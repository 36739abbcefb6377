import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { noticeOfLines as notice, outlineByNumber as outline } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: 令 and the rules they publish (printed above the document, signed
 * by the organ's head, 现公布 sentences), and law databases — 题注 with or without brackets (文号 then date, dates in
 * Chinese numerals, rules without their cover notice), print views, 【】 header lines, headings naming the document.
 */
describe('a 令 printed above the document it promulgates', () => {
  it('takes the document’s title below the 令 and the 令’s date', () => {
    const notice = parseNotice(
      [
        '甲市人民政府公报(2020年第7期)',
        '字体大小: 打印',
        '  • 总期刊数 总214期',
        '  •   甲市人民政府令',
        '      第31号',
        '      《甲市人民政府关于调整某项行政职责的决定》已于2020年3月5日经市政府第9次常务会议审议通过,现予公布,自公布之日起施行。',
        '      市长张三',
        '      2020年3月16日',
        '      甲市人民政府关于调整',
        '      某项行政职责的决定',
        '      为推进机构职能优化协同高效,现就有关事项作出如下决定:',
        '      一、原由甲局承担的职责,调整由乙局承担。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于调整某项行政职责的决定');
    expect(notice.issuer).toBe('甲市人民政府');
    expect(notice.docNumber).toBeNull();
    expect(notice.signedDate).toBe('2020-03-16');
  });
});

describe('a 令 that publishes its rules in a sentence opening with 现公布', () => {
  it('takes the rules’ name below the 令 as the title and the 令’s date', () => {
    const notice = parseNotice(
      [
        '乙省人民政府令',
        '第88号',
        '现公布《乙省某项管理办法》,自2021年5月1日起施行。',
        '省长李四',
        '2021年3月2日',
        '乙省某项管理办法',
        '第一条为了加强某项管理,根据有关法律、法规,结合本省实际,制定本办法。',
      ].join('\n'),
    );
    expect(notice.title).toBe('乙省某项管理办法');
    expect(notice.signedDate).toBe('2021-03-02');
  });
});

describe('a 令 signed by the organ’s head, the promulgated document after it', () => {
  it('takes the date under the head’s line, who is no issuer', () => {
    for (const head of ['市长', '市长王明']) {
      const parsed = notice([
        '甲市人民政府关于控制扬尘污染的通告',
        '甲市人民政府',
        '甲府令第12号',
        '《甲市人民政府关于控制扬尘污染的通告》已经市政府常务会议通过,现予公布,自公布之日起施行。',
        head,
        '二○○一年十二月三十日',
        '甲市人民政府关于控制扬尘污染的通告',
        '第一条为控制扬尘污染,制定本通告。',
        '第二条本通告适用于本市主城区。',
        '第三条本通告自公布之日起施行。',
      ]);
      expect(parsed.signedDate).toBe('2001-12-30');
      expect(parsed.body).not.toContain('市长');
      expect(parsed.issuers).toEqual(['甲市人民政府']);
    }
  });
});

describe('a law database page of a 令 whose 题注 names the organ that issued it', () => {
  const page = (note: string) =>
    parseNotice(
      [
        '青石市河道采砂管理规定',
        '作者:法律资料网 时间:2024-07-22 18:21:41 浏览:120',
        '青石市河道采砂管理规定',
        note,
        '第一条 为加强河道采砂管理,制定本规定。',
        '第二条 本规定自发布之日起施行。',
      ].join('\n'),
    );

  it('reads the issuer and the date from the 题注', () => {
    for (const note of ['(1995年6月2日青石市人民政府令23号发布)', '(1995年6月2日青石市人民政府令第23号公布)']) {
      const notice = page(note);
      expect(notice.issuer).toBe('青石市人民政府');
      expect(notice.signedDate).toBe('1995-06-02');
    }
  });

  it('names no issuer from a 题注 whose step names no organ', () => {
    expect(page('(1995年6月2日第23号令发布)').issuer).toBeNull();
  });
});

describe('a law database page headed by the name of the document the notice issues', () => {
  const page = (notice: string[]) =>
    parseNotice(
      [
        '青石市政务信息报送办法',
        '作者:法律资料网 时间:2024-07-06 00:54:58 浏览:310',
        '青石市政务信息报送办法',
        ...notice,
        '(青政办发〔2005〕12号)',
        '市政府各部门,市直各单位:',
        '现将《青石市政务信息报送办法》印发给你们,请遵照执行。',
        '二〇〇五年三月一日',
      ].join('\n'),
    );

  it("takes the notice's own 印发 title, not the page heading", () => {
    expect(page(['青石市人民政府办公室', '关于印发青石市政务信息报送办法的通知']).title).toBe('关于印发青石市政务信息报送办法的通知');
    expect(page(['青石市人民政府办公室关于印发青石市政务信息报送办法的通知']).title).toBe(
      '青石市人民政府办公室关于印发青石市政务信息报送办法的通知',
    );
    expect(page(['关于印发《青石市政务信息报送办法》的通知']).title).toBe('关于印发《青石市政务信息报送办法》的通知');
  });
});

describe('a database print view’s title with its date in double brackets after a space', () => {
  it('keeps the date out of the title and reads it as the date the notice was signed', () => {
    const notice = parseNotice(
      [
        '丁市人民政府办公厅关于转发丁市地方志编纂方案的通知 ((1991年3月5日))',
        '各区、县人民政府,市政府各委、办、局: 经市政府同意,现将《丁市地方志编纂方案》转发给你们,请认真组织实施。',
      ].join('\n'),
    );
    expect(notice.title).toBe('丁市人民政府办公厅关于转发丁市地方志编纂方案的通知');
    expect(notice.signedDate).toBe('1991-03-05');
    expect(notice.issuer).toBe('丁市人民政府办公厅');
  });
});

describe('a law database’s 题注 that names the 文号 and then the date', () => {
  it('dates the notice and keeps the page’s rows above it out of the 主送', () => {
    const notice = parseNotice(
      [
        '施行日期2001年05月10日',
        '效力级别国务院规范性文件',
        '(国函[2001]41号 2001年5月10日)',
        '丙省人民政府:',
        '你省《关于设立丁市的请示》收悉。现批复如下:',
        '一、同意设立丁市。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2001-05-10');
    expect(notice.docNumber?.text).toBe('国函〔2001〕41号');
    expect(notice.recipients).toEqual(['丙省人民政府']);
  });
});

describe('a law database’s 题注 under rules issued without their cover notice', () => {
  it('reads the 文号 and the date of a 题注 that names its 印发 step', () => {
    const notice = parseNotice(
      [
        '法制查询',
        '乙省人民政府工作规则',
        '(乙政发〔2019〕6号 2019年4月2日印发)',
        '第一章 总则',
        '一、乙省人民政府根据有关法律,制定本规则。',
        '二、省政府工作必须遵循以下准则。',
      ].join('\n'),
    );
    expect(notice.title).toBe('乙省人民政府工作规则');
    expect(notice.docNumber?.text).toBe('乙政发〔2019〕6号');
    expect(notice.signedDate).toBe('2019-04-02');
  });

  it('reads the date of a 题注 written without brackets, the organ after a comma', () => {
    const notice = parseNotice(
      [
        '关于编写某类教材的暂行管理办法',
        '国家某委员会',
        '关于编写某类教材的暂行管理办法',
        '1989年3月10日,国家某委',
        '为了加强对教材编写工作的指导和管理,现提出以下暂行管理办法。',
        '一、全国通用教材仅限国家某委组织编写的教材。',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于编写某类教材的暂行管理办法');
    expect(notice.signedDate).toBe('1989-03-10');
  });
});

describe('a 题注 without brackets whose date is written in Chinese numerals', () => {
  it('gives the 成文日期', () => {
    const notice = parseNotice(
      [
        '关于某类刊物管理的暂行规定',
        '一九九〇年五月八日,国家某委',
        '为了加强对某类刊物的管理,特制定本规定。',
        '一、本规定适用于各类刊物。',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于某类刊物管理的暂行规定');
    expect(notice.signedDate).toBe('1990-05-08');
  });
});

describe('a regulation’s 题注 without brackets', () => {
  it('dates the regulation by its latest step, each wrapped after its body and dated without marks', () => {
    const notice = parseNotice(
      [
        '某州人民代表大会常务委员会机关公文处理办法',
        '2017822日某州第十二届人民代表大会',
        '常务委员会第六次主任会议修订',
        '2023年8月28日某州第十届人民代表大会',
        '常务委员会第二十次主任会议修订',
        '第一章 总则',
        '第一条 为规范公文处理工作,制定本办法。',
      ].join('\n'),
    );
    expect(notice.title).toBe('某州人民代表大会常务委员会机关公文处理办法');
    expect(notice.signedDate).toBe('2023-08-28');
  });

  it('takes no date from a dated line that names no step', () => {
    const notice = parseNotice(
      ['某州公文处理办法', '2023年8月28日某州人民代表大会常务委员会', '第一条 为规范公文处理工作,制定本办法。'].join('\n'),
    );
    expect(notice.signedDate).toBeNull();
  });
});

describe('a law database copy: 【】 header lines and the date printed twice before the attached 责任分解', () => {
  const notice = parseNotice(
    [
      '【法宝引证码】CLI.1.300001',
      '【时效性】尚未施行',
      '乙市人民政府办公室关于印发乙市防汛能力提升规划责任分解的通知',
      '各县(市、区)人民政府,市直各有关单位:',
      '经市人民政府同意,现将《乙市防汛能力提升规划》责任分解印发给你们,请认真组织实施。',
      '乙市人民政府办公室',
      '2021年5月6日',
      '2021年5月6日',
      '乙市防汛能力提升规划责任分解',
      '根据《乙市防汛能力提升规划》(乙政办发〔2020〕12号)精神,现将规划任务进行责任分解。',
      '防汛能力提升的具体任务',
      '(一)监测预警建设',
      '1.完善雨情监测网络',
      '(1)新建自动雨量站,实现乡镇全覆盖。',
      '(2)加强预警信息发布,提高群众知晓率。',
      '(责任单位:市水利局、市气象局)',
    ].join('\n'),
  );

  it('keeps the database header out of the title', () => {
    expect(notice.title).toBe('乙市人民政府办公室关于印发乙市防汛能力提升规划责任分解的通知');
  });

  it('gives the clauses and citations of the attached 责任分解', () => {
    expect(notice.signedDate).toBe('2021-05-06');
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['乙政办发〔2020〕12号']);
    expect(outline(notice)).toEqual([
      '2:一 监测预警建设',
      '3:1 完善雨情监测网络',
      '4:1 新建自动雨量站,实现乡镇全覆盖',
      '4:2 加强预警信息发布,提高群众知晓率',
    ]);
    expect(notice.clauses[3].units.map((u) => u.name)).toEqual(['市水利局', '市气象局']);
  });
});

describe('a 人大常委会 公告 promulgating a regulation, signed by the organ’s whole name', () => {
  const lines = [
    '甲市人民代表大会常务委员会公告',
    '〔十五届〕第20号',
    '《甲市街道办事处条例》已由甲市第十五届人民代表大会常务委员会第十六次会议于2019年11月27日通过,现予公布,自2020年1月1日起施行。',
    '甲市第十五届人民代表大会常务委员会',
    '2019年11月27日',
  ];

  it.each([
    ['alone', lines],
    [
      'over the regulation and its 题注',
      [...lines, '甲市街道办事处条例', '(2019年11月27日甲市第十五届人民代表大会常务委员会第十六次会议通过)', '目 录', '第一章 总 则'],
    ],
  ])('takes the signing organ as the issuer (%s)', (_, text) => {
    const notice = parseNotice(text.join('\n'));
    expect(notice.issuer).toBe('甲市第十五届人民代表大会常务委员会');
    expect(notice.signedDate).toBe('2019-11-27');
    expect(notice.title).toBe('甲市人民代表大会常务委员会公告');
  });
});

describe('a law database’s 题注 that prints the date before the 文号', () => {
  it('reads both, the date’s 日 no part of the code', () => {
    const notice = parseNotice(
      [
        '关于加强农村中小学公用经费统筹',
        '工作确保农村办学经费的意见',
        '(2005年3月31日甲政发[2005]4号)',
        '为切实加强农村义务教育工作,结合我市实际情况,现提出如下意见。',
        '一、统一思想认识。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲政发〔2005〕4号');
    expect(notice.signedDate).toBe('2005-03-31');
  });
});

describe('a 令 in traditional script whose promulgated rules follow its date', () => {
  it('is titled by its heading, names its organ and takes the date under the head’s signature', () => {
    const notice = parseNotice(
      [
        '甲亞市人民政府令',
        '第19號',
        '《甲亞市政務服務管理辦法》已經2025年10月24日市人民政府常務會議審議通過,現予以公布,自2026年1月1日起施行。',
        '市長:陳希',
        '2025年11月7日',
        '(此件主動公開)',
        '甲亞市政務服務管理辦法',
        '第一章 總則',
        '第一條 為了推進政務服務標準化,制定本辦法。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲亞市人民政府令');
    expect(notice.issuer).toBe('甲亞市人民政府');
    expect(notice.signedDate).toBe('2025-11-07');
  });
});
