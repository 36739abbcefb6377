import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const NOTICE = `河东县人民政府办公室
关于做好汛期地质灾害防范工作的通知
河政办发〔2024〕9号
各乡镇人民政府，县直各部门：
为切实做好今年汛期地质灾害防范工作，现将有关事项通知如下。
一、压实防范责任
各乡镇、各部门要按照任务分工抓好落实。
序号 | 任务 | 牵头单位 | 配合单位
1 | 开展隐患点拉网式排查 | 县自然资源局 | 各乡镇人民政府
2 | 做好受威胁群众转移安置 | 县应急管理局 | 各乡镇人民政府
河东县人民政府办公室
2024年5月20日
`;

describe('a task table just before the signature', () => {
  const parsed = parseNotice(NOTICE);

  it('keeps its last row a task, not a line of the signature', () => {
    expect(parsed.issuers).toEqual(['河东县人民政府办公室']);
    expect(parsed.signature).toBe('河东县人民政府办公室');
    expect(parsed.signedDate).toBe('2024-05-20');
  });

  it('gives the last row its lead and co units', () => {
    const last = parsed.clauses[parsed.clauses.length - 1];
    expect(last.heading).toContain('做好受威胁群众转移安置');
    expect(last.units).toEqual([
      { name: '县应急管理局', role: 'lead' },
      { name: '各乡镇人民政府', role: 'co' },
    ]);
  });
});
