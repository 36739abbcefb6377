import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a seventh held-out set. */

describe('a 文号 printed only in a spaced metadata row with two fields', () => {
  it('reads the 文号 without the row’s next cells', () => {
    const notice = parseNotice(
      [
        '政府信息公开',
        '',
        '发文字号 甲自然资规〔2022〕5号 主题分类 城乡建设',
        '发文单位 甲市自然资源局 效力状态 有效',
        '',
        '甲市自然资源局关于印发某方案的通知',
        '',
        '各区分局:',
        '为贯彻落实有关要求,制定本方案。',
        '',
        '甲市自然资源局',
        '2022年6月25日',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲自然资规〔2022〕5号');
    expect(notice.title).toBe('甲市自然资源局关于印发某方案的通知');
  });
});

describe('a title by which one organ carries out another organ’s 关于 document', () => {
  it('names the organ before 贯彻 the issuer, not both organs', () => {
    const notice = parseNotice(
      '甲省人民政府贯彻国务院关于进一步推进某地区改革开放和经济社会发展指导意见的实施意见 甲政发[2009]9号 2009-11-03 ' +
        '为贯彻《国务院关于进一步推进某地区改革开放和经济社会发展的指导意见》(国发[2008]3号,以下简称《指导意见》)精神,' +
        '现结合我省实际,按照突出重点的原则,提出以下实施意见。 一、总体要求 (一)基本原则。坚持科学发展,推进转型升级,' +
        '努力保持经济平稳较快发展;坚持和谐发展,着力保障和改善民生。 (二)主要目标。到2012年,全省经济总量明显增加。 ' +
        '二、主要任务 (一)推进改革。深化改革开放,力争在重要领域率先取得突破。 (二)扩大开放。提高对外开放水平。',
    );
    expect(notice.issuer).toBe('甲省人民政府');
    expect(notice.docNumber?.text).toBe('甲政发〔2009〕9号');
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

describe('a page’s numbered field list with bracketed labels above the notice', () => {
  const page = [
    '1. [索引号]11A000/ZK-2024-000009',
    '  2. [主题分类] 工作方案',
    '  3. [发文机构] 甲市乙区人民政府',
    '  4. [联合发文单位]',
    '  5. [成文日期] 2024-04-02',
    '  6. [发文字号] 乙政发〔2024〕7号',
    '  7. [废止日期]',
    '  8. [有效性] 有效',
    '',
    '甲市乙区人民政府关于印发《乙区某规则》的通知',
    '',
    '各街道办事处,区政府各委、办、局:',
    '',
    '  《乙区某规则》已经区政府常务会议审议通过,现印发给你们,请遵照执行。',
    '',
    '  甲市乙区人民政府',
    '  2024年4月2日',
  ].join('\n');

  it('reads the 文号 from the list and the title and 主送 under it, with no clause from the list', () => {
    const notice = parseNotice(page);
    expect(notice.docNumber?.text).toBe('乙政发〔2024〕7号');
    expect(notice.title).toBe('甲市乙区人民政府关于印发《乙区某规则》的通知');
    expect(notice.recipients).toEqual(['各街道办事处', '区政府各委、办、局']);
    expect(notice.citations).toEqual([]);
  });

  it('keeps a numbered clause with a bracketed heading in the body', () => {
    const notice = parseNotice(
      [
        '甲县人民政府关于加强某项工作的通知',
        '各乡镇人民政府:',
        '现就有关事项通知如下:',
        '1. [加强领导] 各乡镇要成立工作专班',
        '2. [落实责任] 各乡镇要明确责任分工。',
        '甲县人民政府',
        '2024年4月2日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各乡镇人民政府']);
    expect(notice.clauses.map((c) => c.marker)).toEqual(['1.', '2.']);
  });
});

describe('an encyclopedia page’s header row: title, 文号, issuer and date as cells of one line', () => {
  it('reads the title and the 文号 apart, under a heading that adds the site’s name', () => {
    const notice = parseNotice(
      [
        '甲省人民政府关于同意乙县撤县设市的批复 某某文库',
        '甲省人民政府关于同意乙县撤县设市的批复 甲政函〔1998〕6号 甲省人民政府 1998年7月31日 |',
        '|',
        '乙县人民政府:',
        '你县《关于撤县设市的请示》收悉。现批复如下:',
        '一、同意撤销乙县,设立乙市。',
        '二、乙市的行政区域以原乙县的行政区域为准。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府关于同意乙县撤县设市的批复');
    expect(notice.docNumber?.text).toBe('甲政函〔1998〕6号');
    expect(notice.recipients).toEqual(['乙县人民政府']);
  });
});

describe('a 印发 line printed between the title and the 主送', () => {
  it('keeps the 印发 line out of the 主送', () => {
    const notice = parseNotice(
      [
        '甲市安全生产委员会',
        '关于印发《2011年度考核办法》的通知',
        '   甲安委〔2011〕3号  甲市安全生产委员会办公室  2011年5月18日印发  ',
        '市级各有关单位:',
        '《2011年度考核办法》已经市政府同意,现印发给你们,请认真贯彻执行。',
        '甲市安全生产委员会',
        '2011年5月18日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['市级各有关单位']);
    expect(notice.docNumber?.text).toBe('甲安委〔2011〕3号');
  });
});
