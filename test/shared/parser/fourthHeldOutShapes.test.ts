import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a fourth held-out set. */

const cited = (sentence: string) =>
  parseNotice(['青石县人民政府关于做好防汛工作的通知', '各乡镇人民政府:', sentence, '一、压实责任'].join('\n')).citations.map(
    (c) => c.docNumber,
  );

describe('citations written loosely', () => {
  it('leaves a traditional verb before the 文号 out of its agency code', () => {
    expect(cited('根據青發〔2019〕3號和青辦文〔2019〕12號文件的規定,現通知如下。')).toEqual(['青發〔2019〕3號', '青辦文〔2019〕12號']);
    expect(cited('參照白政發〔2018〕7號執行。')).toEqual(['白政發〔2018〕7號']);
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

describe('a library page’s header box between the title and the 主送', () => {
  it('leaves the box’s issuer, date and book lines out of the 主送', () => {
    const notice = parseNotice(
      [
        '甲省人民政府关于同意设立白沙镇的批复',
        '甲政函〔2001〕12号',
        '甲省人民政府',
        '2001年3月2日',
        '本作品收录于《甲省人民政府公报》2001年第5期',
        '青石县人民政府:',
        '你县《关于设立白沙镇的请示》收悉。现批复如下:',
        '一、同意设立白沙镇。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['青石县人民政府']);
  });
});

describe('a 公告 that greets the public in the 主送 position', () => {
  it('reads the salutation as its 主送, and a page label stays out', () => {
    const greeting = (line: string) =>
      parseNotice(['关于开展夜市整治行动的公告', line, '为规范城市秩序,现就有关事项公告如下:', '一、严禁占道经营。'].join('\n')).recipients;
    expect(greeting('广大市民朋友:')).toEqual(['广大市民朋友']);
    expect(greeting('居民朋友们:')).toEqual(['居民朋友们']);
    expect(greeting('主题分类:')).toEqual([]);
  });
});

const withClosing = (...closing: string[]) =>
  parseNotice(
    [
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '现将有关事项通知如下。',
      '一、压实责任。各乡镇要落实责任。',
      ...closing,
    ].join('\n'),
  );

describe('the closing of a joint notice', () => {
  it('takes every issuer of a tall stack above the date', () => {
    const names = ['青石县发展和改革局', '青石县财政局', '青石县自然资源局', '青石县住房和城乡建设局', '青石县农业农村局', '青石县水利局'];
    const notice = withClosing(...names, '2021年5月6日');
    expect(notice.issuers).toEqual(names);
    expect(notice.signedDate).toBe('2021-05-06');
  });
});

describe('a signature padded with ? where a page lost its spaces', () => {
  it('reads the 署名 and date behind the marks and leaves lines of marks alone out', () => {
    const notice = withClosing('青石县人民政府????????', '2021年5月6日??????', '????????');
    expect(notice.issuers).toEqual(['青石县人民政府']);
    expect(notice.signedDate).toBe('2021-05-06');
    expect(notice.unplaced).toEqual([]);
  });

  it('keeps a question asked in the text', () => {
    expect(withClosing('你们准备好了吗?', '青石县人民政府', '2021年5月6日').body).toContain('吗?');
  });
});

describe('a 成文日期 that lost its final 日', () => {
  it('is read under the 署名', () => {
    expect(withClosing('青石县人民政府', '2021年5月6').signedDate).toBe('2021-05-06');
  });
});

describe('a section heading that names its lead unit', () => {
  it('keeps the unit in the 一、 heading as printed and still reads it; a lower item drops it from its heading', () => {
    const notice = parseNotice(
      [
        '青石县人民政府关于做好防汛工作的通知',
        '各乡镇人民政府:',
        '一、加强监测预警(县水利局牵头)',
        '(一)完善监测站网(县气象局负责)',
        '各乡镇要配合做好站点建设。',
      ].join('\n'),
    );
    expect(notice.clauses.map((c) => c.heading)).toEqual(['加强监测预警(县水利局牵头)', '完善监测站网']);
    expect(notice.clauses.map((c) => c.units.map((u) => u.name))).toEqual([['县水利局'], ['县气象局']]);
  });
});
