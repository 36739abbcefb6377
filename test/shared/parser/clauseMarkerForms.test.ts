import { describe, expect, it } from 'vitest';
import { matchClauseMarker } from '../../../shared/parser/clauseMarkers';
import { parseNotice } from '../../../shared/parser/parseNotice';

const read = (text: string) => {
  const m = matchClauseMarker(text);
  return m && [m.level, m.number, m.rest];
};

const outline = (...body: string[]) =>
  parseNotice(['关于加强城镇燃气安全管理的通知', '各乡镇人民政府：', ...body].join('\n')).clauses.map(
    (c) => `${c.level} ${c.number} ${c.heading}`,
  );

describe('clause marker forms and their levels', () => {
  it('gives every form its level', () => {
    expect(read('一、总体要求')).toEqual([1, '一', '总体要求']);
    expect(read('（一）指导思想')).toEqual([2, '一', '指导思想']);
    expect(read('(一)指导思想')).toEqual([2, '一', '指导思想']);
    expect(read('1.排查隐患')).toEqual([3, '1', '排查隐患']);
    expect(read('1．排查隐患')).toEqual([3, '1', '排查隐患']);
    expect(read('1、排查隐患')).toEqual([3, '1', '排查隐患']);
    expect(read('（1）餐饮场所')).toEqual([4, '1', '餐饮场所']);
    expect(read('(1)餐饮场所')).toEqual([4, '1', '餐饮场所']);
  });

  it('reads circled numbers ① at the deepest level', () => {
    expect(read('①液化石油气瓶')).toEqual([4, '1', '液化石油气瓶']);
    expect(read('⑫ 管道燃气')).toEqual([4, '12', '管道燃气']);
  });

  it('lets level 3 follow level 1 and restarts level-2 numbering per section', () => {
    expect(
      outline(
        '一、工作目标',
        '1.全面排查隐患。各乡镇逐户排查。',
        '2.健全长效机制。建立台账。',
        '二、重点任务',
        '（一）整治餐饮场所。逐一检查。',
        '三、保障措施',
        '（一）加强组织领导。成立专班。',
      ),
    ).toEqual([
      '1 一 工作目标',
      '3 1 全面排查隐患',
      '3 2 健全长效机制',
      '1 二 重点任务',
      '2 一 整治餐饮场所',
      '1 三 保障措施',
      '2 一 加强组织领导',
    ]);
  });

  it('takes headings as the conventions say', () => {
    expect(
      outline('一、总体要求。坚持安全第一。', '（一）排查范围：', '1.餐饮场所', '（1）使用瓶装液化气的餐馆（含小吃店）。逐户登记。'),
    ).toEqual(['1 一 总体要求', '2 一 排查范围：', '3 1 餐饮场所', '4 1 使用瓶装液化气的餐馆（含小吃店）']);
  });
});
