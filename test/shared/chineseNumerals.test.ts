import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDigitsToInt, chineseToInt, intToChinese } from '../../shared/domain/chineseNumerals';

describe('chineseToInt', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['〇', 0],
    ['○', 0],
    ['零', 0],
    ['一十二', 12],
    [' 十一 ', 11],
  ])('reads %s as %i', (text, n) => {
    expect(chineseToInt(text)).toBe(n);
  });

  it.each([[''], ['十十'], ['二十二十'], ['百'], ['一百'], ['二〇'], ['12'], ['十一、'], ['toString'], ['壹']])(
    'returns null for %j, which is not a numeral from 0 to 99',
    (text) => {
      expect(chineseToInt(text)).toBeNull();
    },
  );
});

describe('intToChinese', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [99, '九十九'],
  ])('writes %i as %s', (n, text) => {
    expect(intToChinese(n)).toBe(text);
  });

  it('round-trips every clause number from 1 to 99', () => {
    for (let n = 1; n <= 99; n++) expect(chineseToInt(intToChinese(n))).toBe(n);
  });

  it.each([0, 100, 1.5, -3])('refuses %d, outside the clause numbers 1–99', (n) => {
    expect(() => intToChinese(n)).toThrow(RangeError);
  });
});

describe('chineseDigitsToInt', () => {
  it('reads a year written digit by digit, with ○ for 〇', () => {
    expect(chineseDigitsToInt('二〇二四')).toBe(2024);
    expect(chineseDigitsToInt('二○二五')).toBe(2025);
    expect(chineseDigitsToInt('二零二一')).toBe(2021);
  });

  it('returns null for anything else', () => {
    expect(chineseDigitsToInt('')).toBeNull();
    expect(chineseDigitsToInt('二十')).toBeNull();
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        chineseToInt(text);
        chineseDigitsToInt(text);
      }),
    );
  });
});
