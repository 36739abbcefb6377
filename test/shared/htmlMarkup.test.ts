import { describe, expect, it } from 'vitest';
import { markupToText } from '../../shared/domain/htmlMarkup';
import { parseNotice } from '../../shared/parser/parseNotice';

describe('HTML character references in a copied notice', () => {
  it('decodes decimal and hexadecimal references as well as named ones', () => {
    expect(markupToText('&#12288;&#12288;各乡镇人民政府&#65306;')).toBe('\u3000\u3000各乡镇人民政府：');
    expect(markupToText('&#x3000;甲县&#X4EBA;民政府')).toBe('\u3000甲县人民政府');
    expect(markupToText('&ldquo;放管服&rdquo;改革&hellip;&mdash;&amp;')).toBe('“放管服”改革…—&');
    expect(markupToText('<p>甲&nbsp;乙</p>')).toBe('\n甲\u00a0乙\n');
  });

  it('leaves an ampersand that opens no reference as it is', () => {
    expect(markupToText('A&B 公司与 R&D 中心')).toBe('A&B 公司与 R&D 中心');
    expect(markupToText('价格&lt 5 元&copy')).toBe('价格&lt 5 元&copy');
  });

  it('reads a notice whose punctuation and indents were written as numeric references', () => {
    const notice = parseNotice(
      [
        '甲县人民政府办公室关于做好春季防火工作的通知',
        '&#12288;&#12288;各乡镇人民政府&#xFF0C;县直各部门&#xFF1A;',
        '&#12288;&#12288;现就做好春季防火工作通知如下&#12290;',
        '&#12288;&#12288;一&#12289;压实责任&#12290;各乡镇要落实包片责任&#12290;',
        '甲县人民政府办公室',
        '2024年3月2日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各部门']);
    expect(notice.clauses.map((c) => `${c.number} ${c.heading}`)).toEqual(['一 压实责任']);
    expect(notice.signedDate).toBe('2024-03-02');
  });
});
