import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';

/**
 * Parts of a notice that paragraphs glued together run into each other (a mirror's pinyin before a 、, an
 * attached rule's title and its chapters, a 署名 after an attachment's file name …): each split back where it
 * was printed, and the text that only looks like such a part left whole.
 */

const clauses = (text: string) => parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

describe('a mirror’s pinyin before 一、', () => {
  it('keeps 統(tǒng)一、 inside its sentence', () => {
    const line = '(一)指導思想。堅持標準化、規(guī)范化的發(fā)展方向,加快形成全縣統(tǒng)一、有序的市場秩序。';
    expect(unglueLine(line, false)).toEqual([line]);
    expect(clauses(`一、總體要求\n${line}\n(二)主要目標。到2025年,建成統(tǒng)一的交易平臺。`)).toEqual([
      '1:一 總體要求',
      '2:一 指導思想',
      '2:二 主要目標',
    ]);
  });

  it('still cuts a marker after a bracket that holds no pinyin', () => {
    expect(unglueLine('(一)落實責任。各鄉鎮負責(縣應急局)二、加強保障', false)).toEqual([
      '(一)落實責任。各鄉鎮負責(縣應急局)',
      '二、加強保障',
    ]);
  });
});
