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

describe('clause headings run into their paragraph', () => {
  it('ends a heading where its paragraph opens, past pinyin a mirror injected and in traditional form', () => {
    const text = '一、總體要求(一)指導(dǎo)思想堅持以人民為中心,推進政務公開。(二)工作目標到2025年,建成公開平臺。';
    expect(outline(text)).toEqual(['1:一 總體要求', '2:一 指導(dǎo)思想', '2:二 工作目標']);
  });

  it('ends a heading where its paragraph restates the heading’s words', () => {
    const text =
      '一、开展河湖清障行动的目的和意义开展河湖清障行动,是保障行洪安全的重要举措。' + '二、清障工作的主要范围清障工作覆盖全市主要河道。';
    expect(outline(text)).toEqual(['1:一 开展河湖清障行动的目的和意义', '1:二 清障工作的主要范围']);
  });

  it('keeps a heading whole where a repeated word is no paragraph’s opening', () => {
    expect(outline('1.加强食品安全监管确保食品安全。2.强化源头治理。')).toEqual(['3:1 加强食品安全监管确保食品安全', '3:2 强化源头治理']);
  });
});
