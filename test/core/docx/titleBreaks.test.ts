import { describe, expect, it } from 'vitest';
import { breakTitle } from '../../../electron/core/docx/textWidth';

const TITLE_WIDTH = 20;

describe('title lines', () => {
  it('never break inside 《》 when the book title fits a line', () => {
    for (const title of [
      '大宁县人民政府办公室关于转发《山西省安全生产委员会工作规则》的通知',
      '大宁县人民政府关于印发《大宁县防汛抗旱应急预案》《大宁县地震应急预案》的通知',
      '临汾市应急管理局关于认真学习贯彻《中华人民共和国安全生产法》进一步压实企业主体责任的通知',
    ]) {
      const lines = breakTitle(title, TITLE_WIDTH);
      expect(lines.join('')).toBe(title);
      for (const line of lines) expect((line.match(/《/g) ?? []).length, line).toBe((line.match(/》/g) ?? []).length);
    }
  });

  it('never break inside a 文号', () => {
    for (const title of [
      '大宁县人民政府关于贯彻落实并政发〔2025〕1号文件精神做好全县安全生产工作的通知',
      '大宁县人民政府办公室关于转发临政办发〔2025〕12号文件进一步加强森林防火工作的通知',
    ]) {
      const lines = breakTitle(title, TITLE_WIDTH);
      expect(lines.join('')).toBe(title);
      expect(
        lines.some((l) => /[\u3400-\u9fff]{2}〔\d{4}〕\d+号/.test(l)),
        lines.join('|'),
      ).toBe(true);
    }
  });
});
