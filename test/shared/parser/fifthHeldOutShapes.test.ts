import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a fifth held-out set. */

describe('a run-on 一、 heading that counts something with a numeral and a measure word', () => {
  const headings = (item: string) =>
    parseNotice(['青石县人民政府关于调整县政府领导分工的通知', '各乡镇人民政府:', item].join('\n')).clauses.map((c) => c.heading);

  it('is not cut after the quantity when the paragraph repeats words of it', () => {
    expect(headings('一、第三届青石县人民代表大会第二次会议选举产生的新一届青石县人民政府,依法履行职责。')).toEqual([
      '第三届青石县人民代表大会第二次会议选举产生的新一届青石县人民政府,依法履行职责',
    ]);
    expect(headings('一、县政府第五次常务会议研究决定的第二批白沙镇改造项目,由白沙镇组织实施。')).toEqual([
      '县政府第五次常务会议研究决定的第二批白沙镇改造项目,由白沙镇组织实施',
    ]);
  });
});
