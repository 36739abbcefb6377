import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** An 印发 notice whose attached 任务分解表 a web page's copy wrote one cell a line, blank lines between. */
const notice = (...table: string[]) =>
  parseNotice(
    [
      '甲县人民政府关于印发2024年重点工作任务分解表的通知',
      '各镇人民政府、街道办事处，县政府各部门：',
      '现将《2024年重点工作任务分解表》印发给你们，请认真抓好落实。',
      '甲县人民政府',
      '2024年1月15日',
      '2024年重点工作任务分解表',
      ...table,
    ].join('\n\n'),
  );
const tasks = (...table: string[]) =>
  notice(...table).clauses.map((c) => `${c.level} ${c.number} ${c.heading} ${c.units.map((u) => `${u.name}:${u.role}`).join(',')}`);

describe('a 任务分工表 copied one cell a line', () => {
  it('makes each numbered row a task with its lead and co units, under the grouping line above it', () => {
    expect(
      tasks(
        ...['序号', '主要工作举措', '牵头单位', '配合单位', '责任领导'],
        '一、做大做强主导产业',
        ...['1', '加快构建现代产业体系，实现三产融合发展。', '县农业农村局', '县发展改革局、县工业和信息化局'],
        ...['2', '加快在建项目建设进度。', '县经济开发区管委会', '县自然资源局、县生态环境局', '张某某'],
        '二、持续扩大有效投资',
        ...['3', '谋划储备一批重大项目。', '县发展改革局', '县财政局', '李某某'],
      ),
    ).toEqual([
      '1 一 做大做强主导产业 ',
      '2 1 加快构建现代产业体系，实现三产融合发展 县农业农村局:lead,县发展改革局:co,县工业和信息化局:co',
      '2 2 加快在建项目建设进度 县经济开发区管委会:lead,县自然资源局:co,县生态环境局:co',
      '1 二 持续扩大有效投资 ',
      '2 3 谋划储备一批重大项目 县发展改革局:lead,县财政局:co',
    ]);
  });

  it('ends the table at a paragraph after its last row: no cell of the row', () => {
    const read = notice(
      ...['序号', '重点任务', '责任单位', '完成时限'],
      ...['1', '开展隐患排查。', '县应急管理局'],
      '各单位要按照分工抓好落实，每月10日前报送进展情况。',
    );
    expect(read.clauses.map((c) => [c.number, c.units.map((u) => u.name)])).toEqual([['1', ['县应急管理局']]]);
    expect(read.clauses[0].text).not.toContain('完成时限');
  });

  it('takes no table from a list of statistics (no units column) and still drops page numbers', () => {
    const read = notice(...['序号', '指标名称', '单位', '全市'], ...['1', '地区生产总值', '亿元', '2500'], '- 3 -');
    expect(read.clauses).toEqual([]);
    expect(read.unplaced.join('\n')).not.toContain('- 3 -');
  });
});
