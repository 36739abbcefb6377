import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a fifth held-out set. */

describe('a run-on 一、 heading that counts something with a numeral and a measure word', () => {
  const headings = (item: string) =>
    parseNotice(['青石县人民政府关于调整县政府领导分工的通知', '各乡镇人民政府:', item].join('\n')).clauses.map((c) => c.heading);

  it('is not cut after the quantity when the paragraph repeats words of it', () => {
    expect(headings('一、第三届青石县人民代表大会第二次会议选举产生的新一届青石县人民政府,依法履行职责。')).toEqual([
      '第三届青石县人民代表大会第二次会议选举产生的新一届青石县人民政府,依法履行职责',
    ]);
    expect(headings('一、县政府第五次常务会议研究决定的第二批白沙镇改造项目,由白沙镇组织实施。')).toEqual([
      '县政府第五次常务会议研究决定的第二批白沙镇改造项目,由白沙镇组织实施',
    ]);
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

describe('a metadata row whose spaced label has no colon, before a 文号', () => {
  const number = (row: string) =>
    parseNotice(
      [
        '甲县人民政府办公室关于做好防汛工作的通知',
        '索 引 号 000000-2019-000024 成文日期 2019-02-25',
        row,
        '各镇人民政府:',
        '现通知如下。',
      ].join('\n'),
    ).docNumber?.text;

  it('keeps the label out of the agency code, in simplified and traditional characters', () => {
    expect(number('文  号 甲政办发〔2019〕9号 主 题 词 甲县 人民政府')).toBe('甲政办发〔2019〕9号');
    expect(number('文  號 甲政辦發〔2019〕9號 主 題 詞 甲縣')).toBe('甲政辦發〔2019〕9號');
    expect(number('发文字号 甲政办发〔2019〕9号')).toBe('甲政办发〔2019〕9号');
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

describe('a report whose issuer is printed as a byline between its title and its 主送', () => {
  const header = (byline: string) =>
    parseNotice(
      [
        '关于甲区垃圾分类工作情况的报告(书面)',
        '日期:2012-03-05 来源:甲市人大常委会门户网站',
        byline,
        '市人大常委会:',
        '现将有关情况报告如下。',
      ].join('\n'),
    );

  it('reads the byline as the issuer, not as the start of the 主送', () => {
    const notice = header('  甲市城市管理委员会');
    expect(notice.issuer).toBe('甲市城市管理委员会');
    expect(notice.recipients).toEqual(['市人大常委会']);
  });

  it('still joins a 主送 wrapped after its separator', () => {
    const notice = parseNotice(['甲县人民政府关于做好防汛工作的通知', '各乡镇人民政府,', '县直各单位:', '现通知如下。'].join('\n'));
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
    expect(notice.issuer).toBe('甲县人民政府');
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

describe('a 主送 naming districts and county-level cities under one head', () => {
  it('keeps 各区、县级市人民政府 whole, in simplified and traditional characters', () => {
    const recipients = (line: string) => parseNotice(['甲市人民政府关于做好防汛工作的通知', line, '现通知如下。'].join('\n')).recipients;
    expect(recipients('各区、县级市人民政府,市政府各部门、各直属机构:')).toEqual(['各区、县级市人民政府', '市政府各部门、各直属机构']);
    expect(recipients('各區、縣級市人民政府,市直各單位:')).toEqual(['各區、縣級市人民政府', '市直各單位']);
    expect(recipients('各区人民政府,县级市人民政府:')).toEqual(['各区人民政府', '县级市人民政府']);
  });
});

describe('a page’s sharing trailer under the 附件说明 of a copy that stops there', () => {
  it('is not read as the rest of the last attachment’s name', () => {
    const notice = parseNotice(
      [
        '甲县人民政府关于做好清理工作的通知',
        '各乡镇人民政府:',
        '请按时反馈。',
        '附件:《甲县人民政府关于废止部分规章的决定》(县政府令第6号)',
        '用微信扫描二维码分享至好友和朋友圈',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['《甲县人民政府关于废止部分规章的决定》(县政府令第6号)']);
  });

  it('still joins a name wrapped over two lines', () => {
    const notice = parseNotice(
      ['甲县人民政府关于做好清理工作的通知', '各乡镇人民政府:', '请按时反馈。', '附件:甲县规范性文件清理', '工作情况统计表'].join('\n'),
    );
    expect(notice.attachments).toEqual(['甲县规范性文件清理工作情况统计表']);
  });
});

describe('a PDF transcription whose first sentence lost its line’s punctuation', () => {
  it('starts the body at the sentence’s opening words, so a 文号 split over its lines is still cited', () => {
    const notice = parseNotice(
      [
        '甲省人民政府 关于印发甲省节水行动计划的通知',
        '',
        '甲省节水行动计划',
        '',
        '为认真贯彻落实《关于全面加强水资源保',
        '',
        '护的意见》(乙发〔',
        '',
        '2018 〕 17 号)精神,制定本行动计划。',
        '',
        '一、总体要求',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府关于印发甲省节水行动计划的通知');
    expect(notice.docNumber).toBeNull();
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['乙发〔2018〕17号']);
  });
});
