import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDate, formatDate, parseDate } from '../../shared/domain/dates';

describe('parseDate', () => {
  it.each([
    ['2025年4月3日', '2025-04-03'],
    ['2025 年 3 月 31 日', '2025-03-31'],
    ['２０２５年４月３日', '2025-04-03'],
    ['2025.4.3', '2025-04-03'],
    ['2025/4/3', '2025-04-03'],
    ['2024年2月29日', '2024-02-29'],
    [' 2024年12月31日 ', '2024-12-31'],
  ])('reads %j as %s with no defect', (text, iso) => {
    expect(parseDate(text)).toEqual({ iso, defects: [] });
  });

  it.each([
    ['二〇二四年五月八日', '2024-05-08'],
    ['二○二四年五月八日', '2024-05-08'],
    ['二〇二一年十二月三十一日', '2021-12-31'],
    ['二〇二五年十月二十日', '2025-10-20'],
    ['二O二三年一月十日', '2023-01-10'],
  ])('reads the Chinese-numeral date %s and reports chinese-numerals', (text, iso) => {
    expect(parseDate(text)).toEqual({ iso, defects: ['chinese-numerals'] });
  });

  it.each([['2025年04月03日'], ['2025年4月03日'], ['2025-04-03'], ['2025.4.03']])('reports zero padding in %s', (text) => {
    expect(parseDate(text)?.defects).toEqual(['zero-padding']);
  });

  it('reads a date written alone with 日 typed for its 月', () => {
    expect(parseDate('2018年10日11日')).toEqual({ iso: '2018-10-11', defects: [] });
    expect(findDate('截至2018年10日11日')).toBeNull();
  });

  it.each([['2025年2月30日'], ['2023年2月29日'], ['2025年13月1日'], ['2025年4月0日'], ['二〇二五年二月三十日'], ['1800年1月1日']])(
    'rejects the invalid date %s',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it.each([['2025年4月3日印发'], ['成文日期：2025年4月3日'], ['2025年'], ['20250403'], ['']])(
    'rejects %j, which is not one date as a whole',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('findDate', () => {
  it('finds the 印发日期 after the 印发机关 on one line', () => {
    expect(findDate('阳泉市人民政府办公室 2025年3月31日印发')).toEqual({
      iso: '2025-03-31',
      defects: [],
      raw: '2025年3月31日',
      index: 11,
    });
  });

  it('returns the first date of the line, whatever its form', () => {
    expect(findDate('发布日期: | 2025-04-10 | 成文日期 2025年4月3日')?.iso).toBe('2025-04-10');
    expect(findDate('于二〇二四年五月八日印发，2025年1月1日施行')?.raw).toBe('二〇二四年五月八日');
  });

  it('skips an invalid date and finds a later valid one', () => {
    expect(findDate('2025年2月30日或2025年3月1日')?.iso).toBe('2025-03-01');
  });

  it('returns null when the line holds no date', () => {
    expect(findDate('2025年是“十四五”规划收官之年')).toBeNull();
    expect(findDate('每年至少解决1—2项')).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes the GB/T 9704 form: Arabic numerals, no padding', () => {
    expect(formatDate('2025-04-03')).toBe('2025年4月3日');
    expect(formatDate('2024-12-31')).toBe('2024年12月31日');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('2025/4/3')).toBe('2025/4/3');
  });
});

describe('robustness', () => {
  it('never throws on random text', () => {
    const piece = fc.constantFrom('二', '〇', '年', '月', '日', '十', '2025', '04', '3', '-', '.', ' ', '０');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join('')),
        ),
        (text) => {
          parseDate(text);
          const found = findDate(text);
          if (found) expect(text.slice(found.index, found.index + found.raw.length)).toBe(found.raw);
        },
      ),
    );
  });
});
