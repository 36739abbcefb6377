import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a third held-out set. */

describe('a page whose full-width indents were lost as ?? at line starts', () => {
  const notice = parseNotice(
    [
      '各区人民政府,市政府各部门:',
      '??经市政府同意,现将《甲市养老服务发展规划(2020—2025年)》印发给你们,请认真贯彻执行。',
      '甲市人民政府办公室',
      '??2020年3月9日',
      '??甲市养老服务发展规划(2020—2025年)',
      '??一、发展基础',
      '??近年来,我市养老服务体系不断健全。',
      '??二、总体要求',
      '??(一)指导思想。',
      '??坚持以人民为中心。',
    ].join('\n'),
  );

  it('reads the signature, the date and the clauses as if the indents were spaces', () => {
    expect(notice.issuer).toBe('甲市人民政府办公室');
    expect(notice.signedDate).toBe('2020-03-09');
    expect(notice.clauses.map((c) => c.heading)).toEqual(['发展基础', '总体要求', '指导思想']);
  });
});

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

describe('a page pasted on one line, its date between spaces before the attached text', () => {
  it('reads the date standing alone even when the next sentence opens with 为', () => {
    for (const date of ['二○二一年四月六日', '2021年4月6日']) {
      const notice = parseNotice(
        `甲省人民政府办公厅关于做好乙工作的通知 各市人民政府: 现转发给你们,请认真贯彻执行。 ${date} 为做好乙工作,现提出如下意见。 一、总体要求 坚持统筹。`,
      );
      expect(notice.signedDate).toBe('2021-04-06');
      expect(notice.clauses.map((c) => c.heading)).toEqual(['总体要求']);
    }
  });
});

describe('a forwarded document printed after the date without its title', () => {
  it('reads its opening sentence of purpose as the attached text, with its citations', () => {
    const notice = parseNotice(
      [
        '甲省人民政府办公厅转发省教育厅关于乙工作意见的通知',
        '各市人民政府:',
        '省教育厅《关于乙工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
        '二○二一年四月六日',
        '为贯彻落实国务院《关于丙工作的通知》(国发(2020)9号)精神,推进乙工作,现提出如下意见。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2021-04-06');
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['国发〔2020〕9号']);
    expect(notice.unplaced).toEqual([]);
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

describe('a 版头 split over two lines (…人民政府 / 文件) under a page heading repeating the title', () => {
  it('reads the organ as the 版头, not as the start of the title', () => {
    const notice = parseNotice(
      [
        '关于印发《甲省稳就业实施意见》的通知',
        '甲省人民政府',
        '文件',
        '甲政发〔2020〕16号',
        '关于印发《甲省稳就业实施意见》的通知',
        '各市人民政府:',
        '现将《甲省稳就业实施意见》印发给你们,请认真贯彻执行。',
        '甲省人民政府',
        '2020年3月20日',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于印发《甲省稳就业实施意见》的通知');
    expect(notice.issuer).toBe('甲省人民政府');
    expect(notice.issuerMark).toBe('甲省人民政府文件');
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

describe('a 主送 of divisions sharing one head, run straight into the body on one line', () => {
  it('reads the recipients and the body after them', () => {
    const notice = parseNotice(
      [
        '关于印发《服务业专项资金管理办法》的通知',
        '财建〔2010〕5号',
        '各省、自治区、直辖市、计划单列市财政厅(局),乙兵团财务局:为加快服务业发展,设立专项资金。现将《服务业专项资金管理办法》印发给你们,请遵照执行。',
        '财政部',
        '二○一○年三月二日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各省、自治区、直辖市、计划单列市财政厅(局)', '乙兵团财务局']);
    expect(notice.signedDate).toBe('2010-03-02');
  });
});

describe('the same 主送 in traditional characters', () => {
  it('keeps the divisions sharing one head in one name', () => {
    const notice = parseNotice(
      [
        '關于印發《服務業專項資金管理辦法》的通知',
        '各省、自治區、直轄市、計劃單列市財政廳(局),乙兵團財務局:為加快服務業發展,設立專項資金。現將辦法印發給你們,請遵照執行。',
        '財政部',
        '二○一○年三月二日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各省、自治區、直轄市、計劃單列市財政廳(局)', '乙兵團財務局']);
  });
});

describe('a traditional 印发 notice whose attached 辦法 follows the date under its title', () => {
  it('reads the attached text and its citations', () => {
    const notice = parseNotice(
      [
        '關于印發《甲省專項資金管理辦法》的通知',
        '各市財政局:',
        '現將《甲省專項資金管理辦法》印發給你們,請遵照執行。',
        '附件:甲省專項資金管理辦法',
        '甲省財政廳',
        '二○一○年三月二日',
        '甲省專項資金管理辦法',
        '第一章 總則',
        '本辦法所稱資金,是依據《國務院關于乙工作的意見》(國發〔2007〕7號)設立的資金。',
      ].join('\n'),
    );
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['國發〔2007〕7號']);
    expect(notice.unplaced).toEqual([]);
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

describe('a page heading naming the attached 方案, shortened and in 《》, over a title printed with pinyin', () => {
  it('takes the notice title that issues it', () => {
    const title = '關(guān)于印發(fā)《甲縣關(guān)于發(fā)展租賃住房的實(shí)施方案》的通知';
    const notice = parseNotice(
      [
        '《甲縣發(fā)展租賃住房的實(shí)施方案》',
        '甲政辦發(fā)〔2022〕31號(hào)',
        title,
        '各鄉(xiāng)鎮(zhèn)人民政府:',
        '現(xiàn)將方案印發(fā)給你們,請(qǐng)認(rèn)真執(zhí)行。',
        '甲縣人民政府辦公室',
        '2022年7月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe(title);
  });
});
