import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { findDocNumbers, parseDocNumber } from '../../../shared/domain/docNumber';
import { parseDate } from '../../../shared/domain/dates';

/** Invented notices in the shapes of real pages from a ninth held-out set. */

describe('文号s that lost some of their marks in extraction', () => {
  it('reads a 函 number alone on its line that lost both brackets and its 号', () => {
    const match = parseDocNumber('甲安办函201936');
    expect(match?.docNumber.text).toBe('甲安办函〔2019〕36号');
    expect(match?.defects.map((d) => d.rule)).toEqual(['doc-number-bracket', 'doc-number-hao']);
    expect(parseDocNumber('甲县工作报告201936')).toBeNull();
  });

  it('reads a number alone on its line that kept only its opening bracket, whatever its code word', () => {
    expect(parseDocNumber('甲安委督〔202012')?.docNumber.text).toBe('甲安委督〔2020〕12号');
  });

  it('reads a cited number that lost only its opening bracket', () => {
    const found = findDocNumbers('根据《甲省人民政府关于某项工作的意见》(甲政发2020〕8号)要求');
    expect(found.map((m) => m.docNumber.text)).toEqual(['甲政发〔2020〕8号']);
    expect(found[0].defects.map((d) => d.rule)).toEqual(['doc-number-bracket']);
    expect(findDocNumbers('完成于2020〕8号楼')).toEqual([]);
  });

  it('takes the bracketless 文号 line of a 函 as its 文号', () => {
    const notice = parseNotice(
      [
        '甲安办函201936',
        '甲市安全生产委员会办公室关于对某起事故调查处理工作挂牌督办的函',
        '乙县人民政府:',
        '现对该起事故调查处理工作实行挂牌督办。',
        '甲市安全生产委员会办公室',
        '2019年8月20日',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲安办函〔2019〕36号');
    expect(notice.title).toBe('甲市安全生产委员会办公室关于对某起事故调查处理工作挂牌督办的函');
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

describe('a department’s plan that assigns its divisions', () => {
  it('drops the 责任科室 label from the units', () => {
    const notice = parseNotice(
      [
        '甲市教育局关于印发某年工作要点的通知',
        '各县区教育局:',
        '现将工作要点印发给你们。',
        '一、加强党的建设',
        '1.加强理论武装。深入开展学习活动。(责任科室:组织科、办公室)',
        '2.加强政治建设。严明政治纪律。',
      ].join('\n'),
    );
    expect(notice.clauses.find((c) => c.path === '一/1')?.units.map((u) => u.name)).toEqual(['组织科', '办公室']);
  });
});

describe('a reply to a 提案 of several members', () => {
  it('keeps persons addressed with 等 as one addressee, and drops the font toolbar’s lines', () => {
    const notice = parseNotice(
      [
        '甲县水务局关于对县政协第二次会议第12号提案的答复',
        '发布时间:2020-12-02 16:30',
        '字号:[',
        '大',
        '中',
        '小',
        ']',
        '张明华、李小红等委员:',
        '你们提出的第12号提案收悉,现答复如下:',
        '我局将积极争取资金。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县水务局关于对县政协第二次会议第12号提案的答复');
    expect(notice.recipients).toEqual(['张明华、李小红等委员']);
  });
});

describe('a law list in an attached 预案', () => {
  it('cites no 主席令 number and lists no item cut inside its 《', () => {
    const notice = parseNotice(
      [
        '甲开发区管委会关于印发某某应急预案的通知',
        '各局、办:',
        '现将《某某应急预案》印发给你们,请认真执行。',
        '一、总则',
        '(一)编制依据',
        '1.《中华人民共和国甲法》(中华人民共和国主席令﹝2014﹞第13号)',
        '2.《中华人民共和国乙法》(中华人民共和国主席令﹝2007﹞69号)',
        '3.《中华人民共和国丙',
      ].join('\n'),
    );
    expect(notice.citations).toEqual([]);
    expect(notice.clauses.filter((c) => c.level === 3).map((c) => c.number)).toEqual(['1', '2']);
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

describe('a metadata table whose labels stand in brackets', () => {
  it('reads its rows as the page’s, not as the title or the issuer', () => {
    const notice = parseNotice(
      [
        '[ 索引号 ] 1150023/2020-00160 [ 发文字号 ] 甲府办发〔2017〕132号',
        '[ 主题分类 ] 其他 [ 体裁分类 ] 行政规范性文件',
        '[ 发布机构 ] 甲县人民政府办公室',
        '[ 成文日期 ] 2020-10-28 [ 发布日期 ] 2020-10-28',
        '关于印发甲县某某应急预案的通知',
        '甲府办发〔2017132',
        '甲县人民政府办公室',
        '关于印发甲县某某',
        '应急预案的通知',
        '各乡镇人民政府,县政府有关部门:',
        '现将《甲县某某应急预案》印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府办公室关于印发甲县某某应急预案的通知');
    expect(notice.issuer).toBe('甲县人民政府办公室');
    expect(notice.docNumber?.text).toBe('甲府办发〔2017〕132号');
  });
});

describe('a long organ’s name wrapped mid-name', () => {
  it('joins it in the title and in the 署名', () => {
    const notice = parseNotice(
      [
        '甲省应对某某灾害工作',
        '领导小组关于印发某项工作指南的通知',
        '各市人民政府,省直有关部门:',
        '现将《某项工作指南》印发给你们,请结合实际抓好贯彻落实。',
        '甲省应对某某灾害',
        '工作领导小组',
        '2020年3月2日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省应对某某灾害工作领导小组关于印发某项工作指南的通知');
    expect(notice.signature).toBe('甲省应对某某灾害工作领导小组');
    expect(notice.issuer).toBe('甲省应对某某灾害工作领导小组');
  });

  it('does not join a closing phrase to a name with its own place', () => {
    const notice = parseNotice(
      [
        '甲县人民政府办公室关于某项工作的通知',
        '各乡镇人民政府:',
        '请认真抓好落实。',
        '特此通知',
        '甲县人民政府办公室',
        '2020年3月2日',
      ].join('\n'),
    );
    expect(notice.signature).toBe('甲县人民政府办公室');
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
