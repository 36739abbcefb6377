import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { parseDate } from '../../../shared/domain/dates';
import { fixtureText } from '../../corpus';
import { SMALL_NOTICE_HEADER as HEADER, noticeOfLines as notice } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages (and a fixture notice in test/fixtures/notices/): the closing —
 * 成文日期 in every printed form and with 年, 月 or 日 lost, 署名 of joint notices (a place before the 政协's name),
 * signatures padded with ?, a 抄送 list with a 。 for a comma, web pages' closings, and a 决定's 版记 in either order.
 */
const withClosing = (...closing: string[]) =>
  parseNotice(
    [
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '现将有关事项通知如下。',
      '一、压实责任。各乡镇要落实责任。',
      ...closing,
    ].join('\n'),
  );

describe('a 成文日期 in every printed form', () => {
  it.each([
    ['二〇二四年三月五日', '2024-03-05'],
    ['二O二四年三月五日', '2024-03-05'],
    ['二０二四年三月五日', '2024-03-05'],
    ['二OO八年二月二十六日', '2008-02-26'],
    ['2024 年 3 月 5 日', '2024-03-05'],
    ['二 ○ 二 四 年 三 月 五 日', '2024-03-05'],
    ['二0二四年3月5日', '2024-03-05'],
  ])('reads %s under the signature', (written, iso) => {
    expect(parseDate(written)?.iso).toBe(iso);
    expect(parseNotice(`${HEADER}一、加强领导。各单位要高度重视。\n甲县人民政府办公室\n${written}`).signedDate).toBe(iso);
  });
});

describe('成文日期 shapes', () => {
  it('reads a date that lost only its 年', () => {
    expect(parseDate('202011月3日')?.iso).toBe('2020-11-03');
  });

  it('reads the date under a 署名 noting the seal that stands for it', () => {
    const notice = parseNotice(
      [
        '甲区安全生产委员会关于印发《某某应急预案》的通知',
        '区安委会各成员单位:',
        '现将《某某应急预案》印发给你们,请抓好落实。',
        '',
        '甲区安全生产委员会(代章)  ',
        '',
        '         2020年7月9日                    ',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2020-07-09');
    expect(notice.signature).toBe('甲区安全生产委员会');
  });

  it('reads the organ of a 署名 followed by a note of its seal, （印）', () => {
    const notice = parseNotice(
      [
        '关于印发《某某区防汛应急预案》的通知',
        '某区办发〔2022〕8号',
        '各街道办事处,区政府各部门:',
        '现将《某某区防汛应急预案》印发给你们,请认真贯彻执行。',
        '某某区人民政府办公室（印）',
        '2022年6月1日',
      ].join('\n'),
    );
    expect(notice.signature).toBe('某某区人民政府办公室');
    expect(notice.issuer).toBe('某某区人民政府办公室');
  });

  it.each(['某某大学', '某某海关', '某某军分区', '某县“抗疫保卫战”指挥部'])('reads %s signing as the issuer', (organ) => {
    const notice = parseNotice(
      ['关于开展安全检查的通知', '各单位:', '为加强安全管理,现将有关事项通知如下。', organ, '2023年4月1日'].join('\n'),
    );
    expect(notice.signature).toBe(organ);
    expect(notice.issuer).toBe(organ);
  });

  it('reads a date in Chinese numerals glued to the next document’s first sentence', () => {
    const notice = parseNotice(
      [
        '甲省人民政府办公厅转发关于某项制度意见的通知',
        '各市人民政府,省政府各厅委办:',
        '省人事厅《关于某项制度的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
        '二○一○年六月十八日为深化某项改革,结合我省实际,提出如下意见。',
        '一、充分认识重要意义',
        '建立该项制度是一项重要举措。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2010-06-18');
  });
});

describe('a 成文日期 whose 年, 月 and 日 a PDF’s extraction lost, readable two ways', () => {
  const signed = (published: string[], date: string) =>
    notice([
      ...published,
      '青石县人民政府关于印发青石县议事规则的通知',
      '各乡镇人民政府:',
      '《青石县议事规则》已经县政府常务会议审议通过,现予印发。',
      date,
      '(此件公开发布)',
      '青石县议事规则',
      '一、总则',
    ]);

  it('takes the one reading the page’s publishing date allows', () => {
    const parsed = signed(['索引号 QS-2021-00012', '发布时间 2021-01-12'], '2021111');
    expect(parsed.signedDateRaw).toBe('2021111');
    expect(parsed.signedDate).toBe('2021-01-11');
    expect(parsed.remark).toBe('(此件公开发布)');
  });

  it('stays unread when the page gives no publishing date or allows both readings', () => {
    expect(signed([], '2021111').signedDate).toBeNull();
    expect(signed(['索引号 QS-2021-00012', '发布时间 2021-12-20'], '2021111').signedDate).toBeNull();
  });

  it('reads a single valid split without help', () => {
    expect(signed([], '2021525').signedDate).toBe('2021-05-25');
  });
});

describe('a 成文日期 that kept its 年 but lost 月 and 日 ("2019年510")', () => {
  const parsed = notice([
    '青石县人民政府关于印发青石县重点工作任务的通知',
    '各乡镇人民政府,县直有关单位:',
    '现将有关任务印发给你们,请认真贯彻落实。',
    '附件:1.2019年青石县主要预期指标分解表',
    '2.2019年青石县重点工作任务分解表',
    '青石县人民政府',
    '2019年510',
  ]);

  it('is read as the date under the signature, so the last attachment ends before the 署名', () => {
    expect(parsed.attachments).toEqual(['2019年青石县主要预期指标分解表', '2019年青石县重点工作任务分解表']);
    expect(parsed.issuer).toBe('青石县人民政府');
  });
});

describe('a 成文日期 that lost its final 日', () => {
  it('is read under the 署名', () => {
    expect(withClosing('青石县人民政府', '2021年5月6').signedDate).toBe('2021-05-06');
  });
});

describe('a signature date whose 年, 月 and 日 were all lost', () => {
  it('reads 2018525 as 2018-05-25, the only valid split', () => {
    const notice = parseNotice(
      [
        '乙市人民政府办公室关于印发乙市抗旱应急预案的通知',
        '各镇人民政府:',
        '现将预案印发给你们,请认真贯彻执行',
        '乙市人民政府办公室',
        '2018525',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2018-05-25');
    expect(parseDate('20181310')).toBeNull();
  });
});

describe('a 简报 whose header names the office that compiled it beside a date that lost its 日', () => {
  it('names that office the issuer and keeps it out of the title', () => {
    const notice = parseNotice(
      [
        '青石县政务督查',
        '',
        '15期',
        '',
        '青石县人民政府督查室           2022年8月19',
        '关于2022年重点工作',
        '上半年推进情况的通报',
        '各乡镇人民政府,县政府各部门:',
        '根据县政府工作安排,县政府督查室对重点工作推进情况进行了督查。现将有关情况通报如下。',
        '一、总体情况',
        '各单位推进有力。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('青石县人民政府督查室');
    expect(notice.title).toBe('关于2022年重点工作上半年推进情况的通报');
  });
});

describe('the closing of a joint notice', () => {
  it('takes every issuer of a tall stack above the date', () => {
    const names = ['青石县发展和改革局', '青石县财政局', '青石县自然资源局', '青石县住房和城乡建设局', '青石县农业农村局', '青石县水利局'];
    const notice = withClosing(...names, '2021年5月6日');
    expect(notice.issuers).toEqual(names);
    expect(notice.signedDate).toBe('2021-05-06');
  });
});

describe('a signature padded with ? where a page lost its spaces', () => {
  it('reads the 署名 and date behind the marks and leaves lines of marks alone out', () => {
    const notice = withClosing('青石县人民政府????????', '2021年5月6日??????', '????????');
    expect(notice.issuers).toEqual(['青石县人民政府']);
    expect(notice.signedDate).toBe('2021-05-06');
    expect(notice.unplaced).toEqual([]);
  });

  it('keeps a question asked in the text', () => {
    expect(withClosing('你们准备好了吗?', '青石县人民政府', '2021年5月6日').body).toContain('吗?');
  });
});

describe('a joint notice whose 署名 puts a place before the 政协’s name', () => {
  it('names the three issuers as the title lists them', () => {
    const notice = parseNotice(
      [
        '甲市乙区人民政府办公室、甲市乙区人民代表大会常务委员会办公室、政协甲市乙区委员会办公室关于',
        '表彰2011年度建议提案办理工作先进单位的通报',
        '(乙政办发〔2012〕7号)',
        '各镇人民政府,区政府各委、办、局:',
        '2011年,全区各承办单位高度重视建议提案办理工作,取得了较好成效。',
        '甲市乙区人民政府办公室',
        '甲市乙区人民代表大会常务委员会办公室',
        '甲市政协甲市乙区委员会办公室',
        '二○一二年三月五日',
      ].join('\n'),
    );
    expect(notice.issuers).toEqual(['甲市乙区人民政府办公室', '甲市乙区人民代表大会常务委员会办公室', '政协甲市乙区委员会办公室']);
    expect(notice.signedDate).toBe('2012-03-05');
  });
});

describe('a 抄送 list with a 。 typed for a comma', () => {
  it('splits there as at a comma', () => {
    const parsed = notice([
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '请认真贯彻执行。',
      '青石县人民政府',
      '2021年5月6日',
      '抄送:县委各部门,县法院,县检察院。各人民团体,县工商联。',
    ]);
    expect(parsed.cc).toEqual(['县委各部门', '县法院', '县检察院', '各人民团体', '县工商联']);
  });

  it('goes on over a line that ends with 。 and stops at the count of copies and the site’s footer', () => {
    const parsed = notice([
      '青石县人民政府关于同意某项工作的批复',
      '县农业农村局:',
      '你局请示收悉。经研究,同意。',
      '此复',
      '青石县人民政府',
      '2025年8月12日',
      '抄送:县发展和改革局,县财政局。',
      '甲镇、乙镇、丙乡。',
      '(共印15份)',
      '主办单位:青石县人民政府办公室 联系方式:0851-1234567',
      '青石县人民政府版权所有 黔ICP备102',
    ]);
    expect(parsed.cc).toEqual(['县发展和改革局', '县财政局', '甲镇', '乙镇', '丙乡']);
  });
});

describe('a 版记 whose 印发 date lost its 月 and 日', () => {
  it('ends the 抄送 at the 印发 line, so the attached 方案 after it is read', () => {
    const parsed = notice([
      '青石县人民政府办公室关于印发某项行动方案的通知',
      '各乡(镇)人民政府,县直各部门:',
      '现将《某项行动方案》印发给你们,请认真贯彻执行。',
      '青石县人民政府办公室',
      '2017年12月15日',
      '抄送:县委各部门,县人大、县政协办公室,',
      '各群众团体,省州驻县各单位。',
      '青石县人民政府办公室 2017年1215日印发',
      '某项行动方案',
      '一、指导思想',
      '全面贯彻落实有关精神。',
    ]);
    expect(parsed.cc).toEqual(['县委各部门', '县人大', '县政协办公室', '各群众团体', '省州驻县各单位']);
    expect(parsed.clauses.map((c) => c.heading)).toEqual(['指导思想']);
  });
});

describe('closing shapes of web pages', () => {
  const closed = (...tail: string[]) =>
    notice(['青石县人民政府办公室关于做好防汛工作的通知', '各乡镇人民政府,县直各单位:', '一、压实责任。各乡镇要落实责任。', ...tail]);

  it('reads a 成文日期 printed in brackets under the 署名', () => {
    for (const date of ['(2023年5月6日)', '（2023年5月6日）']) {
      const parsed = closed('青石县人民政府办公室', date);
      expect(parsed.signature).toBe('青石县人民政府办公室');
      expect(parsed.signedDate).toBe('2023-05-06');
      expect(parsed.signedDateRaw).toBe('2023年5月6日');
    }
  });

  it('reads a 附件说明 whose every title has its own 附件N label', () => {
    const parsed = closed('附件1.青石县防汛责任清单', '附件2：青石县防汛物资储备表', '青石县人民政府办公室', '2023年5月6日');
    expect(parsed.attachments).toEqual(['青石县防汛责任清单', '青石县防汛物资储备表']);
    expect(parsed.body).not.toContain('附件');
  });

  it('splits a 抄送 whose names only spaces set apart', () => {
    const parsed = closed(
      '青石县人民政府办公室',
      '2023年5月6日',
      '抄送:县委办公室 县人大常委会办公室 县政协办公室',
      '青石县人民政府办公室 2023年5月6日印发',
    );
    expect(parsed.cc).toEqual(['县委办公室', '县人大常委会办公室', '县政协办公室']);
  });
});

describe('a page’s field table printed right under the 抄送', () => {
  it('ends the 抄送 list before it', () => {
    const notice = parseNotice(
      [
        '关于对市人大第12号建议的答复',
        '张三代表:',
        '您提出的建议收悉,现答复如下。',
        '特复。',
        '抄送:市人大常委会选举任免代表工作委员会,市政府办公室,乙县政府。',
        '索引号 : | 主题分类: 其他 | |',
        '发布机构: | 发文日期: 2014-10-29 | |',
      ].join('\n'),
    );
    expect(notice.cc).toEqual(['市人大常委会选举任免代表工作委员会', '市政府办公室', '乙县政府']);
  });
});

describe('the 版记 of a 决定 in either order', () => {
  it('reads 主题词 and 主送 whichever comes first', () => {
    const text = fixtureText('notices/remark-variants-and-masthead-recipients.txt');
    for (const variant of [
      text.replace('主送：', '主题词：森林防火　指挥部　决定\n主送：'),
      text.replace(/(主送：.*\n)/, '$1主题词：森林防火　指挥部　决定\n'),
    ]) {
      const notice = analyzeNotice(variant);
      expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
      expect(notice.metadata['主题词']).toBe('森林防火 指挥部 决定');
      expect(notice.unplaced).toEqual([]);
    }
  });
});

describe('a bare 成文日期 after the body, a reposting site’s prompts under it', () => {
  it.each(['甲市外资企业服务中心微信公众号', '扫描二维码 关注我们', '本文链接://www.example.com/policy/54338.html'])(
    'reads the date above "%s"',
    (prompt) => {
      const notice = parseNotice(
        [
          '甲省人民政府办公厅关于同意设立开发区的复函',
          '乙市人民政府:',
          '你市请示收悉。经研究,同意设立开发区。',
          '二○一○年六月二十三日',
          prompt,
          '甲市外资企业服务中心',
          '本文关键词: 甲省, 甲政字',
          '相关政策',
        ].join('\n'),
      );
      expect(notice.signedDate).toBe('2010-06-23');
    },
  );
});

describe('a 附件说明 after the date', () => {
  it('is read where a page links the attached file at its end', () => {
    const parsed = notice([
      '甲省人民政府关于印发甲都市圈发展规划的通知',
      '各市(州)人民政府,省政府各厅委办、各直属机构:',
      '现将《甲都市圈发展规划》印发给你们,请认真贯彻执行。',
      '甲省人民政府',
      '2025年9月28日',
      '(此件公开发布)',
      '附件: 《甲都市圈发展规划》',
    ]);
    expect(parsed.attachments).toEqual(['《甲都市圈发展规划》']);
    expect(parsed.signedDate).toBe('2025-09-28');
  });

  it('is read where a repost glued the date and the page’s source to it', () => {
    const parsed = notice([
      '甲省人民政府办公室关于公布某项建设入选名单的通知',
      '各市、县(区)人民政府办公室:',
      '经省政府同意,现予以公布。附件:甲省某项建设入选名单2022年2月11日来源:甲省人民政府',
    ]);
    expect(parsed.attachments).toEqual(['甲省某项建设入选名单']);
    expect(parsed.signedDate).toBe('2022-02-11');
  });
});

describe('a 署名 over a date that lost its year', () => {
  it('names the issuer and leaves the date unread', () => {
    const parsed = notice([
      '各縣(市、區)人民政府,市政府有關部門:',
      '《甲市防震減災規劃》已經市政府常務會議研究通過,現予印發,請認真貫徹落實。',
      '甲市人民政府辦公室',
      '11月23日',
      '甲市防震減災規劃',
      '一、工作現狀',
    ]);
    expect(parsed.issuer).toBe('甲市人民政府辦公室');
    expect(parsed.signedDate).toBeNull();
    expect(parsed.clauses.map((c) => c.heading)).toEqual(['工作現狀']);
  });
});

describe("a long body's name wrapped in a mirror's 署名, its pronunciations and seal note kept", () => {
  it('reads one issuer and leaves the attachment name whole', () => {
    const notice = parseNotice(
      [
        '各市(qū)縣人民政府:',
        '現(xiàn)將通過驗收煤礦名單予以公告。',
        '附件:自治區(qū)2017年通過關(guān)閉驗收煤礦名單(第二批)',
        '',
        '自治區(qū)化解鋼鐵煤炭過剩產(chǎn)能',
        '和脫困升級工作領(lǐng)導(dǎo)小組辦公室(代章)',
        '2018年2月13日',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('自治區(qū)化解鋼鐵煤炭過剩產(chǎn)能和脫困升級工作領(lǐng)導(dǎo)小組辦公室');
    expect(notice.attachments).toEqual(['自治區(qū)2017年通過關(guān)閉驗收煤礦名單(第二批)']);
  });
});

describe("joint issuers a space apart in a mirror's 署名, pronunciations after their characters", () => {
  it('reads both issuers and the date', () => {
    const notice = parseNotice(
      [
        '各市、縣人民政(zheng)府(fu),自治區人民政(zheng)府(fu)各組成部門:',
        '經自治(zhi)區(qu)人民政(zheng)府同意,現將《甲自治區高標準農田建設提升行動方案》印發(fa)給(gei)你們,請認真組織實(shi)施。',
        '甲乙(xi)壯(zhuang)族自治區農(nong)業農(nong)村廳 甲乙(xi)壯(zhuang)族自治區財政廳',
        '2022年11月22日',
      ].join('\n'),
    );
    expect(notice.issuers).toEqual(['甲乙(xi)壯(zhuang)族自治區農(nong)業農(nong)村廳', '甲乙(xi)壯(zhuang)族自治區財政廳']);
    expect(notice.signedDate).toBe('2022-11-22');
  });
});

describe('a 转发 notice whose 署名 is its seal alone and whose 附注 is printed above the date', () => {
  it('reads the date, keeps the 附注 and starts the forwarded document after them', () => {
    const parsed = notice([
      '大宁县人民政府办公室文件',
      '大政办发〔2025〕4号',
      '大宁县人民政府办公室转发县应急局等三部门《关于加强燃气安全管理的意见》的通知',
      '各乡镇人民政府，县直各有关单位：',
      '县应急局、县住建局、县市场监管局《关于加强燃气安全管理的意见》已经县政府同意，现转发给你们，请认真贯彻执行。',
      '（此件公开发布）',
      '2025年3月18日',
      '关于加强燃气安全管理的意见',
      '为加强燃气安全管理，提出如下意见：',
      '一、压实责任',
      '各乡镇要落实属地责任。',
      '二、开展排查',
      '县应急局要组织开展燃气安全隐患排查。',
    ]);
    expect(parsed.signedDate).toBe('2025-03-18');
    expect(parsed.remark).toBe('（此件公开发布）');
    expect(parsed.clauses.map((c) => c.heading)).toEqual(['压实责任', '开展排查']);
  });
});
