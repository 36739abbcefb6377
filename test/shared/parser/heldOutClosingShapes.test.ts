import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages: 主送, closing, 附件说明 and clauses (held-out sets). */

const notice = (lines: string[]) => parseNotice(lines.join('\n'));

describe('a 附件说明 printed under the date, the attachment’s title after it without a bare 附件 heading', () => {
  const issued = (title: string) =>
    notice([
      '青石县人民政府办公室关于印发青石县防汛应急预案的通知',
      '各乡镇人民政府,县直有关单位:',
      '《青石县防汛应急预案》已经县政府同意,现予印发,请认真组织实施。',
      '二○一九年五月八日',
      '附件:青石县防汛应急预案',
      title,
      '一、总则',
      '(一)编制目的。为做好防汛工作,制定本预案。',
    ]);

  it('lists the attachment and reads the attached pages’ clauses', () => {
    for (const title of ['青石县防汛应急预案', '《青石县防汛应急预案》']) {
      const parsed = issued(title);
      expect(parsed.signedDate).toBe('2019-05-08');
      expect(parsed.attachments).toEqual(['青石县防汛应急预案']);
      expect(parsed.clauses.map((c) => c.heading)).toEqual(['总则', '编制目的']);
    }
  });

  it('is no 附件说明 when another title follows it', () => {
    expect(issued('青石县抗旱应急预案').attachments).toEqual([]);
  });
});

describe('a 主送 group joined by 及 or 和', () => {
  const recipients = (line: string) => notice(['青石县人民政府关于做好防汛工作的通知', line, '现将有关事项通知如下。']).recipients;

  it('stays one addressee although both sides are complete names', () => {
    expect(recipients('各乡镇人民政府,县政府各部门,省市驻县机构及县属企事业单位:')).toEqual([
      '各乡镇人民政府',
      '县政府各部门',
      '省市驻县机构及县属企事业单位',
    ]);
    expect(recipients('各乡镇人民政府,县直机关和县属企业:')).toEqual(['各乡镇人民政府', '县直机关和县属企业']);
  });

  it('is two when the second opens with its own 各', () => {
    expect(recipients('县直各部门和各乡镇人民政府:')).toEqual(['县直各部门', '各乡镇人民政府']);
  });

  it('in the 抄送 too, while a unit list still splits two complete names', () => {
    const parsed = notice([
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '(一)压实责任。各乡镇要落实责任。(县水利局及县应急局负责)',
      '青石县人民政府',
      '2021年5月6日',
      '抄送:县委办公室,县人大常委会办公室及县政协办公室。',
    ]);
    expect(parsed.cc).toEqual(['县委办公室', '县人大常委会办公室及县政协办公室']);
    expect(parsed.clauses[0].units.map((u) => u.name)).toEqual(['县水利局', '县应急局']);
  });
});

describe('a long 一、 heading line without a full stop, its text opening a sentence on the next line', () => {
  const headings = (lines: string[]) =>
    notice(['青石县人民政府关于做好防汛工作的报告', '县人大常委会:', '现将有关情况报告如下。', ...lines]).clauses.map((c) => c.heading);

  it('is a heading-only item, however long', () => {
    expect(
      headings([
        '一、进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作',
        '',
        '按照省委关于防汛工作的部署要求,全县上下认真落实各项措施。',
      ]),
    ).toEqual(['进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作']);
  });

  it('still joins a line broken after a comma, or before words that go on with the sentence', () => {
    expect(headings(['一、进一步统一思想认识,坚持以人民为中心的发展思想,', '按照省委的部署要求,全县上下认真落实各项措施。'])).toEqual([
      '进一步统一思想认识,坚持以人民为中心的发展思想,按照省委的部署要求,全县上下认真落实各项措施',
    ]);
    expect(headings(['一、进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱', '和城乡供水保障各项工作。'])).toEqual([
      '进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作',
    ]);
  });
});

describe('a 成文日期 whose 年, 月 and 日 a PDF’s extraction lost, readable two ways', () => {
  const signed = (published: string[], date: string) =>
    notice([
      ...published,
      '青石县人民政府关于印发青石县议事规则的通知',
      '各乡镇人民政府:',
      '《青石县议事规则》已经县政府常务会议审议通过,现予印发。',
      date,
      '(此件公开发布)',
      '青石县议事规则',
      '一、总则',
    ]);

  it('takes the one reading the page’s publishing date allows', () => {
    const parsed = signed(['索引号 QS-2021-00012', '发布时间 2021-01-12'], '2021111');
    expect(parsed.signedDateRaw).toBe('2021111');
    expect(parsed.signedDate).toBe('2021-01-11');
    expect(parsed.remark).toBe('(此件公开发布)');
  });

  it('stays unread when the page gives no publishing date or allows both readings', () => {
    expect(signed([], '2021111').signedDate).toBeNull();
    expect(signed(['索引号 QS-2021-00012', '发布时间 2021-12-20'], '2021111').signedDate).toBeNull();
  });

  it('reads a single valid split without help', () => {
    expect(signed([], '2021525').signedDate).toBe('2021-05-25');
  });
});
