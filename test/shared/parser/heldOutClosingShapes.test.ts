import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages: 主送, closing, 附件说明 and clauses (held-out sets). */

const notice = (lines: string[]) => parseNotice(lines.join('\n'));

describe('a 附件说明 printed under the date, the attachment’s title after it without a bare 附件 heading', () => {
  const issued = (title: string) =>
    notice([
      '青石县人民政府办公室关于印发青石县防汛应急预案的通知',
      '各乡镇人民政府,县直有关单位:',
      '《青石县防汛应急预案》已经县政府同意,现予印发,请认真组织实施。',
      '二○一九年五月八日',
      '附件:青石县防汛应急预案',
      title,
      '一、总则',
      '(一)编制目的。为做好防汛工作,制定本预案。',
    ]);

  it('lists the attachment and reads the attached pages’ clauses', () => {
    for (const title of ['青石县防汛应急预案', '《青石县防汛应急预案》']) {
      const parsed = issued(title);
      expect(parsed.signedDate).toBe('2019-05-08');
      expect(parsed.attachments).toEqual(['青石县防汛应急预案']);
      expect(parsed.clauses.map((c) => c.heading)).toEqual(['总则', '编制目的']);
    }
  });

  it('is no 附件说明 when another title follows it', () => {
    expect(issued('青石县抗旱应急预案').attachments).toEqual([]);
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

  it('is two when the second opens with its own 各', () => {
    expect(recipients('县直各部门和各乡镇人民政府:')).toEqual(['县直各部门', '各乡镇人民政府']);
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

describe('a long 一、 heading line without a full stop, its text opening a sentence on the next line', () => {
  const headings = (lines: string[]) =>
    notice(['青石县人民政府关于做好防汛工作的报告', '县人大常委会:', '现将有关情况报告如下。', ...lines]).clauses.map((c) => c.heading);

  it('is a heading-only item, however long', () => {
    expect(
      headings([
        '一、进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作',
        '',
        '按照省委关于防汛工作的部署要求,全县上下认真落实各项措施。',
      ]),
    ).toEqual(['进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作']);
  });

  it('still joins a line broken after a comma, or before words that go on with the sentence', () => {
    expect(headings(['一、进一步统一思想认识,坚持以人民为中心的发展思想,', '按照省委的部署要求,全县上下认真落实各项措施。'])).toEqual([
      '进一步统一思想认识,坚持以人民为中心的发展思想,按照省委的部署要求,全县上下认真落实各项措施',
    ]);
    expect(headings(['一、进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱', '和城乡供水保障各项工作。'])).toEqual([
      '进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作',
    ]);
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

describe('a signature and date pushed right by padding a wrong encoding turned into ? marks', () => {
  it('reads the 署名 and the 成文日期 behind the marks', () => {
    const parsed = notice([
      '青石县人民政府办公室关于表彰防汛工作先进单位的通报',
      '各乡镇人民政府,县政府各部门:',
      '???今年汛期,各乡镇各部门共同努力,圆满完成防汛任务。',
      '???希望受到表彰的单位再接再厉。',
      '?????????????????????????????????????? 青石县人民政府办公室',
      '???????????????????????????????????????? 2015年4月1日',
    ]);
    expect(parsed.signature).toBe('青石县人民政府办公室');
    expect(parsed.signedDate).toBe('2015-04-01');
    expect(parsed.body).not.toContain('?');
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

describe('unit parentheticals of a task list', () => {
  const units = (item: string) =>
    notice([
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '一、工作任务',
      item,
      '(二)加强宣传。各地要加强宣传。',
    ]).clauses[1].units.map((u) => `${u.name}/${u.role}`);

  it('reads 主要责任单位 and 参与单位 labels', () => {
    expect(units('(一)加强监测预警。各地要加强监测。(主要责任单位:县水利局;参与单位:县气象局、县应急局)')).toEqual([
      '县水利局/lead',
      '县气象局/co',
      '县应急局/co',
    ]);
  });

  it('leaves out the leader named beside the units', () => {
    expect(units('(一)加强监测预警。各地要加强监测。(牵头领导:张三;责任单位:县水利局、县气象局)')).toEqual([
      '县水利局/lead',
      '县气象局/co',
    ]);
  });

  it('reads a bracket wrapped over two lines once', () => {
    expect(units('(一)加强监测预警。各地要加强监测。(牵头单位:县水利局\n配合单位:县气象局)')).toEqual(['县水利局/lead', '县气象局/co']);
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

describe('a 主送 listing kinds of school under one 各', () => {
  it('keeps the kinds with the 各 they follow, a place before the 各 or not', () => {
    const recipients = (line: string) => notice(['青石县教育局关于做好开学工作的通知', line, '现将有关事项通知如下。']).recipients;
    expect(recipients('全县各中小学校、幼儿园:')).toEqual(['全县各中小学校、幼儿园']);
    expect(recipients('各乡镇中心学校,各中学、小学、幼儿园:')).toEqual(['各乡镇中心学校', '各中学、小学、幼儿园']);
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

describe('a 附件说明 ending a copy without its signature, a page’s feedback form under it', () => {
  const parsed = notice([
    '关于2023年青石县重点工作推进情况的通报',
    '各乡镇人民政府,县直有关单位:',
    '请各单位进一步压实责任,确保按时完成各项任务。',
    '附件:2023年青石县重点工作推进情况表',
    '为了解公众对政策执行效果的评价,请您对该政策提出意见或建议。我们将及时收集分析。',
    '• 姓  名:',
    '• 联系方式:',
    '• *验 证 码:',
  ]);

  it('lists the attachment and sets the form aside, out of the body', () => {
    expect(parsed.attachments).toEqual(['2023年青石县重点工作推进情况表']);
    expect(parsed.body).not.toContain('联系方式');
  });
});

describe('a 附件说明 labelling its first title "附件1." and the next ones with bare numbers', () => {
  const parsed = notice([
    '青石县人民政府关于表彰2023年度平安乡镇的通报',
    '各乡镇人民政府,县直有关单位:',
    '希望受表彰的单位珍惜荣誉,再接再厉。',
    '附件1.青石县平安乡镇名单',
    '2.青石县平安村名单',
  ]);

  it('lists every title, and no bare number opens a clause', () => {
    expect(parsed.attachments).toEqual(['青石县平安乡镇名单', '青石县平安村名单']);
    expect(parsed.clauses).toEqual([]);
  });
});

describe('numbered download links under the last clause', () => {
  it('are no clauses', () => {
    const parsed = notice([
      '青石县人民政府征收土地公告',
      '根据有关规定,现将征收土地事项公告如下:',
      '一、征收目的:公共设施建设。',
      '二、公告期限:2024年3月1日至2024年3月15日。',
      '2.征收土地预公告(青府征预字〔2023〕5号).pdf',
      '3.征收土地补偿方案.docx',
      '青石县人民政府',
      '2024年3月1日',
    ]);
    expect(parsed.clauses.map((c) => `${c.marker}${c.heading}`)).toEqual([
      '一、征收目的:公共设施建设',
      '二、公告期限:2024年3月1日至2024年3月15日',
    ]);
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
