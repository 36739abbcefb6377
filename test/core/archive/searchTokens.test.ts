import { describe, expect, it } from 'vitest';
import { indexTokens, termQuery } from '../../../electron/core/archive/search/searchTokens';

/** The bigram phrase a query for the whole text would look up: the tokens the text must be indexed with. */
const queried = (folded: string) => termQuery(folded).match.slice(1, -1);

describe('index tokens', () => {
  it('indexes a long text (escapes, surrogate pairs, many slices) with exactly the bigrams a query of it looks up', () => {
    const pieces = ['应急管理局', '(2025)', '𠀋𠀌', 'abc-1.5', '\ue000', '县'];
    const folded = Array.from({ length: 40_000 }, (_, i) => pieces[i % pieces.length]).join('');
    const tokens = indexTokens(['关于做好燃气安全工作的通知', '阳政发(2025)3号'], folded);
    expect(tokens.body).toBe(queried(folded));
    expect(tokens.head).toBe(`${queried('关于做好燃气安全工作的通知')} ${queried('阳政发(2025)3号')}`);
  });

  it('lists each character once, in order of first appearance, text before head', () => {
    const tokens = indexTokens(['燃气通知'], '燃气安全，燃气𠀋。');
    const chars = ['燃', '气', '安', '全', '，', '𠀋', '。', '通', '知'].map((ch) => termQuery(ch).match.slice(1, -1));
    expect(tokens.chars).toBe(chars.join(' '));
    expect(indexTokens([], '燃').body).toBe('');
  });
});
