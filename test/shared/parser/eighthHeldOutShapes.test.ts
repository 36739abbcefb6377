import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from an eighth held-out set. */

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

describe('a web platform’s name printed above the title', () => {
  it('is the site’s banner, not the first line of the title', () => {
    const notice = parseNotice(
      [
        '主办单位:中共甲市委宣传部',
        '',
        '甲市文化政策服务平台',
        '',
        '甲市人民政府办公厅关于印发某项任务分解方案的通知',
        '',
        '2021-05-10 10:20',
        '各区人民政府,市人民政府各部门:',
        '现将《某项任务分解方案》印发给你们,请认真贯彻执行。',
        '',
        '甲市人民政府办公厅',
        '2021年5月8日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府办公厅关于印发某项任务分解方案的通知');
    expect(notice.issuer).toBe('甲市人民政府办公厅');
  });
});

describe('a bulletin’s web edition whose metadata bullets end in the title’s first line', () => {
  it('takes the notice’s own title, not the masthead', () => {
    const notice = parseNotice(
      [
        '甲市人民政府公报(2020年第3期)',
        '字体大小: 打印',
        '  • 总期刊数 总210期',
        '  • 发布日期 2020-03-02',
        '  •   甲市人民政府关于印发',
        '      甲市某项工作',
        '      实施方案的通知',
        '      (2020年2月12日)',
        '      甲政发〔2020〕4号',
        '      各区人民政府,市政府各部门:',
        '      现将《甲市某项工作实施方案》印发给你们,请认真贯彻落实。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发甲市某项工作实施方案的通知');
    expect(notice.issuer).toBe('甲市人民政府');
    expect(notice.signedDate).toBe('2020-02-12');
  });
});

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

describe('a title broken after its 关于, under a metadata block printed twice', () => {
  it('joins the issuer’s line ending in 关于 to the title', () => {
    const notice = parseNotice(
      [
        '乙市政府信息公开专栏 >> 乙市人民政府办公室',
        '',
        '索 引 号: 1122/2023-00101',
        '发文机关: 乙市人民政府办公室',
        '标    题: 乙市人民政府办公室关于印发《乙市某项管理办法》的通知',
        '发文字号: 乙市政办规〔2023〕3号',
        '索 引 号: 1122/2023-00101 分 类: 规范性文件',
        '标    题: 乙市人民政府办公室关于印发《乙市某项管理办法》的通知',
        '发文字号: 乙市政办规〔2023〕3号 发布日期: 2023年05月19日',
        '乙市人民政府办公室关于',
        '印发《乙市某项管理办法》的通知',
        ' ',
        '乙市政办规〔2023〕3号',
        ' ',
        '各镇人民政府,各街道办事处:',
        '  《乙市某项管理办法》已经市政府同意,现印发给你们,请认真组织实施。',
        ' 乙市人民政府办公室',
        '  2023年5月9日',
      ].join('\n'),
    );
    expect(notice.title).toBe('乙市人民政府办公室关于印发《乙市某项管理办法》的通知');
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

describe('a plan’s name wrapped before its 文种', () => {
  it('joins the name’s line to the line holding only the 文种', () => {
    const notice = parseNotice(
      [
        '丙州2019年落实某项补助政策',
        '实施方案',
        '为深入贯彻落实有关政策,巩固工作成果,结合我州实际,特编制本实施方案。',
        '一、名称:丙州2019年落实某项补助政策',
        '二、实施单位:丙州人民政府',
      ].join('\n'),
    );
    expect(notice.title).toBe('丙州2019年落实某项补助政策实施方案');
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

describe('a 版头 printed over two lines, its place above the letter-spaced organ', () => {
  it('names the organ with its place', () => {
    const notice = parseNotice(
      [
        '丁维吾尔自治区',
        '人 民 政 府 文 件',
        '丁政发〔2008〕3号',
        '关于表彰2007年度某项竞赛获奖单位的通报',
        '各州、市、县(市)人民政府,自治区人民政府各部门:',
        '2007年,各地认真开展竞赛活动,取得显著成效。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('丁维吾尔自治区人民政府');
    expect(notice.title).toBe('关于表彰2007年度某项竞赛获奖单位的通报');
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

describe('a 附件说明 above a 成文日期 the copy cut short', () => {
  it('keeps the cut date out of the attachment’s name', () => {
    const notice = parseNotice(
      [
        '甲省人民政府关于表彰某项竞赛获奖单位的通报',
        '各市人民政府,省人民政府各部门:',
        '各地认真开展竞赛活动,取得显著成效。希望受表彰的单位再接再厉。',
        '附件:2009年度某项竞赛获奖单位名单',
        '二○一○年三月十',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['2009年度某项竞赛获奖单位名单']);
  });
});

describe('a portal’s notice and link printed between the title and the 主送', () => {
  it('keeps them out of the 主送', () => {
    const notice = parseNotice(
      [
        '当前位置:首页 > 政务公开 > 自治区文件',
        '某自治区人民政府关于印发《某自治区人民政府工作规则》的通知',
        '发布日期:2014-03-02 10:41 信息来源:自治区人民政府办公厅',
        '',
        '取消收藏成功!',
        '',
        '相关办事指南',
        '',
        '各旗县人民政府,自治区各委、办、厅、局:',
        '  《某自治区人民政府工作规则》已经自治区人民政府常务会议审议通过,现予印发。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各旗县人民政府', '自治区各委、办、厅、局']);
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

describe('a page field’s value that is a 文种 alone, above the title', () => {
  it('is no title', () => {
    const notice = parseNotice(
      [
        '分类: 规范性文件',
        ';',
        '通知',
        '丙市人民政府办公室关于印发《丙市某项管理办法》的通知',
        '丙市政办规〔2022〕2号',
        '各镇人民政府,各街道办事处:',
        '《丙市某项管理办法》已经市政府同意,现印发给你们,请认真组织实施。',
      ].join('\n'),
    );
    expect(notice.title).toBe('丙市人民政府办公室关于印发《丙市某项管理办法》的通知');
  });
});
