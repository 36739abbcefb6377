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

describe('taskDeadline on arbitrary text', () => {
  /** A fixed-seed generator (mulberry32), so a failure is the same on every run. */
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = [
    '0',
    '1',
    '2',
    '3',
    '9',
    '12',
    '31',
    '99',
    '2025',
    '十',
    '二',
    '月',
    '日',
    '底',
    '末',
    '前',
    '之前',
    '年',
    '年底',
    '上半年',
    '下半年',
    '每季度末',
    '每月',
    '中旬',
    '完成',
    '，',
    ' ',
  ];

  it('never throws and gives only real calendar dates', () => {
    const next = random(20250506);
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      const due = taskDeadline(text, '2025-05-06');
      if (due === null) continue;
      expect(due, text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${due}T00:00:00Z`).toISOString().slice(0, 10), text).toBe(due);
    }
  });
});
