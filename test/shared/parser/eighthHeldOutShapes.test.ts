import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from an eighth held-out set. */

describe('a repost that starts at the body’s opening sentence', () => {
  it('takes no title from the sentence and cites the document it names', () => {
    const notice = parseNotice(
      [
        '2019-03-02 08:15:20 某县文学会 3021',
        '为贯彻落实《国务院关于加强某项保护工作的意见》(国发〔2018〕9号),进一步做好全县有关工作,现提出以下意见:',
        '一、重要意义',
        '某项保护工作关系群众切身利益。各地做了大量工作,但仍存在薄弱环节。',
        '二、总体要求',
        '坚持问题导向,完善工作机制。',
      ].join('\n'),
    );
    expect(notice.title).toBeNull();
    expect(notice.issuer).toBeNull();
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['国发〔2018〕9号']);
    expect(notice.clauses.map((c) => c.heading)).toEqual(['重要意义', '总体要求']);
  });
});

describe('a web platform’s name printed above the title', () => {
  it('is the site’s banner, not the first line of the title', () => {
    const notice = parseNotice(
      [
        '主办单位:中共甲市委宣传部',
        '',
        '甲市文化政策服务平台',
        '',
        '甲市人民政府办公厅关于印发某项任务分解方案的通知',
        '',
        '2021-05-10 10:20',
        '各区人民政府,市人民政府各部门:',
        '现将《某项任务分解方案》印发给你们,请认真贯彻执行。',
        '',
        '甲市人民政府办公厅',
        '2021年5月8日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府办公厅关于印发某项任务分解方案的通知');
    expect(notice.issuer).toBe('甲市人民政府办公厅');
  });
});
