import { describe, expect, it } from 'vitest';
import { splitNames } from '../../renderer/drafting/LayoutChoice';

describe('the 版式 choice of the draft editor', () => {
  it('reads a 纪要’s typed lists split at 顿号, commas and semicolons, keeping a unit with its name', () => {
    expect(splitNames('王志刚、李红梅, 赵六；县应急局 郑一，')).toEqual(['王志刚', '李红梅', '赵六', '县应急局 郑一']);
  });
});
