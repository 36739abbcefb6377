import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { findDocNumbers, parseDocNumber } from '../../../shared/domain/docNumber';
import { SMALL_NOTICE_SIGNATURE as SIGNATURE, analyzeFixture as parse, unitsAt as unitsOf } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages (and a fixture notice in test/fixtures/notices/): 文号 forms — every
 * printed form under the title, marks or brackets lost in extraction — and citations: written loosely, a forwarded
 * 批复 or document printed after the date, a 转发 chain citing two upstream documents.
 */
const cited = (sentence: string) =>
  parseNotice(['青石县人民政府关于做好防汛工作的通知', '各乡镇人民政府:', sentence, '一、压实责任'].join('\n')).citations.map(
    (c) => c.docNumber,
  );

describe('a 文号 under the title in every printed form', () => {
  it.each([
    ['甲政办发[2024]5号', 'doc-number-bracket'],
    ['甲政办发［2024］5号', 'doc-number-bracket'],
    ['甲政办发(2024)5号', 'doc-number-bracket'],
    ['甲政办发（2024）5号', 'doc-number-bracket'],
    ['甲政办发【2024】5号', 'doc-number-bracket'],
    ['甲政办发﹝2024﹞5号', 'doc-number-bracket'],
    ['甲政办发〔2024〕5', 'doc-number-hao'],
    ['甲政办发 〔 2024 〕 5 号', 'doc-number-spacing'],
    ['甲政办发〔2024〕第5号', 'doc-number-di'],
  ])('reads %s as 甲政办发〔2024〕5号 and reports %s', (printed, rule) => {
    const notice = analyzeNotice(
      `甲县人民政府办公室关于做好防汛工作的通知\n${printed}\n各乡镇人民政府:\n现将有关事项通知如下。${SIGNATURE}`,
    );
    expect(notice.docNumber?.text).toBe('甲政办发〔2024〕5号');
    expect(notice.findings.map((f) => f.rule)).toContain(rule);
  });

  it('keeps traditional 發/號 as printed and still reports a wrong bracket', () => {
    const notice = analyzeNotice(
      `甲县人民政府办公室关于做好防汛工作的通知\n甲政辦發[2024]5號\n各乡镇人民政府:\n现将有关事项通知如下。${SIGNATURE}`,
    );
    expect(notice.docNumber).toMatchObject({ text: '甲政辦發〔2024〕5號', agencyCode: '甲政辦發', year: 2024, serial: 5 });
    expect(notice.findings.map((f) => f.rule)).toContain('doc-number-bracket');
  });

  it.each([
    ['glued after the title', '甲县人民政府办公室关于做好防汛工作的通知甲政办发〔2024〕5号\n各乡镇人民政府,县直各单位:'],
    ['glued before the 主送', '甲县人民政府办公室关于做好防汛工作的通知\n甲政办发〔2024〕5号各乡镇人民政府,县直各单位:'],
  ])('reads a 文号 %s', (_, head) => {
    const notice = parseNotice(`${head}\n现将有关事项通知如下。${SIGNATURE}`);
    expect(notice.docNumber?.text).toBe('甲政办发〔2024〕5号');
    expect(notice.title).toBe('甲县人民政府办公室关于做好防汛工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });
});

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

describe('a 文号 in parentheses that lost its own brackets', () => {
  it('reads year and serial run together under a title', () => {
    expect(parseDocNumber('(某发201120 号)')?.docNumber.text).toBe('某发〔2011〕20号');
    expect(parseDocNumber('（某府办发20195号）')?.docNumber.text).toBe('某府办发〔2019〕5号');
  });

  it('reads no 文号 in a bracketed note without its 号 or its code word', () => {
    expect(parseDocNumber('(某发201120)')).toBeNull();
    expect(parseDocNumber('(2011年20号)')).toBeNull();
    expect(parseDocNumber('(共计201120号)')).toBeNull();
  });
});

describe('citations written loosely', () => {
  it('leaves a traditional verb before the 文号 out of its agency code', () => {
    expect(cited('根據青發〔2019〕3號和青辦文〔2019〕12號文件的規定,現通知如下。')).toEqual(['青發〔2019〕3號', '青辦文〔2019〕12號']);
    expect(cited('參照白政發〔2018〕7號執行。')).toEqual(['白政發〔2018〕7號']);
  });

  it('leaves the addressee a 批复 answers out of the code: 你局甲民〔2007〕42号', () => {
    expect(cited('你局甲民〔2007〕42号请示收悉。经研究,同意你局意见。')).toEqual(['甲民〔2007〕42号']);
    expect(cited('你們甲教〔2019〕5號請示收悉。')).toEqual(['甲教〔2019〕5號']);
  });

  it('reads past a stray bracket before 号 and keeps a bracketed word inside the code', () => {
    expect(cited('按照《换届工作方案》(青村(居)换届办〔2021〕2)号)要求,现通知如下。')).toEqual(['青村(居)换届办〔2021〕2号']);
    expect(cited('按照《防汛预案》(试行)青政发〔2020〕5号要求执行。')).toEqual(['青政发〔2020〕5号']);
  });
});

describe('a forwarded 批复 printed after the forwarding notice’s date', () => {
  const notice = parseNotice(
    [
      '青石县人民政府:',
      '现将省人民政府《关于同意青石县白沙乡撤乡设镇的批复》(甲政函〔2019〕8号)转发你县,请认真贯彻执行。',
      '白水市人民政府',
      '二〇一九年五月六日',
      '关于同意青石县白沙乡撤乡设镇的批复',
      '甲政函〔2019〕8号',
      '白水市人民政府:',
      '你市《关于青石县白沙乡撤乡设镇的请示》(白政发〔2019〕21号)收悉。现批复如下:',
      '一、同意撤销白沙乡,设立白沙镇,行政区域界线不变。',
      '二、白沙镇人民政府驻原乡政府驻地。所需经费自行解决。',
      '此复。',
      '甲省人民政府',
      '二〇一九年四月二十日',
    ].join('\n'),
  );

  it('reads its items as clauses and its cited 请示 as a citation, keeping the notice’s own date', () => {
    expect(notice.signedDate).toBe('2019-05-06');
    expect(notice.clauses.map((c) => `${c.level}${c.number}`)).toEqual(['1一', '1二']);
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['甲政函〔2019〕8号', '白政发〔2019〕21号']);
    expect(notice.unplaced).toEqual([]);
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

describe('a 转发 chain citing two upstream documents', () => {
  it('cites the 市 notice with its title (〈〉 inside) and the 省 notice it forwards', () => {
    const notice = parse('forwarding-chain');
    expect(notice.citations).toEqual([
      { docNumber: '临政办发〔2025〕40号', title: '临汾市人民政府办公室转发〈山西省人民政府办公厅关于加强自建房安全管理的通知〉的通知' },
      { docNumber: '晋政办发〔2025〕22号', title: '山西省人民政府办公厅关于加强自建房安全管理的通知' },
    ]);
    expect(notice.docKind).toBe('通知');
    expect(unitsOf(notice, '一')).toEqual(['县住建局*', '各乡镇人民政府']);
  });
});

describe('a 文号 in round brackets printed after the title’s 文种 on its line', () => {
  it.each([
    ['甲市人民政府关于实行封山禁火的通告 甲政通(2021)8 号', '甲政通〔2021〕8号', '甲市人民政府关于实行封山禁火的通告'],
    ['甲县人民政府关于同意设立乙社区的批复 甲政复(2020)3号', '甲政复〔2020〕3号', '甲县人民政府关于同意设立乙社区的批复'],
  ])('ends the title at its 文种: %s', (line, number, title) => {
    const notice = parseNotice([line, '为了有效预防森林火灾,具体通告如下:', '一、封山禁火时间:从即日起。'].join('\n'));
    expect(notice.docNumber?.text).toBe(number);
    expect(notice.title).toBe(title);
  });

  it('keeps a code that ends in a 文种 word whole', () => {
    expect(parseNotice(['甲县土地征收启动公告(方征启公告﹝2022﹞4号)', '为实施土地征收,现公告如下。'].join('\n')).docNumber?.text).toBe(
      '方征启公告〔2022〕4号',
    );
  });
});

describe('a 文号 in brackets after the title, spaced around its year', () => {
  it('is the notice’s 文号 and no part of the title', () => {
    const notice = parseNotice(
      [
        '甲省发展和改革委员会甲省生态环境厅关于印发《甲省塑料污染治理实施办法》的通知 (甲发改环资函 〔2020〕 222号)',
        '各市行署(人民政府)、省各有关部门:',
        '现将《甲省塑料污染治理实施办法》印发你们,请认真贯彻落实。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲发改环资函〔2020〕222号');
    expect(notice.title).toBe('甲省发展和改革委员会甲省生态环境厅关于印发《甲省塑料污染治理实施办法》的通知');
  });
});
