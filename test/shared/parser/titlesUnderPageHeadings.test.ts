import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/**
 * Invented notices in the shapes of real pages: a title under what a site prints above or around it — page
 * headings and banners (with a place name, a 文号 joined by a dash, a column's quoted name, the attached plan's
 * name), category lines, numbered side menus, a platform's name, a related article's title, a portal's notice and
 * link before the 主送, a field whose value is a 文种 alone, an accessibility button, a writing guide's sample label, the
 * attached plan's name over the 文号 and a title wrapped under its issuer.
 */
describe('a title about accessibility (无障碍) on a page with an accessibility button', () => {
  it('keeps the title, dropping only the button', () => {
    const notice = parseNotice(
      [
        '无障碍 简体| 繁体',
        '甲市人民政府关于印发《甲市无障碍环境建设管理办法》的通知',
        '甲政发〔2021〕8号',
        '各县(区)人民政府:',
        '现将《甲市无障碍环境建设管理办法》印发给你们,请认真贯彻执行。',
        '二0二一年三月五日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发《甲市无障碍环境建设管理办法》的通知');
    expect(notice.issuer).toBe('甲市人民政府');
  });
});

describe('a writing guide showing a sample notice under its label', () => {
  it('takes the sample title, not the label 〔范例2〕…', () => {
    const notice = parseNotice(
      [
        '转发性通知怎么写',
        '〔范例2〕转发性通知',
        '转发国务院关于加强乙工作管理的通知',
        '各市、县人民政府:',
        '现将《国务院关于加强乙工作管理的通知》转发给你们,请一并贯彻落实。',
        '一、提高认识,加强领导。',
      ].join('\n'),
    );
    expect(notice.title).toBe('转发国务院关于加强乙工作管理的通知');
  });
});

describe('a site’s category line ending in 文件 above the document', () => {
  it('is no 版头: the issuers come from the title block and the signature', () => {
    const notice = parseNotice(
      [
        '您的位置:',
        '省级部门文件',
        '甲省财政厅 甲省科技厅',
        '关于印发甲省资金管理办法的通知',
        '甲财规〔2020〕3号',
        '各州市财政局:',
        '现将办法印发给你们。',
        '甲省财政厅 甲省科学技术厅',
        '2020年3月1日',
      ].join('\n'),
    );
    expect(notice.issuers).toEqual(['甲省财政厅', '甲省科学技术厅']);
    expect(parseNotice(['政策文件', '甲县人民政府关于做好防汛工作的通知', '各乡镇人民政府:', '现通知如下。'].join('\n')).issuer).toBe(
      '甲县人民政府',
    );
  });

  it('leaves a real 版头 read as before', () => {
    expect(
      parseNotice(['甲县人民政府文件', '甲政发〔2020〕1号', '关于做好防汛工作的通知', '各乡镇人民政府:', '现通知如下。'].join('\n')).issuer,
    ).toBe('甲县人民政府');
  });
});

describe('a page’s tabs 正文 and 文件 run together above a title wrapped over three lines', () => {
  it('is no 版头, and a wrapped line whose book title joins names with dashes is no breadcrumb', () => {
    const notice = parseNotice(
      [
        '当前位置: 首页/ 政务公开/ 政策文件库',
        '正文文件',
        '甲市乙区人民政府关于',
        '同意《甲市乙区丙镇郊野单元村庄规划北山-西山-南湖单元(XYZ01)',
        '规划(2022-2035)》的批复',
        '丙镇:',
        '你镇《关于规划审批的请示》收悉,经研究,原则同意。',
      ].join('\n'),
    );
    expect(notice.issuerMark).toBeNull();
    expect(notice.issuer).toBe('甲市乙区人民政府');
    expect(notice.title).toBe('甲市乙区人民政府关于同意《甲市乙区丙镇郊野单元村庄规划北山-西山-南湖单元(XYZ01)规划(2022-2035)》的批复');
    expect(notice.recipients).toEqual(['丙镇']);
  });
});

describe('the line of the office that posted a notice above the title its organ issues', () => {
  it('is no part of the title', () => {
    const notice = parseNotice(
      [
        '甲县人民政府办公室',
        '',
        '甲县人民政府关于印发甲县突发事件总体应急预案的通知',
        '甲政字〔2021〕15号',
        '各镇人民政府,县政府各部门:',
        '现将预案印发给你们。',
        '甲县人民政府',
        '2021年3月23日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府关于印发甲县突发事件总体应急预案的通知');
    expect(notice.issuer).toBe('甲县人民政府');
  });

  it('still opens a joint title over two lines', () => {
    const notice = parseNotice(
      ['中共甲县委办公室', '甲县人民政府办公室关于做好防汛工作的通知', '各乡镇:', '现将有关事项通知如下。'].join('\n'),
    );
    expect(notice.title).toBe('中共甲县委办公室甲县人民政府办公室关于做好防汛工作的通知');
  });
});

describe('a site heading that puts a place name before the notice’s own title', () => {
  it('gives way to the title line under the lead, for a 通告 without 主送 and a 通知 with one', () => {
    const notice = parseNotice(
      [
        '乙市甲镇人民政府关于暂停集市的通告',
        '导语 为做好防控工作,乙市甲镇人民政府决定暂停集市,详情如下。',
        '甲镇人民政府关于暂停集市的通告',
        '为做好防控工作,暂停集市。现就有关事项通告如下:',
        '一、暂停2021年3月的集市。',
        '甲镇人民政府',
        '2021年2月1日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲镇人民政府关于暂停集市的通告');
    expect(notice.issuer).toBe('甲镇人民政府');
    const withRecipients = parseNotice(
      [
        '乙市甲县人民政府关于做好防汛工作的通知',
        '导语 乙市甲县人民政府发布通知,详情如下。',
        '甲县人民政府关于做好防汛工作的通知',
        '各乡镇人民政府:',
        '现通知如下。',
      ].join('\n'),
    );
    expect(withRecipients.title).toBe('甲县人民政府关于做好防汛工作的通知');
  });
});

describe('a site’s numbered side menu above the notice', () => {
  const menu = [
    '政务公开',
    '    1. 规范性文件库',
    '    1. 目录',
    '    2. 县人民政府',
    '    1. 专项规划',
    '    2. 区域规划',
    '    1. 政策解读',
    '    2. 民意征集',
  ];

  it('is neither clauses nor the title', () => {
    const notice = parseNotice(
      [
        ...menu,
        '',
        '甲省农业厅关于印发《甲省农业项目管理细则》的通知',
        '发布日期:2025-10-27 09:45 访问量:207 分享到: 微信',
        '微博 qq 空间',
        '各市农业局,相关单位:',
        '现将细则印发给你们,请遵照执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省农业厅关于印发《甲省农业项目管理细则》的通知');
    expect(notice.recipients).toEqual(['各市农业局', '相关单位']);
    expect(notice.clauses).toEqual([]);
  });

  it('leaves a notice whose own items start at 1 once as it was', () => {
    const notice = parseNotice(
      ['甲县人民政府关于做好防汛工作的通知', '各乡镇人民政府:', '现通知如下:', '1. 压实责任。', '2. 加强值守。'].join('\n'),
    );
    expect(notice.clauses.map((c) => c.number)).toEqual(['1', '2']);
  });
});

describe('a related article’s title standing above the notice’s own', () => {
  const title = (lines: string[]) => parseNotice([...lines, '各区人民政府:', '现将规定印发给你们。'].join('\n')).title;

  it('gives way to the whole title right above the 主送, in simplified or mirrored form', () => {
    expect(title(['关于开展甲区巡查工作的通知', '关于印发《甲区量化问责规定》的通知'])).toBe('关于印发《甲区量化问责规定》的通知');
    expect(title(['關(guān)于開展甲區(qū)巡查工作的通知', '關(guān)于印發(fā)《甲區(qū)問(wèn)責(zé)規(guī)定》的通知'])).toBe(
      '關(guān)于印發(fā)《甲區(qū)問(wèn)責(zé)規(guī)定》的通知',
    );
  });

  it('still keeps a page heading over a copy of itself without the issuer', () => {
    expect(title(['甲区人民政府关于印发《甲区问责规定》的通知', '关于印发《甲区问责规定》的通知'])).toBe(
      '甲区人民政府关于印发《甲区问责规定》的通知',
    );
  });
});

describe('a page heading naming the attached plan over a one-line paste of the issuing notice', () => {
  it('gives way to the title printed after the notice’s 文号', () => {
    const notice = parseNotice(
      [
        '甲县助农车间 专项行动方案',
        '详细信息',
        '甲委农组发〔2021〕3号 关于印发《甲县助农车间等“三大专项行动”方案》的通知 各乡镇、县直各单位: 《甲县助农车间等“三大专项行动”方案》已经审定。现印发给你们,请认真贯彻落实。 中共甲县委农业领导小组 2021年9月3日 甲县助农车间 专项行动方案 为落实省委部署,特制定本方案。 一、总体要求 坚持就业优先。',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于印发《甲县助农车间等“三大专项行动”方案》的通知');
    expect(notice.docNumber?.text).toBe('甲委农组发〔2021〕3号');
  });

  it('keeps a heading that holds the title under the 文号 with its issuer', () => {
    const notice = parseNotice(
      ['甲县人民政府关于做好防汛工作的通知', '甲政发〔2021〕3号', '关于做好防汛工作的通知', '各乡镇人民政府:', '现通知如下。'].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府关于做好防汛工作的通知');
  });
});

describe('a page heading that joins the 文号 to the title with a dash', () => {
  it('reads the issuer and title without the dash, and the 主送 under the 印发 line', () => {
    const notice = parseNotice(
      [
        '当前位置:主页 > 各省市政策 > 乙市 > 正文',
        '',
        '甲安委〔2011〕3号—甲市安全生产委员会关于印发《2011年度考核办法》的通知',
        '',
        '2021-08-10 甲市 收藏',
        '朗读',
        '文号:甲安委〔2011〕3号',
        '',
        '甲市安全生产委员会',
        '',
        '关于印发《2011年度考核办法》的通知',
        '',
        '市级各有关单位:',
        '',
        '《2011年度考核办法》已经市政府同意,现印发给你们,请认真贯彻执行。',
        '',
        '甲市安全生产委员会',
        '2011年5月18日',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('甲市安全生产委员会');
    expect(notice.title).toBe('甲市安全生产委员会关于印发《2011年度考核办法》的通知');
    expect(notice.docNumber?.text).toBe('甲安委〔2011〕3号');
    expect(notice.recipients).toEqual(['市级各有关单位']);
  });
});

describe('a site column’s quoted name a space before a joint title', () => {
  it('leaves the column’s name out of the title and the issuers', () => {
    const notice = parseNotice(
      [
        '“党务公开” 中共甲区委办公室 甲区人民政府办公室印发《甲区三年行动计划(2018—2020年)》的通知',
        '甲区三年行动计划',
        '(2018—2020年)',
        '为贯彻落实有关部署,特制定本行动计划。',
        '一、总体要求',
        '(一)指导思想。坚持高质量发展。',
      ].join('\n'),
    );
    expect(notice.title).toBe('中共甲区委办公室甲区人民政府办公室印发《甲区三年行动计划(2018—2020年)》的通知');
    expect(notice.issuers).toEqual(['中共甲区委办公室', '甲区人民政府办公室']);
  });

  it('keeps a quoted phrase that opens a title with no 关于 or 印发', () => {
    const notice = parseNotice(['“十四五” 甲区规划实施方案', '为贯彻落实有关部署,特制定本方案。'].join('\n'));
    expect(notice.title).toBe('“十四五”甲区规划实施方案');
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

describe('a portal page with a shortened heading above the document’s own title block', () => {
  it('takes the fuller block, its issuer opening it, and drops the 公开方式 value and the share prompt', () => {
    const notice = parseNotice(
      [
        '• 文件名称:',
        '甲开发区突发事件总体应急预案',
        '• 公开方式:',
        '主动公开',
        '• 甲开发区突发事件总体应急预案',
        '日期:2013-10-12 00:00:00 来源:甲市人民政府办公室 浏览量:',
        '分享:',
        '甲经济技术开发区管理委员会突发事件',
        '总体应急预案',
        '一、总则',
        '(一)编制目的',
        '为提高应对突发事件的能力,制定本预案。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲经济技术开发区管理委员会突发事件总体应急预案');
  });
});

describe('a page heading above a 版头 drawn as the organ’s name over a dashed rule', () => {
  const notice = parseNotice(
    [
      '庚府办函〔2020〕8号市人民政府办公厅关于印发庚市地震应急预案的通知',
      '发布时间: 2020-09-15 14:50   浏览次数:0次',
      '庚市人民政府办公厅',
      '——————————',
      '庚府办函〔2020〕8号',
      '市人民政府办公厅关于印发',
      '庚市地震应急预案的通知',
      '各区、县人民政府,市政府有关工作部门:',
      '《庚市地震应急预案》已经市政府同意,现印发给你们,请抓好贯彻执行。',
      '2020年9月15日',
    ].join('\n'),
  );

  it('takes the name over the rule as the issuer, not the title’s short form', () => {
    expect(notice.issuerMark).toBe('庚市人民政府办公厅');
    expect(notice.issuers).toEqual(['庚市人民政府办公厅']);
    expect(notice.title).toBe('市人民政府办公厅关于印发庚市地震应急预案的通知');
  });
});

describe('a page heading naming the attached plan over the 文号 and a title wrapped under its issuer', () => {
  it('opens the title with the organ’s line under the 文号', () => {
    const notice = parseNotice(
      [
        '甲县防汛应急预案',
        '发布时间：2023-05-06',
        '甲政办发〔2023〕3号',
        '甲县人民政府办公室',
        '关于印发甲县防汛应急预案的通知',
        '各乡镇人民政府，县直各单位：',
        '现将《甲县防汛应急预案》印发给你们，请认真贯彻执行。',
        '甲县人民政府办公室',
        '2023年5月6日',
        '甲县防汛应急预案',
        '一、总则',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府办公室关于印发甲县防汛应急预案的通知');
    expect(notice.issuers).toEqual(['甲县人民政府办公室']);
  });
});

describe('a gazette page whose masthead of short lines pushes the notice past the header', () => {
  it('reads the title block, its 文号 and 主送 under the masthead', () => {
    const masthead = [
      '网站首页 简体 繁体',
      '年 份:',
      '期 号:',
      '关键字:',
      '按文号:',
      '搜索 高级搜索 重置信息',
      '主管主办',
      '甲省人民政府办公厅',
      '编辑出版',
      '甲省人民政府公报室',
    ];
    const more = [
      '编 审',
      '责 编',
      '印 刷',
      '甲省人民政府机关文印中心',
      '发行范围',
      '国际国内公开发行',
      '全国统一刊号',
      'CN51—1727/D',
      '邮政编码',
      '610016',
    ];
    const notice = parseNotice(
      [
        ...masthead,
        ...more,
        '甲省人民政府',
        '关于命名首批省级',
        '生态县的决定',
        '甲府函〔2022〕26号',
        '各市(州)、县(市、区)人民政府,省政府各部门:',
        '为深入推进生态文明建设,省政府决定命名首批省级生态县。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府关于命名首批省级生态县的决定');
    expect(notice.docNumber?.text).toBe('甲府函〔2022〕26号');
    expect(notice.recipients).toEqual(['各市(州)、县(市、区)人民政府', '省政府各部门']);
  });
});

describe('an organ’s reply to a deputy’s suggestion or a member’s proposal under a portal’s toolbar', () => {
  it.each([
    ['甲县交通运输局对县十八届人大三次会议第23号建议的回复', '张某某代表:'],
    ['甲县交通运输局对县政协提案第21号的答复', '李某某委员:'],
  ])('takes %s as the title', (title, address) => {
    const notice = parseNotice(
      [
        '手机版',
        '登录|注册',
        '政府信息公开',
        '已归档',
        title,
        '2023-07-10 16:49信息来源:甲县交通运输局',
        '(此回复件公开)',
        address,
        '您提出的《关于推进道路硬化的建议》收悉。现答复如下:',
      ].join('\n'),
    );
    expect(notice.title).toBe(title);
    expect(notice.issuer).toBe('甲县交通运输局');
  });
});

describe("a site's banner naming a plan above a notice's title wrapped over lines, printed again without its issuer", () => {
  it('takes the notice’s title, not the plan the banner names', () => {
    const notice = parseNotice(
      [
        '甲省财政厅大学生创业引领计划',
        '甲省人民政府办公厅',
        '转发省人力资源社会保障厅等部门',
        '关于做好2010年高校毕业生',
        '就业工作的意见的通知',
        '转发省人力资源社会保障厅等部门',
        '关于做好2010年高校毕业生',
        '就业工作的意见的通知',
        '甲政办发〔2010〕21号',
        '各市人民政府,省政府各部门:',
        '省人力资源社会保障厅等部门《关于做好2010年高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
        '甲省人民政府办公厅',
        '二○一○年四月三十日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年高校毕业生就业工作的意见的通知');
  });
});

describe("a collection's page: its year after the title, and a reply written 批覆", () => {
  it('reads the title without the year and the 文号 without the 文种 before it', () => {
    const notice = parseNotice(
      [
        '國務院關於同意甲省調整部分行政區劃的批覆 (2010年)',
        '國務院關於同意甲省調整部分行政區劃的批覆 國函〔2010〕55號 中華人民共和國國務院 2010年6月28日 |',
        '甲省人民政府:',
        '你省《關於調整行政區劃的請示》收悉。現批覆如下:',
        '一、同意撤銷甲縣,設立甲市。',
      ].join('\n'),
    );
    expect(notice.title).toBe('國務院關於同意甲省調整部分行政區劃的批覆');
    expect(notice.docNumber?.text).toBe('國函〔2010〕55號');
  });
});

describe('a 公示 reprinted after a news lead, with no 主送', () => {
  it('takes its title from under the lead', () => {
    const notice = parseNotice(
      [
        '7月31日,甲省农业农村厅对乡村治理示范村镇评审结果进行公示。具体如下:',
        '(资料图片)',
        '关于全省乡村治理示范村镇评审结果',
        '和前两批示范村镇复核情况的公示',
        '根据农业农村部有关通知要求,经各市组织推荐,拟认定11个乡镇为全省乡村治理示范村镇,现予以公示。',
        '如有异议,请于8月4日前以书面形式向省农业农村厅反映。',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于全省乡村治理示范村镇评审结果和前两批示范村镇复核情况的公示');
  });
});

describe('titles that name their issuer again, quote a 文号, or carry a revision note', () => {
  it('keeps the issuer line above 关于 when the issued rules name the issuer too', () => {
    const notice = parseNotice(
      [
        '甲省人民政府',
        '关于印发甲省人民政府工作规则的通知',
        '甲政〔2023〕6号',
        '各市人民政府,省人民政府各部门:',
        '现将《甲省人民政府工作规则》印发给你们。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府关于印发甲省人民政府工作规则的通知');
  });

  it('keeps a 文号 inside a quoted name wrapped over lines in the title, no 文号 of the notice', () => {
    const notice = parseNotice(
      [
        '市委办公室市政府办公室',
        '关于印发《贯彻落实甲发[2011]23号文件',
        '责任分工方案》的通知',
        '各县(市)区委、人民政府,市委各部委:',
        '现将《贯彻落实甲发[2011]23号文件责任分工方案》印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('市委办公室市政府办公室关于印发《贯彻落实甲发[2011]23号文件责任分工方案》的通知');
    expect(notice.docNumber).toBeNull();
  });

  it("leaves a page's revision note after the notice's 文种 out", () => {
    const notice = parseNotice(
      [
        '甲市人民政府关于印发《甲市人民政府工作规则》的通知(2019修订)',
        '甲府〔2019〕19号',
        '各县(市、区)人民政府,市政府各部门:',
        '现将《甲市人民政府工作规则》印发给你们。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发《甲市人民政府工作规则》的通知');
  });
});

describe('a news heading that prints a shortened title with the 文号, the document printing both again below', () => {
  const lines = [
    '资讯首页 > 农业快讯',
    '青石县关于禁止燃放烟花爆竹的通告 青政通〔2019〕3号',
    '2019年1月23日 09:24来源:青石县人民政府点击量:0',
    '青政通〔2019〕3号',
    '青石县人民政府',
    '关于禁止燃放烟花爆竹的通告',
    '为维护公共安全,现将有关事项通告如下:',
    '一、城区范围内禁止燃放烟花爆竹。',
    '二、违反本通告的,依法予以处罚。',
    '青石县人民政府办公室2019年1月20日印发',
  ];

  it('takes the document’s own title and 文号 under the heading', () => {
    const notice = parseNotice(lines.join('\n'));
    expect(notice.title).toBe('青石县人民政府关于禁止燃放烟花爆竹的通告');
    expect(notice.issuer).toBe('青石县人民政府');
    expect(notice.docNumber?.text).toBe('青政通〔2019〕3号');
  });

  it('reads no 成文日期 from the page’s timestamp', () => {
    expect(parseNotice(lines.join('\n')).signedDate).toBeNull();
  });

  it('takes them with a 主送 under the title as well', () => {
    const notice = parseNotice([...lines.slice(0, 6), '各乡镇人民政府,县直各单位:', ...lines.slice(6)].join('\n'));
    expect(notice.title).toBe('青石县人民政府关于禁止燃放烟花爆竹的通告');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });
});

describe('a page heading without the issuer over the document’s title wrapped under its issuer’s line', () => {
  it('takes the title with its issuer', () => {
    const notice = parseNotice(
      [
        '关于印发甲市人民政府工作规则的通知',
        '来源:日期:2023-04-28 08:27:00阅读次数:',
        '甲市人民政府',
        '关于印发甲市人民政府工作规则的通知',
        '甲政〔2023〕17号',
        '各县区人民政府,市人民政府各部门:',
        '现将修订后的《甲市人民政府工作规则》印发给你们,自印发之日起施行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发甲市人民政府工作规则的通知');
    expect(notice.issuer).toBe('甲市人民政府');
  });
});
