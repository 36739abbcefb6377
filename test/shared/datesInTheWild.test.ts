import { describe, expect, it } from 'vitest';
import { parseDate } from '../../shared/domain/dates';
import { parseNotice } from '../../shared/parser/parseNotice';

describe('dates as web pages print them', () => {
  it('reads 0, O and ○ as 〇 in a year written in Chinese numerals', () => {
    expect(parseDate('二0一九年一月八日')?.iso).toBe('2019-01-08');
    expect(parseDate('二OO五年四月二十九日')?.iso).toBe('2005-04-29');
    expect(parseDate('二○一一年八月九日')?.iso).toBe('2011-08-09');
  });

  it('reads a date whose 年 and 月 were lost only when one reading is valid', () => {
    expect(parseDate('2019515日')?.iso).toBe('2019-05-15');
    expect(parseDate('20191231日')?.iso).toBe('2019-12-31');
    expect(parseDate('2019111日')).toBeNull();
  });
});

describe('a bare 成文日期 with no signature above it', () => {
  const BODY = [
    '青石县人民政府关于做好秋季防火工作的通知',
    '各乡镇人民政府:',
    '现就做好秋季防火工作通知如下。',
    '一、加强巡查',
    '各乡镇要加强巡查。',
  ];

  it('is the date when the page chrome follows it', () => {
    expect(parseNotice([...BODY, '2024年9月2日', '来源:青石县人民政府网'].join('\n')).signedDate).toBe('2024-09-02');
  });

  it('is the date when the attachment or the carried plan follows it', () => {
    expect(parseNotice([...BODY, '2024年9月2日', '附件1', '巡查记录表'].join('\n')).signedDate).toBe('2024-09-02');
    const plan = parseNotice([...BODY, '二0二四年九月二日', '青石县秋季防火工作方案', '一、工作目标', '不发生森林火灾。'].join('\n'));
    expect(plan.signedDate).toBe('2024-09-02');
    expect(plan.clauses).toHaveLength(2);
  });

  it('is not a date in the middle of the body', () => {
    const notice = parseNotice(
      [
        '青石县人民政府关于召开会议的通知',
        '各乡镇人民政府:',
        '会议时间:',
        '2024年9月2日',
        '请准时参加。',
        '二、会议地点',
        '县政府三楼会议室。',
        '三、参会人员',
        '各乡镇分管负责同志。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBeNull();
  });
});
