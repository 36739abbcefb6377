import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { analyzeFixture as parse, clauseTree as tree, outlineByPath as outline, unitsAt as unitsOf } from './noticeHelpers';

/**
 * Notices of kinds and formats the corpus lacks (fixtures in test/fixtures/notices/ and invented ones), each read
 * the way a clerk registering it would expect: 意见 with 一是…二是…, 通报, 会议纪要, 决定, 会议通知, the pre-2012 format, header
 * shapes, a 紧急通知 without 主送, replies to deputies and 提案, a report's byline.
 */
describe('a 省政府办公厅 意见 with 一是…二是… inside its clauses', () => {
  const notice = parse('provincial-opinion');

  it('reads the 意见 and keeps “各市、县人民政府” as one recipient', () => {
    expect(notice.docKind).toBe('意见');
    expect(notice.docNumber?.text).toBe('晋政办发〔2025〕18号');
    expect(notice.recipients).toEqual(['各市、县人民政府', '省人民政府各委、办、厅、局']);
  });

  it('opens no clause at 一是 / 二是: they stay in the text of their clause', () => {
    expect(outline(notice)).toEqual([
      '1:一 总体要求',
      '1:二 重点任务',
      '2:二/一 健全基层应急管理组织体系',
      '2:二/二 完善基层应急预案体系',
      '2:二/三 加强基层应急队伍建设',
      '1:三 保障措施',
      '2:三/一 加强组织领导',
      '2:三/二 强化经费保障',
    ]);
    const plans = notice.clauses[3];
    expect(plans.text.split('\n')).toHaveLength(5);
    expect(plans.text).toContain('二是指导村（社区）编制应急工作手册');
  });

  it('reads several leads before 牵头 and the units on a line of their own after the 一是 lines', () => {
    expect(unitsOf(notice, '二/一')).toEqual(['省应急厅*', '省委编办*', '各市人民政府']);
    expect(unitsOf(notice, '二/二')).toEqual(['省应急厅*', '省民政厅', '省自然资源厅', '省水利厅']);
  });

  it('keeps the closing request out of the last clause and warns about the one clause without units', () => {
    expect(notice.clauses.at(-1)!.text).not.toContain('各市人民政府要结合实际');
    expect(notice.findings.filter((f) => f.rule === 'units-missing').map((f) => f.message)).toEqual([
      '条款“（一）加强组织领导”未写责任单位',
    ]);
  });
});

describe('通报', () => {
  it('reads a 通报表扬 without clauses, its list of names one a line on the attachment page', () => {
    const notice = parse('commendation-bulletin');
    expect(notice.docKind).toBe('通报');
    expect(notice.issuer).toBe('临汾市安全生产委员会办公室');
    expect(notice.attachments).toEqual(['2024年度安全生产工作先进单位名单']);
    expect(notice.clauses).toEqual([]);
    expect(notice.body).toContain('\n附件\n2024年度安全生产工作先进单位名单\n尧都区应急管理局\n侯马市应急管理局\n');
    expect(notice.body.endsWith('市交通运输局\n国网临汾供电公司')).toBe(true);
    expect(notice.findings).toEqual([]);
  });

  it('reads a …的通报批评 as a 通报 with two clauses, 特此通报 outside them, and the 附注 （此件不公开）', () => {
    const notice = parse('criticism-bulletin');
    expect(notice.docKind).toBe('通报');
    expect(outline(notice)).toEqual(['1:一 存在的主要问题', '1:二 整改要求']);
    expect(notice.clauses[1].text).not.toContain('特此通报');
    expect(notice.remark).toBe('（此件不公开）');
    expect(notice.cc).toEqual(['临汾市安委办', '县委办公室', '县纪委监委']);
    expect(notice.findings).toEqual([]);
  });
});

describe('a 会议纪要', () => {
  const notice = parse('meeting-minutes');

  it('takes its 标志 as title and issuer, the 期号, and the date written under the 标志', () => {
    expect(notice.title).toBe('大宁县人民政府常务会议纪要');
    expect(notice.docKind).toBe('纪要');
    expect(notice.issuer).toBe('大宁县人民政府');
    expect(notice.issuerMark).toBe('大宁县人民政府常务会议纪要');
    expect(notice.metadata['期号']).toBe('第5期');
    expect(notice.signedDate).toBe('2025-05-12');
    expect(notice.docNumber).toBeNull();
  });

  it('reads the 议定事项 with their units and keeps the attendance out of the last clause', () => {
    expect(outline(notice)).toEqual([
      '1:一 听取全县防汛准备工作情况汇报',
      '2:一/一 抓紧完成水毁工程修复',
      '2:一/二 开展汛前隐患排查',
      '1:二 研究城镇燃气安全整治有关事项',
    ]);
    expect(unitsOf(notice, '一/一')).toEqual(['县水利局*', '各乡镇人民政府']);
    expect(notice.clauses.at(-1)!.text).not.toContain('出席');
  });

  it('keeps each attendance line whole, the names still apart', () => {
    expect(notice.body).toContain('\n出席：王志刚 李红梅 张建军 刘志强 赵德明\n请假：孙立新（出差）\n列席：');
  });

  it('asks for no 文号 and reports no truncation', () => {
    expect(notice.findings).toEqual([]);
  });
});

describe('a 决定', () => {
  it('cites every repealed document with its title, and says once that no clause names units', () => {
    const notice = parse('repeal-decision');
    expect(notice.docKind).toBe('决定');
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['浮政发〔2016〕21号', '浮政发〔2018〕7号', '浮政办发〔2019〕33号']);
    expect(notice.citations[2].title).toBe('浮山县人民政府办公室关于印发浮山县城市燃气管理暂行办法的通知');
    expect(notice.laws).toEqual(['优化营商环境条例', '山西省行政规范性文件制定和备案办法']);
    expect(notice.clauses.map((c) => c.path)).toEqual(['1', '2', '3']);
    expect(notice.clauses[2].text).not.toContain('本决定自印发之日起施行');
    expect(notice.findings.map((f) => [f.rule, f.severity])).toEqual([['units-missing', 'info']]);
  });

  it('takes 主送 from the 版记, keeps both 附注 lines and the list of members one entry a line', () => {
    const notice = parse('remark-variants-and-masthead-recipients');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.remark).toBe('(此件主动公开)\n（联系人：张伟；联系电话：0357-6831234）');
    expect(notice.cc).toEqual(['县委办公室', '县人大常委会办公室', '县政协办公室', '临汾市林业局']);
    expect(notice.unplaced).toEqual([]);
    expect(notice.body.split('\n').slice(1)).toEqual([
      '总指挥：王建国 县委副书记、县长',
      '副总指挥：李卫东 县人民政府副县长',
      '成员：县林业局、县应急局、县公安局、县气象局主要负责同志',
      '指挥部办公室设在县林业局，办公室主任由县林业局局长兼任。',
    ]);
    expect(notice.findings).toEqual([]);
  });
});

describe('header shapes', () => {
  it('reads a 主送 wrapped across lines without letting it into the title', () => {
    const notice = parse('wrapped-recipients');
    expect(notice.title).toBe('临汾市人民政府关于进一步加强城镇燃气安全管理的通知');
    expect(notice.recipients).toEqual(['各县（市、区）人民政府', '临汾经济开发区管委会', '市人民政府各委、办、局', '各有关企业']);
  });

  it('joins a title written on three lines', () => {
    const notice = parse('three-line-title');
    expect(notice.title).toBe('侯马市人民政府办公室关于印发侯马市城市安全风险综合监测预警平台建设工作方案的通知');
    expect(notice.docNumber?.text).toBe('侯政办发〔2025〕9号');
    expect(notice.body).toBe('《侯马市城市安全风险综合监测预警平台建设工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。');
  });
});

describe('a 会议通知 closing with 特此通知。', () => {
  const notice = parse('meeting-notice');

  it('reads the letter-format 版头 and keeps 特此通知 and the 附件说明 out of the clauses', () => {
    expect(notice.issuer).toBe('吉县应急管理局');
    expect(notice.docNumber?.text).toBe('吉应急函〔2025〕21号');
    expect(outline(notice)).toEqual([
      '1:一 会议时间',
      '1:二 会议地点',
      '1:三 参会人员',
      '1:四 有关要求',
      '2:四/一 请各参会人员提前10分钟入场，会议期间手机调至静音状态',
      '2:四/二 请各单位于7月1日下班前将参会回执报县应急管理局',
    ]);
    expect(notice.clauses.at(-1)!.text).not.toContain('特此通知');
    expect(notice.body.endsWith('\n特此通知。')).toBe(true);
    expect(notice.attachments).toEqual(['参会回执']);
    expect(notice.remark).toBe('（联系人：王丽，电话：0357-7922345）');
  });

  it('keeps the meeting date inside its clause, not taken for the 成文日期', () => {
    expect(notice.clauses[0].text).toBe('会议时间\n2025年7月3日（星期四）上午9:00，会期半天。');
    expect(notice.signedDate).toBe('2025-06-27');
  });
});

describe('a notice in the pre-2012 format', () => {
  const notice = parse('old-format-notice');

  it('keeps its 主题词 and 抄报, reads its date in Chinese numerals and does not hold the 1999 form against it', () => {
    expect(notice.metadata['主题词']).toBe('安全生产 尾矿库 通知');
    expect(notice.cc).toEqual(['临汾市安监局', '县委办公室', '县人大常委会办公室', '县政协办公室']);
    expect(notice.signedDate).toBe('2010-07-26');
    expect(notice.printedDate).toBe('2010-07-26');
    expect(notice.title).toBe('襄汾县人民政府办公室关于切实加强汛期尾矿库安全管理工作的紧急通知');
    expect(notice.docKind).toBe('通知');
    expect(notice.unplaced).toEqual([]);
    expect(notice.findings).toEqual([]);
  });
});

describe('a 紧急通知 without 主送', () => {
  const notice = parse('no-recipients-forest');

  it('starts the body right after the title and keeps every clause', () => {
    expect(notice.issuer).toBe('安泽县森林草原防灭火指挥部办公室');
    expect(notice.docNumber?.text).toBe('安森防办发〔2025〕3号');
    expect(notice.title).toBe('关于进一步加强清明期间森林草原防灭火工作的紧急通知');
    expect(notice.recipients).toEqual([]);
    expect(notice.signedDate).toBe('2025-03-28');
    expect(tree(notice)).toEqual([
      '1 一 严格落实“五包”责任制 | 各乡镇人民政府*',
      '1 二 加强进山路口检查 | 县林业局*、县公安局、各乡镇人民政府',
      '1 三 倡导文明祭扫 | 县民政局*、县融媒体中心',
      '1 四 加强值班值守 | ',
    ]);
  });
});

describe('a 复函 to deputies who made a proposal', () => {
  it('reads the personal addressee as the 主送', () => {
    for (const addressee of ['张三代表', '张三等代表']) {
      const notice = parseNotice(
        ['甲镇人民政府关于第9号建议的复函', `${addressee}:`, '您提出的建议收悉,现答复如下:', '甲镇人民政府', '2022年5月25日'].join('\n'),
      );
      expect(notice.recipients).toEqual([addressee]);
    }
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
