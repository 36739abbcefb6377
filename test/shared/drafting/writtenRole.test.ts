import { describe, expect, it } from 'vitest';
import { printedClauseNumber, writtenRole } from '../../../shared/drafting/writtenRole';

describe('writtenRole', () => {
  it('reads the role the note writes after the unit', () => {
    const text = '加强隐患排查。（县应急局牵头，县公安局、县交通局配合）';
    expect(writtenRole(text, '县应急局', 'lead')).toBe('牵头');
    expect(writtenRole(text, '县交通局', 'co')).toBe('配合');
  });

  it('keeps 分工负责 instead of calling it 配合', () => {
    const text = '落实属地责任。（各乡镇政府、县直各部门按职责分工负责）';
    expect(writtenRole(text, '县直各部门', 'co')).toBe('分工负责');
    expect(writtenRole(text, '各乡镇政府', 'lead')).toBe('分工负责');
  });

  it('falls back to 牵头/配合 when the note writes no role', () => {
    const text = '开展专项整治。（责任单位：县住建局、县消防救援大队）';
    expect(writtenRole(text, '县住建局', 'lead')).toBe('牵头');
    expect(writtenRole(text, '县消防救援大队', 'co')).toBe('配合');
    expect(writtenRole('没有责任单位的条款。', '县住建局', 'co')).toBe('配合');
  });
});

describe('printedClauseNumber', () => {
  it('prints the numbers as the notice does, parents first', () => {
    expect(printedClauseNumber(['二、', '（三）'])).toBe('二（三）');
    expect(printedClauseNumber(['二、'])).toBe('二、');
    expect(printedClauseNumber(['一、', '（二）', '3.'])).toBe('一（二）3.');
  });
});
