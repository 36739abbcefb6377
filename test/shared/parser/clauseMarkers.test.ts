import { describe, expect, it } from 'vitest';
import { matchClauseMarker } from '../../../shared/parser/clauseMarkers';

const read = (text: string) => {
  const m = matchClauseMarker(text);
  return m && [m.level, m.number, m.marker, m.rest];
};

describe('clause markers', () => {
  it('reads the four levels of GB/T 9704, full- and half-width', () => {
    expect(read('十二、强化责任')).toEqual([1, '十二', '十二、', '强化责任']);
    expect(read('（三）加强监管')).toEqual([2, '三', '（三）', '加强监管']);
    expect(read('(三) 加强监管')).toEqual([2, '三', '(三)', '加强监管']);
    expect(read('２．核查许可')).toEqual([3, '2', '２．', '核查许可']);
    expect(read('（１）储罐区')).toEqual([4, '1', '（１）', '储罐区']);
  });

  it('reads the slips 一． and （一）、 at their level, keeping the marker as written', () => {
    expect(read('一．总体要求')).toEqual([1, '一', '一．', '总体要求']);
    expect(read('二.重点任务')).toEqual([1, '二', '二.', '重点任务']);
    expect(read('（一）、强化领导')).toEqual([2, '一', '（一）、', '强化领导']);
    expect(read('1)建立信息库')).toEqual([4, '1', '1)', '建立信息库']);
    expect(read('２）规范车辆')).toEqual([4, '2', '２）', '规范车辆']);
  });

  it('opens no clause at 一是, at a number of a quantity, or at a decimal', () => {
    expect(read('一是完善机制')).toBeNull();
    expect(read('3月底前完成')).toBeNull();
    expect(read('10个乡镇')).toBeNull();
    expect(read('1.5倍')).toBeNull();
    expect(read('1）。')).toBeNull();
  });
});
