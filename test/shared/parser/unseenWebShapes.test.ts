import { describe, expect, it } from 'vitest';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { parseDate } from '../../../shared/domain/dates';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the page shapes found on real web notices outside the development set. */
const outline = (notice: ParsedNotice) => notice.clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

describe('a notice copied with its HTML markup', () => {
  const notice = parseNotice(
    [
      '发文机关:甲省人民政府',
      '文号 :甲政发〔2024〕9号',
      '<p>各市、县人民政府,省直各部门:</p><p> 现将《甲省乡村道路养护方案》印发给你们,请认真组织实施。</p>' +
        '<p style="text-align: right;"> 甲省人民政府</p><p style="text-align: right;"> 2024年3月2日</p>' +
        '<p style="text-align: center;"><strong>甲省乡村道路养护方案</strong></p><p><br/></p>' +
        '<p><strong> 一、总体要求</strong></p><p>&nbsp;坚持分级负责,确保道路安全畅通。</p>' +
        '<p><strong> 二、主要任务</strong></p><p> 各地要建立养护台账。</p>',
    ].join('\n'),
  );

  it('reads the lines the page showed: signature, date and the 方案 headings without tags', () => {
    expect(notice.recipients).toEqual(['各市、县人民政府', '省直各部门']);
    expect(notice.issuers).toEqual(['甲省人民政府']);
    expect(notice.signedDate).toBe('2024-03-02');
    expect(outline(notice)).toEqual(['1:一 总体要求', '1:二 主要任务']);
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

describe('a page whose metadata list puts each value on the line under its label', () => {
  const notice = parseNotice(
    [
      '返回顶部',
      '丙县人民政府工作规则',
      '  • 索引号:',
      '    1234560000/2024-000007',
      '  • 主题分类:',
      '  • 发文机构:',
      '    县政府网站',
      '  • 发文字号:',
      '    丙政发〔2024〕3号',
      '  • 内容概述:',
      '丙县人民政府工作规则',
      '第一章总则',
      '一、根据有关法律法规,结合本县实际,制定本规则。',
      '二、县政府实行县长负责制。县长主持县政府全面工作。',
    ].join('\n'),
  );

  it('reads the 文号 from the list and the standalone heading as the title', () => {
    expect(notice.docNumber?.text).toBe('丙政发〔2024〕3号');
    expect(notice.title).toBe('丙县人民政府工作规则');
    expect(outline(notice)).toEqual(['1:一 根据有关法律法规,结合本县实际,制定本规则', '1:二 县政府实行县长负责制']);
  });
});

describe('a page whose metadata table follows a toolbar cut at its colon, labels without colons', () => {
  const notice = parseNotice(
    [
      '【字体:',
      '索引号 11500000000000000L/2021-00001 主题分类 综合政务',
      '发布机构 成文日期 2021-02-10 发布日期 2021-03-01',
      '标题 丁市人民政府关于印发丁市数字政府建设纲要的通知',
      '发文字号 丁府发〔2021〕6号 有 效 性',
      '丁市人民政府',
      '关于印发丁市数字政府建设纲要的通知',
      '丁府发〔2021〕6号',
      '各区县人民政府,市政府各部门:',
      '《丁市数字政府建设纲要》已经市政府同意,现印发给你们,请认真贯彻执行。',
      '丁市人民政府',
      '2021年2月10日',
    ].join('\n'),
  );

  it('keeps the table out of the title and the 主送', () => {
    expect(notice.title).toBe('丁市人民政府关于印发丁市数字政府建设纲要的通知');
    expect(notice.recipients).toEqual(['各区县人民政府', '市政府各部门']);
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

describe('主送 groups whose second part has the first part’s head', () => {
  it.each([['各县(区)人民政府、法院,市政府各部门:', ['各县(区)人民政府、法院', '市政府各部门']]])('keeps %s', (line, recipients) => {
    const notice = parseNotice(['己市人民政府关于加强行政争议化解工作的通知', line, '现将有关事项通知如下。'].join('\n'));
    expect(notice.recipients).toEqual(recipients);
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

describe('a joint 印发 notice whose issuers and verb stand on the title’s first line', () => {
  const notice = parseNotice(
    [
      '辛政发〔2025〕4号',
      '辛市人民政府 辛市中级人民法院印发',
      '关于完善行政争议化解机制的意见的通知',
      '各县(区)人民政府、法院,市政府各部门:',
      '《关于完善行政争议化解机制的意见》已经审议通过,现印发给你们,请认真贯彻执行。',
      '辛市人民政府 辛市中级人民法院',
      '2025年4月30日',
      '关于完善行政争议化解机制的意见',
      '一、指导思想',
      '坚持依法行政,为建设法治辛市提供保障。',
      '二、重点任务',
      '(一)完善重大事项事前研判机制。各级政府作出重大行政决策时,可邀请法院参与论证。',
      '(二)建立重大案件沟通协调',
    ].join('\n'),
  );

  it('keeps the issuers and 印发 in the title', () => {
    expect(notice.title).toBe('辛市人民政府辛市中级人民法院印发关于完善行政争议化解机制的意见的通知');
    expect(notice.issuers).toEqual(['辛市人民政府', '辛市中级人民法院']);
  });

  it('reports the last item, cut where its run-on sibling would have its 。, instead of emitting it', () => {
    expect(outline(notice)).toEqual(['1:一 指导思想', '1:二 重点任务', '2:一 完善重大事项事前研判机制']);
    expect(notice.findings.map((f) => f.rule)).toContain('truncated-ending');
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

describe('a page with a "- 设为首页" list, a 文号 cell inside another row and a label cut from its row', () => {
  const notice = parseNotice(
    [
      '- 设为首页',
      '- 长者版',
      '名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知',
      '索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 壬区政府办公室',
      '文件分类: 综合政务 所属机构:',
      '区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知',
      '发布机构 区人民政府办公室 文    号 壬政办〔2020〕3号',
      '区人民政府办公室',
      '关于印发2020年区政府重点工作责任分解的',
      '通 知',
      '各新区、区政府各部门、各市级垂管单位:',
      '《2020年区政府重点工作责任分解》已经区政府研究同意,现印发给你们,请认真抓好落实。',
      '2020年6月28日',
      '2020年区政府重点工作责任分解',
      '一、统筹疫情防控和经济恢复',
      '(一)坚持常态化疫情防控',
      '1、压实防控责任,落实各项措施。建立常态化防控机制。[牵头单位:区卫健局;责任单位:各街办(新区)]',
      '2、开展环境卫生整治。强化群众风险防控意识。[牵头单位:区卫健局、区创文办;责任单位:区创文工作领导小组成员单位]',
      '(二)全面恢复经济社会秩序',
      '3、积极争取政策',
    ].join('\n'),
  );

  it('reads title, 主送 and the 文号 cell, leaving the page’s list and table out', () => {
    expect(notice.title).toBe('区人民政府办公室关于印发2020年区政府重点工作责任分解的通知');
    expect(notice.recipients).toEqual(['各新区', '区政府各部门', '各市级垂管单位']);
    expect(notice.docNumber?.text).toBe('壬政办〔2020〕3号');
  });

  it('keeps [牵头单位:…;责任单位:…] roles and leaves out the last item cut before its 。', () => {
    const units = notice.clauses.map((c) => c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)).join('、'));
    expect(outline(notice)).toEqual([
      '1:一 统筹疫情防控和经济恢复',
      '2:一 坚持常态化疫情防控',
      '3:1 压实防控责任,落实各项措施',
      '3:2 开展环境卫生整治',
      '2:二 全面恢复经济社会秩序',
    ]);
    expect(units.slice(2, 4)).toEqual(['区卫健局*、各街办(新区)', '区卫健局*、区创文办*、区创文工作领导小组成员单位']);
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

describe('a portal page whose field labels stand alone above a 函', () => {
  const notice = parseNotice(
    [
      '今天是:2025年12月06日',
      '甲市水利局',
      '征集调查',
      '主题:',
      '甲市防汛抗旱指挥部办公室关于征求《甲市防汛应急预案(征求意见稿)》修改意见的函',
      '时限:',
      '截止:2019-06-18',
      '征集状态:',
      '甲市防汛抗旱指挥部办公室关于征求《甲市防汛应急预案(征求意见稿)》修改意见的函',
      '市直有关部门:',
      '为做好防汛减灾工作,市防汛办修订形成了征求意见稿。请各单位于6月18日前反馈修改意见。',
    ].join('\n'),
  );

  it('takes none of the labels for the 主送', () => {
    expect(notice.recipients).toEqual(['市直有关部门']);
    expect(notice.title).toBe('甲市防汛抗旱指挥部办公室关于征求《甲市防汛应急预案(征求意见稿)》修改意见的函');
    expect(notice.docKind).toBe('函');
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

describe('a law database page: its heading prints the title, then the 版头 organ, the 文号 and the title again', () => {
  const notice = parseNotice(
    [
      '印发甲省档案移交办法(试行)的通知',
      '时间:2024-06-30 07:30:37 来源: 法规资料网',
      '印发甲省档案移交办法(试行)的通知',
      '甲省人民政府办公厅',
      '',
      '甲府办〔2010〕12号',
      '',
      '印发甲省档案移交办法(试行)的通知',
      '各市人民政府,省政府各部门:',
      '《甲省档案移交办法(试行)》已经省人民政府同意,现印发给你们,请按照执行。',
      '甲省人民政府办公厅',
      '二○一○年三月八日',
    ].join('\n'),
  );

  it('keeps the title as printed: the organ above the 文号 is the 版头, not the issuer of a wrapped copy', () => {
    expect(notice.title).toBe('印发甲省档案移交办法(试行)的通知');
    expect(notice.issuer).toBe('甲省人民政府办公厅');
    expect(notice.docNumber?.text).toBe('甲府办〔2010〕12号');
    expect(notice.signedDate).toBe('2010-03-08');
  });
});
