import { describe, expect, it } from 'vitest';
import { taskDeadline } from '../../../shared/supervision/taskDeadline';

describe('taskDeadline', () => {
  it.each([
    ['6月底前完成全面排查', '2025-03-10', '2025-06-30'],
    ['年底前全部整改到位', '2025-03-10', '2025-12-31'],
    ['9月30日前报送工作总结', '2025-03-10', '2025-09-30'],
    ['于十月中旬前上报', '2025-03-10', '2025-10-20'],
    ['上半年完成', '2025-03-10', '2025-06-30'],
    ['2026年3月底前完成验收', '2025-11-02', '2026-03-31'],
    ['每季度末报送进展情况', '2025-05-06', '2025-06-30'],
    ['每月5日前报送上月数据', '2025-05-06', '2025-06-05'],
    ['6月底前完成排查，9月底前完成整改', '2025-03-10', '2025-09-30'],
  ])('%s (notice of %s) → %s', (text, noticeDate, due) => {
    expect(taskDeadline(text, noticeDate)).toBe(due);
  });

  it.each([['加强组织领导，落实工作责任'], ['下半年开始试点'], ['2月30日前完成'], ['13月底前完成']])(
    'finds no deadline in “%s”',
    (text) => {
      expect(taskDeadline(text, '2025-03-10')).toBeNull();
    },
  );
});
