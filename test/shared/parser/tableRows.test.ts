import { describe, expect, it } from 'vitest';
import { readHeaderRow, readTaskRow } from '../../../shared/parser/tableRows';

describe('a 任务分工表 pasted as rows', () => {
  it('reads the header row and writes each numbered row out with its labels', () => {
    const header = readHeaderRow('| 序号 | 工作任务 | 牵头部门 | 协办单位 | 完成时限 |');
    expect(header).not.toBeNull();
    expect(readTaskRow('| ３ | 开展燃气安全排查 | 县住建局 | 县应急局 | 6月底前 |', header)).toEqual({
      number: '3',
      marker: '３',
      text: '开展燃气安全排查\n牵头部门：县住建局\n协办单位：县应急局\n完成时限：6月底前',
    });
  });

  it('tells the columns apart by what they hold when there is no header row', () => {
    expect(readTaskRow('2 | 开展道路交通安全整治 | 县公安局 | 县交通运输局、各乡镇人民政府 | 2025年9月底前', null)?.text).toBe(
      '开展道路交通安全整治\n牵头单位：县公安局\n配合单位：县交通运输局、各乡镇人民政府\n完成时限：2025年9月底前',
    );
    expect(readTaskRow('5 | 推进应急能力建设 | 县应急局 | 长期坚持', null)?.text).toBe(
      '推进应急能力建设\n责任单位：县应急局\n完成时限：长期坚持',
    );
  });

  it('takes neither a header nor a grouping row for a task', () => {
    expect(readTaskRow('序号 | 重点任务 | 牵头单位', null)).toBeNull();
    expect(readTaskRow('一、安全责任 | | |', null)).toBeNull();
    expect(readHeaderRow('1 | 开展排查 | 县应急局')).toBeNull();
  });
});
