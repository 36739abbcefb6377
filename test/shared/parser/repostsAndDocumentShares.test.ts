import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/**
 * Invented notices in the shapes of real pages: news reposts (an editor's lead, a lead naming the source, a repost
 * starting at the body, a 公告 under a news report, a reposting company's name, a bulletin's page) and
 * document-sharing sites (file names, bulleted fields and prompts, a lead above the notice).
 */
describe('a repost that starts at the body’s opening sentence', () => {
  it('takes no title from the sentence and cites the document it names', () => {
    const notice = parseNotice(
      [
        '2019-03-02 08:15:20 某县文学会 3021',
        '为贯彻落实《国务院关于加强某项保护工作的意见》(国发〔2018〕9号),进一步做好全县有关工作,现提出以下意见:',
        '一、重要意义',
        '某项保护工作关系群众切身利益。各地做了大量工作,但仍存在薄弱环节。',
        '二、总体要求',
        '坚持问题导向,完善工作机制。',
      ].join('\n'),
    );
    expect(notice.title).toBeNull();
    expect(notice.issuer).toBeNull();
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['国发〔2018〕9号']);
    expect(notice.clauses.map((c) => c.heading)).toEqual(['重要意义', '总体要求']);
  });
});

describe('a news repost whose lead names its source, the notice’s title, 文号 and 主送 below', () => {
  it('starts the notice at its title, the 文号 between the title and the 主送', () => {
    const notice = parseNotice(
      [
        '某行业报微信整理,来源:某部委网站',
        '5月6日,某部委网站发布通知,支持企业直接融资。',
        '通知中提到,要重点支持符合条件的企业。详细内容请看以下通知全文。',
        '通知全文:',
        '国家某某委关于支持企业直接融资',
        '进一步增强服务实体经济能力的通知',
        '某改财〔2019〕88号',
        '各省、自治区、直辖市及计划单列市、新疆生产建设兵团某某委:',
        '为深入贯彻落实有关决策部署,现就有关事项通知如下。',
        '一、支持优质企业发行债券。',
      ].join('\n'),
    );
    expect(notice.title).toBe('国家某某委关于支持企业直接融资进一步增强服务实体经济能力的通知');
    expect(notice.docNumber?.text).toBe('某改财〔2019〕88号');
    expect(notice.recipients).toEqual(['各省、自治区、直辖市及计划单列市、新疆生产建设兵团某某委']);
    expect(notice.citations).toEqual([]);
  });
});

describe('a news repost with its editor’s lead', () => {
  it('reads the 文号 under the lead', () => {
    const notice = parseNotice(
      [
        '甲市人民政府办公厅印发关于某项改革实施方案的通知',
        '导读:加强某项改革,对于我市发展具有重要意义。',
        '甲政办函〔2017〕103号',
        '甲市人民政府办公厅印发关于某项改革',
        '实施方案的通知',
        '各区人民政府,各委、局:',
        '经市人民政府同意,现将《某项改革实施方案》印发给你们,请照此执行。',
        '甲市人民政府办公厅',
        '2017年10月9日',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲政办函〔2017〕103号');
  });
});

describe('a 公告 printed under a news report on the same page', () => {
  it('starts at its issuer’s line above the bare 公告, with its year-only 文号', () => {
    const notice = parseNotice(
      [
        '5月6日,县人大常委会主任主持召开县十届人大常委会第九次会议。',
        '会议审议通过了关于召开县十届人大三次会议的决定。',
        '白河县人民代表大会常务委员会',
        '公 告',
        '〔2022〕第3号',
        '(2022年5月6日县十届人大常委会第九次会议通过)',
        '县十届人大常委会第九次会议决定:白河县第十届人民代表大会第三次会议于2022年6月1日在县城召开。',
        '白河县人民代表大会常务委员会',
        '2022年5月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe('白河县人民代表大会常务委员会公告');
    expect(notice.issuer).toBe('白河县人民代表大会常务委员会');
    expect(notice.docNumber?.text).toBe('〔2022〕3号');
    expect(notice.citations).toEqual([]);
  });
});

describe('a news site reprinting a notice whose title wraps, under a related article’s title and its own heading', () => {
  it('starts at the notice’s title above its 主送', () => {
    const notice = parseNotice(
      [
        '乙部等部门关于印发《钢铁行业节能专项行动计划》的',
        '甲市打好蓝天保卫战 实施“十大”行动计划',
        '环境网获悉,4月8日,甲市人民政府发布了《关于落实重点工作任务分工的通知》,提出加强生态环境治理。',
        '打好蓝天保卫战,集中力量解决突出问题。',
        '全文如下:',
        '甲市人民政府印发关于落实国务院',
        '《政府工作报告》重点工作任务分工的通知',
        '各区人民政府,市政府各委、办、局:',
        '现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。',
        '甲市人民政府',
        '2022年4月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知');
    expect(notice.recipients).toEqual(['各区人民政府', '市政府各委、办、局']);
    expect(notice.issuer).toBe('甲市人民政府');
  });
});

describe('a reposting company’s name above a government’s notice', () => {
  const notice = (lines: string[]) => parseNotice(lines.join('\n'));

  it('stays out of the title and the issuer, with or without a 文号 under the title', () => {
    const bare = notice(['白沙建材有限公司', '', '甲省人民政府 关于印发甲省节水行动方案的通知', '各市人民政府:', '现将方案印发给你们。']);
    expect(bare.title).toBe('甲省人民政府关于印发甲省节水行动方案的通知');
    expect(bare.issuer).toBe('甲省人民政府');
    const numbered = notice([
      '白沙矿业集团',
      '甲省人民政府关于印发甲省节水行动方案的通知',
      '甲政发〔2020〕3号',
      '各市人民政府:',
      '现将方案印发给你们。',
    ]);
    expect(numbered.title).toBe('甲省人民政府关于印发甲省节水行动方案的通知');
  });

  it('still opens a company’s own notice, and a second organ’s line still joins a joint title', () => {
    expect(notice(['白沙建材有限公司', '关于做好安全生产工作的通知', '各车间:', '现将有关事项通知如下。']).title).toBe(
      '白沙建材有限公司关于做好安全生产工作的通知',
    );
    expect(notice(['甲市人民政府', '甲市中级人民法院关于加强诉源治理的意见', '各县人民政府:', '现提出如下意见。']).title).toBe(
      '甲市人民政府甲市中级人民法院关于加强诉源治理的意见',
    );
  });
});

describe('a notice printed in a bulletin’s page', () => {
  it('never takes the bulletin’s masthead for the title', () => {
    const notice = parseNotice(
      [
        '甲市人民政府公报(2019年第3期)',
        '甲市人民政府关于做好民生工作的通知',
        '甲政发〔2019〕1号',
        '各区人民政府:',
        '现就有关事项通知如下:',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于做好民生工作的通知');
    expect(notice.issuer).toBe('甲市人民政府');
    expect(parseNotice(['甲省政报', '关于做好民生工作的通知', '各市人民政府:', '现就有关事项通知如下:'].join('\n')).title).toBe(
      '关于做好民生工作的通知',
    );
  });

  it('reads the issuer line a bulleted metadata list ends with, over the title', () => {
    const notice = parseNotice(
      [
        '甲市人民政府公报(2019年第3期)',
        '  • 年度期数 2019年第3期',
        '  • 成文日期 2019-02-28',
        '  •   甲市人民政府',
        '      关于做好城乡建设和',
        '      改善民生工作的通知',
        '      (2019年1月29日)',
        '      甲政发〔2019〕1号',
        '      各区人民政府,市政府各部门:',
        '      现就有关事项通知如下:',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于做好城乡建设和改善民生工作的通知');
    expect(notice.issuer).toBe('甲市人民政府');
    expect(notice.signedDate).toBe('2019-01-29');
  });
});

describe('a document-sharing site’s file name, bulleted fields and prompt above a 规章', () => {
  it('takes the rules’ name as the title and the 令’s date in the 题注 as the date', () => {
    const notice = parseNotice(
      [
        '甲市某项污染防治办法.docx',
        '- 文档编号:1234567',
        '- 上传时间:2021-03-01',
        '- 格式:DOCX',
        '- 页数:8',
        '甲市某项污染防治办法.docx',
        '《甲市某项污染防治办法.docx》由会员分享,可在线阅读,更多相关《甲市某项污染防治办法.docx(8页珍藏版)》请在某某网上搜索。',
        '甲市某项污染防治办法',
        '(2015年3月2日市人民政府第五次常务会议讨论通过2015年3月20日甲市人民政府令第12号发布自2015年5月1日起施行)',
        '第一章总则',
        '第一条为防治污染,改善环境质量,根据有关法律、法规,结合本市实际,制定本办法。',
        '第二条本办法适用于本市行政区域内的污染防治管理。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市某项污染防治办法');
    expect(notice.signedDate).toBe('2015-03-20');
  });

  it('keeps a bulleted field that holds the notice’s 文号', () => {
    const notice = parseNotice(
      [
        '甲市某项管理办法.doc',
        '- 文档编号:7654321',
        '- 文号:甲政规〔2016〕2号',
        '- 页数:6',
        '甲市某项管理办法',
        '第一条为加强某项管理,根据有关法律、法规,制定本办法。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市某项管理办法');
    expect(notice.docNumber?.text).toBe('甲政规〔2016〕2号');
  });
});

describe('a document-sharing page', () => {
  it('drops its download prompt and reads one copy of a title printed three times', () => {
    const notice = parseNotice(
      [
        '关于进一步规范某项工作有关问题的通知',
        '',
        '合集下载',
        '',
        '甲省人民政府办公厅转发关于某项制度意见的通知',
        '',
        '甲省人民政府办公厅转发关于某项制度意见的通知',
        '',
        '甲省人民政府办公厅转发关于某项制度意见的通知',
        '各市人民政府,省政府各厅委办:',
        '省人事厅《关于某项制度的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府办公厅转发关于某项制度意见的通知');
    expect(notice.issuer).toBe('甲省人民政府办公厅');
  });
});

describe('a document-sharing page whose lead stands above the notice', () => {
  const notice = parseNotice(
    [
      '戊省人民政府办公厅文件',
      '时间:2019-05-14 10:45:55下载本文作者:会员上传',
      '简介:某某文库小编为你整理了多篇相关的《戊省人民政府办公厅文件》,但愿对你工作学习有帮助。',
      '第一篇:戊省人民政府办公厅文件',
      '戊省人民政府办公厅文件',
      '戊政办发〔2010〕7号',
      '戊省人民政府办公厅关于做好农村饮水安全',
      '工作的通知',
      '各市州、县市区人民政府,省政府各厅委、各直属机构:',
      '根据《国务院办公厅关于加强农村饮水安全工作的通知》(国办发„2009‟8号)精神,现就有关事项通知如下:',
      '一、加强水源保护。各地要划定水源保护区。',
    ].join('\n'),
  );

  it('reads the notice from its 版头 on: 文号, title and 主送', () => {
    expect(notice.docNumber?.text).toBe('戊政办发〔2010〕7号');
    expect(notice.title).toBe('戊省人民政府办公厅关于做好农村饮水安全工作的通知');
    expect(notice.recipients).toEqual(['各市州、县市区人民政府', '省政府各厅委、各直属机构']);
  });

  it('reads a cited 文号 whose 〔〕 a code-page conversion turned into „‟', () => {
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['国办发〔2009〕8号']);
  });
});

describe('a forum post of a notice, its text strewn with the forum’s hidden anti-copy noise', () => {
  const notice = parseNotice(
    [
      '甲街道某项活动公告 居民朋友们、辖区单位:',
      "3 _ N' T' M* y8 [# P; N5 e 按照区委统一部署,每周二下午定为街道领导干部联系群众活动日。现将活动安排告知如下:' m I9 @! F) j0 V, y) T- t4 n",
      '一、活动时间- E; O* T2 M& \\( s3 M; H',
      '7月28日(周二)下午',
      '; d% F b8 Q3 f! P二、活动地点',
      '某社区工作站会议室7 P X1 O" @3 {" e6 }',
      ") }) W& }+ A; Z' y% ]- u7 ]. o1 _三、参与方式",
      "2 b8 C2 X3 t1 l' C(一)通过书面送交。可以书面提交意见;",
      '; E; H) E$ @- Q2 W! F(二)通过预约面谈。可以电话预约。',
      '特此公告。',
    ].join('\n'),
  );

  it('reads the clause tree without the noise', () => {
    expect(notice.clauses.map((c) => [c.level, c.number, c.heading])).toEqual([
      [1, '一', '活动时间'],
      [1, '二', '活动地点'],
      [1, '三', '参与方式'],
      [2, '一', '通过书面送交'],
      [2, '二', '通过预约面谈'],
    ]);
  });
});

describe('a repost whose 文号, glued to the title, lost its year', () => {
  it('keeps the 文号 out of the title and no SEO heading above it in', () => {
    const notice = parseNotice(
      [
        '甲市撤销4个乡,新设5个镇现有多少街道',
        '甲市人民政府关于调整部分行政区划的通知甲政字〔〕18号',
        '各县区人民政府,市政府各部门:',
        '省政府同意对我市部分行政区划进行调整。现将有关事项通知如下:',
        '一、撤销甲县某乡,设立某镇。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于调整部分行政区划的通知');
    expect(notice.issuer).toBe('甲市人民政府');
  });
});

describe('a 公示 page that prints the notice under its own lead', () => {
  it('takes the notice’s title with the joint issuers’ line above it', () => {
    const notice = parseNotice(
      [
        '中共甲市委办公室甲市人民政府办公室关于对《甲市河长制工作实施方案》的公示',
        '为贯彻落实有关文件精神,现将《甲市河长制工作实施方案》进行公示,欢迎社会各界进行监督。',
        '附件:',
        '中共甲市委办公室甲市人民政府办公室',
        '关于印发《甲市河长制工作实施方案》的通知',
        '甲办发〔2017〕19号',
        '各乡(镇)党委、人民政府,各人民团体:',
        '《甲市河长制工作实施方案》已经市委、市政府同意,现印发给你们,请认真贯彻执行。',
        '中共甲市委办公室',
        '甲市人民政府办公室',
        '2017年6月13日',
      ].join('\n'),
    );
    expect(notice.title).toBe('中共甲市委办公室甲市人民政府办公室关于印发《甲市河长制工作实施方案》的通知');
    expect(notice.issuers).toEqual(['中共甲市委办公室', '甲市人民政府办公室']);
  });
});
