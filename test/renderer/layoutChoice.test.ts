import { describe, expect, it } from 'vitest';
import { generateSchema } from '../../shared/api/draftingContract';
import { INITIAL_LAYOUT, layoutRequest } from '../../renderer/drafting/LayoutChoice';

describe('the 版式 choice of the draft editor', () => {
  it('sends the layout alone for 文件 and 信函', () => {
    expect(layoutRequest(INITIAL_LAYOUT)).toEqual({ layout: 'file' });
    expect(layoutRequest({ ...INITIAL_LAYOUT, layout: 'letter', signer: '县长 张三' })).toEqual({ layout: 'letter' });
  });

  it('sends a 纪要’s lists split at 顿号 and commas, and a 令’s 签发人, as the contract accepts them', () => {
    const minutes = layoutRequest({ ...INITIAL_LAYOUT, layout: 'minutes', present: '王志刚、李红梅, 赵六', absent: '', attending: '郑一' });
    expect(minutes).toEqual({ layout: 'minutes', attendance: { present: ['王志刚', '李红梅', '赵六'], absent: [], attending: ['郑一'] } });
    const order = layoutRequest({ ...INITIAL_LAYOUT, layout: 'order', signer: ' 县长 张三 ' });
    expect(order).toEqual({ layout: 'order', signer: '县长 张三' });
    for (const fields of [minutes, order]) expect(generateSchema.safeParse({ kind: 'notice', draftId: 1, ...fields }).success).toBe(true);
    expect(generateSchema.safeParse({ kind: 'notice', draftId: 1, layout: 'poster' }).success).toBe(false);
  });
});
