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
