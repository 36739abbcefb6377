import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';
import { SHORT_NOTICE_LINES as LINES } from './shortNotice';

const outline = (text: string) =>
  parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.heading} [${c.units.map((u) => u.name).join('、')}]`);

describe('a notice glued onto one line', () => {
  const printed = parseNotice(LINES.join('\n'));

  it.each([
    ['joined with spaces', LINES.join(' ')],
    ['run together', LINES.join('')],
  ])('parses as printed when %s', (_, glued) => {
    const notice = parseNotice(glued);
    expect(outline(glued)).toEqual(outline(LINES.join('\n')));
    expect(notice.title).toBe(printed.title);
    expect(notice.recipients).toEqual(printed.recipients);
    expect(notice.signedDate).toBe('2023-05-06');
    expect(notice.issuer).toBe('甲县人民政府办公室');
    expect(notice.attachments).toEqual(printed.attachments);
  });

  it('never splits inside 《》, a 文号 or a number such as 2.5', () => {
    const line =
      '根据《甲县防汛预案（2023年修订）》（甲政办发〔2023〕12号）要求，各单位要在2.5个月内完成排查。1.排查范围包括全部山洪沟道和地质灾害隐患点。';
    expect(unglueLine(line, false)).toEqual([
      '根据《甲县防汛预案（2023年修订）》（甲政办发〔2023〕12号）要求，各单位要在2.5个月内完成排查。',
      '1.排查范围包括全部山洪沟道和地质灾害隐患点。',
    ]);
  });

  it('ends a heading joined to its text by a space at the space', () => {
    expect(
      unglueLine(
        '一、提高思想认识 各单位要充分认识汛期安全工作的重要性，克服麻痹思想。二、落实工作责任 各乡镇要落实包村干部责任，确保不留死角。',
        false,
      ),
    ).toEqual([
      '一、提高思想认识',
      '各单位要充分认识汛期安全工作的重要性，克服麻痹思想。',
      '二、落实工作责任',
      '各乡镇要落实包村干部责任，确保不留死角。',
    ]);
  });

  it('leaves short lines and lines without a break point whole', () => {
    expect(unglueLine('一、总体要求', true)).toEqual(['一、总体要求']);
    const sentence = '各单位要充分认识汛期安全工作的重要性，克服麻痹思想，切实把各项防范措施落到实处，确保人民群众生命财产安全万无一失。';
    expect(unglueLine(sentence, false)).toEqual([sentence]);
  });
});

describe('the header and closing of a glued page', () => {
  // A glued document is long: short lines are left as printed.
  const BODY =
    '现将《防汛工作方案》印发给你们，请结合实际认真贯彻执行。各单位要加强值班值守，确保信息畅通，发现险情及时报告。' +
    '各乡镇要组织力量对辖区内山洪沟道、淤地坝和地质灾害隐患点开展拉网式排查，建立问题清单，限期整改到位。';

  it('cuts a 文号 glued after the title’s 文种 and a 主送 whose last addressee has no head of its own', () => {
    const notice = parseNotice(
      `甲市人民政府办公室关于印发防汛工作方案的通知甲政办发〔2023〕3号各县、区人民政府,市政府各部门、直属机构:${BODY}`,
    );
    expect(notice.title).toBe('甲市人民政府办公室关于印发防汛工作方案的通知');
    expect(notice.docNumber?.text).toBe('甲政办发〔2023〕3号');
    expect(notice.recipients).toEqual(['各县、区人民政府', '市政府各部门、直属机构']);
  });

  it('reads a 主送 opening the glued text', () => {
    expect(parseNotice(`各镇(街道)人民政府,区政府各部门:${BODY}`).recipients).toEqual(['各镇(街道)人民政府', '区政府各部门']);
  });

  it('keeps a page’s field labels with their values and drops them as chrome', () => {
    const notice = parseNotice(
      `索引号: 001/2023-01 发布机构: 甲县人民政府 发文日期: 2023-03-02 甲县人民政府关于做好防汛工作的通知 各乡镇人民政府: ${BODY} 甲县人民政府 2023年3月1日`,
    );
    expect(notice.title).toBe('甲县人民政府关于做好防汛工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府']);
    expect(notice.signedDate).toBe('2023-03-01');
  });

  it('takes the date right after 特此批复 for the 成文日期 even with text glued after it', () => {
    const notice = parseNotice(
      `县水务局:你局来文收悉。经研究，同意你局开展干渠清淤工作，所需经费从水利建设资金中列支。${BODY}特此批复。二OO五年四月二十九日信息来源:县政府办公室`,
    );
    expect(notice.signedDate).toBe('2005-04-29');
  });

  it('finds the 署名 after the last space before the date', () => {
    const notice = parseNotice(`各乡镇人民政府: ${BODY} 附件:任务分解表 甲县人民政府办公室 2021年1月25日 (此件公开发布)`);
    expect(notice.issuer).toBe('甲县人民政府办公室');
    expect(notice.signedDate).toBe('2021-01-25');
    expect(notice.attachments).toEqual(['任务分解表']);
  });
});
