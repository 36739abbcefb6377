import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/**
 * Invented notices in shapes that real pages run together onto one line: each is read as it was printed.
 */
const outline = (text: string) => parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

describe('a page whose metadata row prints the title with a short-form issuer', () => {
  const printed = [
    '发布机构: 丙山县人民政府 发文日期: 2022-03-01',
    '文件标题: 县人民政府关于印发《丙山县河道保洁办法》的通知',
    '文 号: 丙政发〔2022〕3号 主题词:',
    '丙山县人民政府',
    '县人民政府关于印发《丙山县河道保洁办法》的通知',
    '丙政发〔2022〕3号',
    '各乡镇人民政府,县政府各部门:',
    '《丙山县河道保洁办法》已经县政府常务会议审议通过,现予印发。',
    '丙山县人民政府',
    '2022年2月25日',
  ];

  it('takes the 署名 whole, locality included, when the title names the issuer in short', () => {
    const notice = parseNotice(printed.join(''));
    expect(notice.issuers).toEqual(['丙山县人民政府']);
    expect(notice.title).toBe('县人民政府关于印发《丙山县河道保洁办法》的通知');
    expect(notice.docNumber?.text).toBe('丙政发〔2022〕3号');
    expect(notice.signedDate).toBe('2022-02-25');
  });
});

describe('a document whose first clause is glued to its title or its chapter heading', () => {
  it('opens the clause tree at 一、 after an attached 预案 title', () => {
    const text =
      '各村委会:《丁镇防汛应急预案》已经镇政府同意,现印发给你们。丁镇人民政府2023年6月1日' +
      '丁镇防汛应急预案一、总则(一)编制目的。为做好防汛工作,制定本预案。(二)适用范围。本预案适用于全镇。';
    expect(outline(text)).toEqual(['1:一 总则', '2:一 编制目的', '2:二 适用范围']);
  });

  it('opens the clause tree at 一、 after a chapter heading', () => {
    const text = '戊县人民政府工作规则第一章 总 则一、为规范县政府工作,制定本规则。二、县政府工作坚持依法行政。';
    expect(outline(text)).toEqual(['1:一 为规范县政府工作,制定本规则', '1:二 县政府工作坚持依法行政']);
  });

  it('keeps 一、 inside a sentence after such a word as text', () => {
    expect(outline('各单位要按照方案一、二的要求推进。')).toEqual([]);
  });
});
