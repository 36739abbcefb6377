import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Small notices of shapes found on government web pages: issuer from the title, dates only from the document. */
describe('the issuer read from the title when no 版头 or 署名 names it', () => {
  it('takes the government opening a 公告 title with its 文号 glued on', () => {
    const notice = parseNotice(
      [
        '甲县人民政府土地征收预公告(甲征公告〔2023〕7号)',
        '为保障建设用地需要，经县政府研究，现发布预公告：',
        '一、征收范围',
        '拟征收土地位于乙镇丙村。',
        '特此公告',
        '2023年3月2日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府土地征收预公告');
    expect(notice.docNumber?.text).toBe('甲征公告〔2023〕7号');
    expect(notice.issuer).toBe('甲县人民政府');
  });

  it('takes the issuer before 關於 in a traditional title and before 转发', () => {
    expect(parseNotice('甲市人民政府關於加強防汛工作的意見\n各鎮人民政府：\n一、壓實責任。各鎮要落實。').issuer).toBe('甲市人民政府');
    expect(parseNotice('甲县人民政府办公室转发县应急局防汛方案的通知\n各乡镇：\n现转发给你们。').issuer).toBe('甲县人民政府办公室');
  });

  it('lists joint issuers printed side by side with spaces before 关于', () => {
    const notice = parseNotice('甲市发展和改革委员会 甲市财政局 关于印发节能工作方案的通知\n各区县政府：\n现将方案印发给你们。');
    expect(notice.issuers).toEqual(['甲市发展和改革委员会', '甲市财政局']);
    expect(notice.issuer).toBe('甲市发展和改革委员会');
  });
});

describe('the dates and names of the document itself', () => {
  it('never takes the web page’s 成文日期 for the signature date', () => {
    const notice = parseNotice(
      [
        '文号 | 督查通报第三期 | 成文日期: | 2023年05月04日 |',
        '县政府督查室对近期工作开展了督查，现通报如下。',
        '一、总体情况',
        '已办结5件。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBeNull();
  });

  it('keeps a unit named under a heading-only item out of the signature', () => {
    const notice = parseNotice(
      [
        '各乡镇：',
        '现将排名通报如下：',
        '1、末位排名',
        '甲乡',
        '2、职能单位末位排名',
        '县交通局',
        '',
        '',
        '甲县整治办公室',
        '2023年4月10日',
      ].join('\n'),
    );
    expect(notice.issuers).toEqual(['甲县整治办公室']);
    expect(notice.signedDate).toBe('2023-04-10');
  });

  it('reads a law database’s 题注 under the title for the date and issuer', () => {
    const notice = parseNotice(
      [
        '关于同意甲市开展试点工作的复函',
        '国家乙局',
        '',
        '(1995年3月8日 国家乙局)',
        '',
        '甲省人民政府:',
        '你省来函收悉。现函复如下:',
        '一、同意试点。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('1995-03-08');
    expect(notice.issuer).toBe('国家乙局');
    expect(notice.recipients).toEqual(['甲省人民政府']);
  });

  it('reads the title after a news site’s place glued before it', () => {
    const notice = parseNotice(
      [
        '乙市:关于印发《乙市河湖管理责任制实施细则》的通知',
        '各区委、区政府,市委各部委办:',
        '经市委、市政府同意,现将《乙市河湖管理责任制实施细则》印发给你们,请认真遵照执行。',
        '中共乙市委办公厅',
        '2022年5月20日',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于印发《乙市河湖管理责任制实施细则》的通知');
    expect(notice.issuer).toBe('中共乙市委办公厅');
  });

  it('reads a 题注 naming two steps with their dates as no title', () => {
    const notice = parseNotice(
      [
        '关于印发《甲市河湖管理责任制实施细则》的通知',
        '(2022年5月6日中共甲市委常委会会议审议批准 2022年5月20日中共甲市委办公厅、甲市人民政府办公厅发布)',
        '各区委、区政府,市委各部委办:',
        '经市委、市政府同意,现将《甲市河湖管理责任制实施细则》印发给你们,请认真遵照执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于印发《甲市河湖管理责任制实施细则》的通知');
    expect(notice.signedDate).toBe('2022-05-20');
  });
});

describe('文号 without 机关代字 and documents forwarded after the date', () => {
  it('reads a 文号 printed without 机关代字 under a 公告 title, with its 第 defect', () => {
    const notice = parseNotice(
      ['甲市人民政府土地征收启动公告', '〔2023〕第2号', '为保障建设用地需求，现发布公告：', '一、征收范围', '位于乙镇。'].join('\n'),
    );
    expect(notice.docNumber).toEqual({ text: '〔2023〕2号', agencyCode: null, year: 2023, serial: 2 });
  });

  it('reads the forwarded document after the date, opened by its issuers and a wrapped title', () => {
    const notice = parseNotice(
      [
        '各乡镇：',
        '现将省厅通知转发给你们，请遵照执行。',
        '甲县农业局 甲县财政局',
        '2023年6月2日',
        '乙省农业厅',
        '乙省财政厅',
        '关于做好示范项目',
        '申报工作的通知',
        '各市农业局：',
        '根据《丙部关于开展示范行动的通知》(丙发〔2023〕8号)，现将有关事项通知如下。',
        '一、总体要求',
        '(一)指导思想',
      ].join('\n'),
    );
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['丙发〔2023〕8号']);
    expect(notice.clauses.map((c) => c.heading)).toEqual(['总体要求', '指导思想']);
    expect(notice.unplaced).toEqual([]);
  });
});

describe('a 文号 that lost its 号', () => {
  it('reads it on its own header line', () => {
    const notice = parseNotice(
      ['甲县人民政府办公室', '甲政办（2023）12', '关于做好防汛工作的通知', '各乡镇：', '现将有关事项通知如下。'].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲政办〔2023〕12号');
    expect(notice.title).toBe('关于做好防汛工作的通知');
  });
});

describe('a page heading above the document’s own title block', () => {
  it('takes the title under the 文号, wrapped after the issuer’s 关于, over a heading naming the attached rules', () => {
    const notice = parseNotice(
      [
        '丙县会议组织和经费管理细则',
        '丙政办发〔2019〕8号',
        '丙县人民政府办公室关于',
        '印发《丙县会议组织规定》和《丙县会议经费管理细则》的通知',
        '各乡镇人民政府，县直各部门：',
        '现将两项规定印发给你们，请认真执行。',
        '2019年4月3日',
      ].join('\n'),
    );
    expect(notice.title).toBe('丙县人民政府办公室关于印发《丙县会议组织规定》和《丙县会议经费管理细则》的通知');
    expect(notice.issuer).toBe('丙县人民政府办公室');
    expect(notice.docNumber?.text).toBe('丙政办发〔2019〕8号');
  });

  it('takes the issuer’s line and its 关于 title over a page heading naming the report it issues', () => {
    const notice = parseNotice(
      [
        '丁区2022年政府工作报告',
        '发布时间:2022-02-10 09:00 来源:区政府办',
        '丁市丁区人民政府',
        '关于印发政府工作报告的通知',
        '各街道办事处，区政府各部门：',
        '《政府工作报告》已经区人民代表大会审议通过，现印发给你们。',
        '丁市丁区人民政府',
        '2022年2月8日',
      ].join('\n'),
    );
    expect(notice.title).toBe('丁市丁区人民政府关于印发政府工作报告的通知');
    expect(notice.recipients).toEqual(['各街道办事处', '区政府各部门']);
  });

  it('takes the block whose title wraps over three lines under the issuer’s line', () => {
    const notice = parseNotice(
      [
        '己县2023年度重点项目计划',
        '来源：县发改局',
        '己县人民政府办公室',
        '关于印发己县2023年度',
        '重点项目建设',
        '计划的通知',
        '各乡镇人民政府：',
        '现将计划印发给你们。',
      ].join('\n'),
    );
    expect(notice.title).toBe('己县人民政府办公室关于印发己县2023年度重点项目建设计划的通知');
  });

  it('keeps a page heading that repeats the title when the block below copies it', () => {
    const notice = parseNotice(
      ['戊县人民政府关于做好春耕工作的通知', '戊县人民政府', '关于做好春耕工作的通知', '各乡镇人民政府：', '现就春耕工作通知如下。'].join(
        '\n',
      ),
    );
    expect(notice.title).toBe('戊县人民政府关于做好春耕工作的通知');
  });
});

describe('a 版头 whose red rule lost its line breaks', () => {
  it('takes the title without the rule’s dashes glued before it', () => {
    const notice = parseNotice(
      [
        '甲省林业厅文件',
        '甲林发〔2008〕5号------------------关于做好林地保护工作的通知',
        '各市州林业局：',
        '为加强林地保护，现通知如下。',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于做好林地保护工作的通知');
    expect(notice.docNumber?.text).toBe('甲林发〔2008〕5号');
    expect(notice.issuer).toBe('甲省林业厅');
  });
});

describe('a 版头 a page frames with dots', () => {
  it('reads the organ and the title glued after it', () => {
    const notice = parseNotice(
      [
        '·乙市人民政府办公室文件·乙市人民政府办公室关于印发乙市节水行动方案的通知',
        '乙政办发〔2022〕7号',
        '各县区人民政府，市直各部门：',
        '现将方案印发给你们，请认真贯彻落实。',
      ].join('\n'),
    );
    expect(notice.issuerMark).toBe('乙市人民政府办公室文件');
    expect(notice.issuer).toBe('乙市人民政府办公室');
    expect(notice.title).toBe('乙市人民政府办公室关于印发乙市节水行动方案的通知');
  });

  it('still drops a line of dotted page links', () => {
    expect(parseNotice('·无障碍·长辈版\n关于做好节水工作的通知\n各县区人民政府：\n现通知如下。').title).toBe('关于做好节水工作的通知');
  });
});

describe('a law database’s field labels', () => {
  it('reads 發(fā)文單位: with a mirror’s pronunciations as a label, not as the 主送', () => {
    const notice = parseNotice(
      [
        '庚政辦發(fā)[2008]6號',
        '頒布時間:2008-03-04 10:00:00 發(fā)文單位:庚市人民政府辦公廳',
        '各區(qū)、縣人民政府,市政府各委、辦、局:',
        '為加強聯(lián)絡(luò)工作,經市政府同意,現將有關事項通知如下。',
        '二〇〇八年三月四日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各區(qū)、縣人民政府', '市政府各委、辦、局']);
    expect(notice.signedDate).toBe('2008-03-04');
  });

  it('reads a database row whose labels carry pronunciations, its 文号 included', () => {
    const notice = parseNotice(
      [
        '頒布時間:2010-05-06 發(fā)文字號(hào):辛政辦發(fā)〔2010〕3號 發(fā)文單位:辛市人民政府辦公廳',
        '辛市人民政府辦公廳關(guān)于加強(qiáng)防汛工作的通知',
        '各區(qū)縣人民政府:',
        '為做好防汛工作,現通知如下。',
        '二〇一〇年五月六日',
      ].join('\n'),
    );
    expect(notice.metadata['发文单位']).toBe('辛市人民政府辦公廳');
    expect(notice.docNumber?.text).toBe('辛政辦發(fā)〔2010〕3號');
    expect(notice.title).toBe('辛市人民政府辦公廳關(guān)于加強(qiáng)防汛工作的通知');
    expect(notice.recipients).toEqual(['各區(qū)縣人民政府']);
  });
});
