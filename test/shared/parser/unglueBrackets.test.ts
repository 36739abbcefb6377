import { describe, expect, it } from 'vitest';
import { insideTest } from '../../../shared/parser/unglueBrackets';

/** The offsets of `text` that insideTest calls inside a pair. */
const insideOffsets = (text: string) => {
  const inside = insideTest(text);
  return [...text].map((_, i) => i).filter((i) => inside(i));
};

describe('insideTest', () => {
  it('answers for pairs side by side, nested, and an opener that never closes', () => {
    const text = '甲(乙)丙《丁(戊)己》庚【辛';
    expect(insideOffsets(text)).toEqual([2, 6, 7, 8, 9, 10]);
  });

  it('keeps an inner pair’s end from hiding the outer pair around it', () => {
    const text = '“(甲)乙(丙)丁”戊';
    expect(insideOffsets(text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('answers the same for each of many pairs on one line', () => {
    const text = '(甲)乙'.repeat(2000);
    const inside = insideTest(text);
    for (let i = 0; i < text.length; i++) expect(inside(i)).toBe(i % 4 === 1);
  });
});
