import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const parse = (...body: string[]) =>
  parseNotice(['关于做好防汛工作的通知', '各乡镇人民政府：', ...body, '大宁县人民政府', '2024年4月10日'].join('\n'));
const rows = (...body: string[]) =>
  parse(...body)
    .clauses.filter((c) => c.level > 1)
    .map((c) => `${c.number} ${c.heading} ${c.units.map((u) => `${u.name}:${u.role}`).join(',')}`);

describe('a 任务分工表 pasted with spaces between its cells', () => {
  it('makes each numbered row a task with its lead and co units', () => {
    expect(
      rows(
        '一、压实防汛责任',
        '序号 重点任务 牵头单位 配合单位 完成时限',
        '1 修订防汛应急预案 县水利局 县应急局、县气象局 2024年5月底前',
        '2   排查山洪灾害隐患点   县自然资源局   各乡镇人民政府   2024年6月底前',
      ),
    ).toEqual(['1 修订防汛应急预案 县水利局:lead,县应急局:co,县气象局:co', '2 排查山洪灾害隐患点 县自然资源局:lead,各乡镇人民政府:co']);
  });

  it('reads a 责任单位 column as units led by the first', () => {
    expect(rows('一、工作任务', '序号 工作内容 责任单位 完成时间', '1 清理河道垃圾 县水利局、各乡镇 6月底前')).toEqual([
      '1 清理河道垃圾 县水利局:lead,各乡镇:co',
    ]);
  });

  it('takes no table from a line of other words or a row with a cell too many', () => {
    expect(rows('一、工作任务', '序号 姓名 单位 电话', '1 张明 县水利局 13800000000')).toEqual([]);
    const notice = parse('一、工作任务', '序号 重点任务 牵头单位', '1 清理 河道垃圾 县水利局', '请各乡镇按时完成。');
    expect(notice.clauses.map((c) => c.number)).toEqual(['一']);
    expect(notice.body).toContain('清理河道垃圾县水利局');
  });
});
