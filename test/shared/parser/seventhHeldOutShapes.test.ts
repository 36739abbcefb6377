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
