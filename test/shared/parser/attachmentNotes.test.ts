import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { noticeOfLines as notice } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: 附件说明 shapes — written short as 附:, wrapped over a page break, with
 * no signature or after the date, above a cut 成文日期, ending a copy (a sharing trailer or feedback form under it),
 * numbered 附件1. then bare numbers, unnumbered lists of linked files, numbered download links.
 */
describe("an attachment note with the page's download link on the line under it", () => {
  it('keeps 【点击下载】 out of the attachment name', () => {
    const notice = parseNotice(
      [
        '青石县人民政府关于公布行政审批项目的决定',
        '各乡镇人民政府,县政府各工作部门:',
        '经县政府研究,决定公布第六批行政审批项目。',
        '附件:县级政府部门行政审批项目目录',
        '【点击下载】',
        '青石县人民政府',
        '2015年9月16日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['县级政府部门行政审批项目目录']);
  });
});

describe('an attachment note wrapped over a page break before a blank page', () => {
  it('keeps (此页无正文) out of the attachment name', () => {
    const notice = parseNotice(
      [
        '甲市应急管理局:',
        '现将我委修订的应急预案随文上报。',
        '附件:《甲市发展和改革委员会应急预案》(2021年5月修',
        '订稿)',
        '—1—',
        '(此页无正文)',
        '甲市发展和改革委员会',
        '2021年5月10日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['《甲市发展和改革委员会应急预案》(2021年5月修订稿)']);
    expect(notice.signedDate).toBe('2021-05-10');
  });
});

describe('a 附件说明 written short as 附:', () => {
  it('reads the numbered files after it as attachments, not clauses', () => {
    const notice = parseNotice(
      [
        '各镇人民政府,县政府各部门:',
        '为做好创建工作,现将任务再次分解,请各单位认真落实。',
        '附:1、创建工作任务分解细则.docx',
        '2、各单位主要工作任务.docx',
        '甲县人民政府办公室',
        '2021年9月8日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['创建工作任务分解细则.docx', '各单位主要工作任务.docx']);
    expect(notice.clauses).toEqual([]);
  });
});

describe('a 附件说明 with no signature under it, or after the date', () => {
  it('reads the names above a distribution note and the attached pages', () => {
    const notice = parseNotice(
      [
        '青石县人民政府关于表彰2020年度先进集体的通报',
        '(2021年1月5日)',
        '2020年,全县各单位扎实工作,成绩显著。县政府决定,对先进集体予以表彰。',
        '附件:2020年度先进集体名单',
        '(此件发至各乡镇、县直各单位)',
        '附件',
        '2020年度先进集体名单',
        '一、先进乡镇(3个)',
        '白沙镇 青山乡 石桥镇',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['2020年度先进集体名单']);
    expect(notice.body).not.toContain('附件:');
    expect(notice.clauses.map((c) => c.heading)).toEqual(['先进乡镇(3个)']);
  });

  it('reads a 附件说明 printed between the date and the attached pages', () => {
    const notice = parseNotice(
      [
        '青石县人民政府办公室关于印发防汛工作方案的通知',
        '各乡镇人民政府:',
        '现将《青石县防汛工作方案》印发给你们,请认真贯彻执行。',
        '青石县人民政府办公室',
        '2021年5月6日',
        '附件:1.青石县防汛工作方案',
        '2.青石县防汛责任人名单',
        '附件1',
        '青石县防汛工作方案',
        '一、工作目标',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['青石县防汛工作方案', '青石县防汛责任人名单']);
    expect(notice.clauses.map((c) => c.heading)).toEqual(['工作目标']);
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

describe('a copy that stops after its 附件说明, with no signature', () => {
  const notice = parseNotice(
    [
      '各乡镇人民政府,县政府各部门:',
      '现将《政府工作报告》中的各项目标任务分解下达,请各单位全力抓好落实。',
      '附件:2016年县政府重点工作任务分解表',
    ].join('\n'),
  );

  it('reads the attachment and keeps it out of the body', () => {
    expect(notice.attachments).toEqual(['2016年县政府重点工作任务分解表']);
    expect(notice.body).not.toContain('附件');
  });
});

describe('an unnumbered 附件 list of linked files, one file a line', () => {
  const notice = parseNotice(
    [
      '各乡镇卫生院,局属各单位:',
      '现将市卫生局有关文件转发给你们,请遵照执行。',
      '附件:青卫发〔2023〕12号.pdf',
      '青卫函〔2023〕7号.docx',
      '青石县卫生健康局',
      '2023年5月8日',
    ].join('\n'),
  );

  it('reads each file as its own attachment, named as printed', () => {
    expect(notice.attachments).toEqual(['青卫发〔2023〕12号.pdf', '青卫函〔2023〕7号.docx']);
    expect(notice.signedDate).toBe('2023-05-08');
  });

  it('still joins a wrapped title of a single attachment', () => {
    const wrapped = parseNotice(
      [
        '各乡镇人民政府:',
        '现将有关方案印发给你们,请认真执行。',
        '附件:青石县农村供水工程建设',
        '实施方案',
        '青石县人民政府',
        '2023年5月8日',
      ].join('\n'),
    );
    expect(wrapped.attachments).toEqual(['青石县农村供水工程建设实施方案']);
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

describe("an attachment note whose first line is the page's prompt to download the files", () => {
  it('keeps the prompt out of the names', () => {
    const notice = parseNotice(
      [
        '各县(市)区人民政府,市人民政府各部门:',
        '经考核验收,命名5个单位为市级园林单位。',
        '附件:( 点击下载下列附件)',
        '1.甲市2016年度市级园林单位名单(5个)',
        '2.甲市2016年度市级园林小区名单(38个)',
        '甲市人民政府',
        '2016年12月28日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['甲市2016年度市级园林单位名单(5个)', '甲市2016年度市级园林小区名单(38个)']);
  });
});

describe('an attachment note after the date, the attached list under it opening with 一、', () => {
  it('names the attachment and reads the list’s items as clauses', () => {
    const notice = parseNotice(
      [
        '各县、区人民政府,市直各委、办、局:',
        '为树立典型、表彰先进,经研究,决定对13个先进单位进行表彰。',
        '二〇〇六年四月三日',
        '附件:2005年度甲市市容环境卫生综合整治工作先进单位名单',
        '一、2005年度甲市市容环境卫生“流动红旗”评比',
        '第一名:青秀区、高新技术开发区',
        '二、专项奖评选',
        '服务“两会一节”突出贡献奖:青秀区、兴宁区',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['2005年度甲市市容环境卫生综合整治工作先进单位名单']);
    expect(notice.clauses.map((c) => c.number)).toEqual(['一', '二']);
  });
});

describe("a numbered attachment list with the page's link to the notice's own file under it", () => {
  it('keeps the link out of the last name', () => {
    const notice = parseNotice(
      [
        '各乡镇人民政府,县直有关单位:',
        '现将2021年度第三批项目资金下达给你们,请按规定使用。',
        '附件:1.2021年度第三批农村基础设施建设项目资金安排表',
        '2.2021年度第三批农业开发项目资金安排表',
        '关于下达2021年度第三批项目补助资金的通知.docx',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['2021年度第三批农村基础设施建设项目资金安排表', '2021年度第三批农业开发项目资金安排表']);
  });
});

describe('an attachment list whose second number stands alone on its line, the name under it', () => {
  it('reads two names, no number in the second', () => {
    const notice = parseNotice(
      [
        '各市人民政府,省政府各部门:',
        '现将我省落实和承接的行政审批项目予以公布。',
        '附件:',
        '1.我省落实取消的行政审批项目目录(共计27项)',
        '2.',
        '我省承接下放管理层级的行政审批项目目录(共计27项)',
        '甲省人民政府',
        '2013年9月4日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['我省落实取消的行政审批项目目录(共计27项)', '我省承接下放管理层级的行政审批项目目录(共计27项)']);
  });
});

describe('an attachment list with where to send them in brackets under it', () => {
  it('keeps the e-mail and telephone note out of the last name', () => {
    const notice = parseNotice(
      [
        '青石县人民政府办公室关于第一季度政务信息报送情况的通报',
        '各镇人民政府,县政府各工作部门:',
        '第一季度,各镇、各部门共报送政务信息455篇。',
        '附件:1. 第一季度政务信息报送得分一览表',
        '2. 第一季度政务信息采用条目',
        '(报送邮箱:qsxx@example.cn 联系电话:0913—6155328)',
        '青石县人民政府办公室',
        '2021年5月25日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['第一季度政务信息报送得分一览表', '第一季度政务信息采用条目']);
  });
});
