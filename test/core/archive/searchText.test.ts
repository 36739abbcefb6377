import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithMap } from '../../../electron/core/archive/search/searchText';

describe('folded text with its way back', () => {
  it('folds as foldForSearch does and maps every folded unit to the character it came from', () => {
    const text = '关于做好　ＡＢ燃气\n安全(2025)İ工作𠀋的通知\ud800。〔２〕 号';
    const { folded, sourceIndex } = foldWithMap(text);
    expect(folded).toBe(foldForSearch(text));
    expect(sourceIndex).toHaveLength(folded.length + 1);
    expect(sourceIndex.at(-1)).toBe(text.length);
    let at = 0;
    for (let index = 0; index < text.length;) {
      const ch = String.fromCodePoint(text.codePointAt(index)!);
      const f = foldForSearch(ch);
      expect(folded.slice(at, at + f.length)).toBe(f);
      for (let k = 0; k < f.length; k++) expect(sourceIndex[at + k]).toBe(index);
      at += f.length;
      index += ch.length;
    }
    expect(at).toBe(folded.length);
  });
});
