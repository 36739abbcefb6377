import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a second held-out set. */

describe('an unnumbered 附件 list of linked files, one file a line', () => {
  const notice = parseNotice(
    [
      '各乡镇卫生院,局属各单位:',
      '现将市卫生局有关文件转发给你们,请遵照执行。',
      '附件:青卫发〔2023〕12号.pdf',
      '青卫函〔2023〕7号.docx',
      '青石县卫生健康局',
      '2023年5月8日',
    ].join('\n'),
  );

  it('reads each file as its own attachment, named as printed', () => {
    expect(notice.attachments).toEqual(['青卫发〔2023〕12号.pdf', '青卫函〔2023〕7号.docx']);
    expect(notice.signedDate).toBe('2023-05-08');
  });

  it('still joins a wrapped title of a single attachment', () => {
    const wrapped = parseNotice(
      [
        '各乡镇人民政府:',
        '现将有关方案印发给你们,请认真执行。',
        '附件:青石县农村供水工程建设',
        '实施方案',
        '青石县人民政府',
        '2023年5月8日',
      ].join('\n'),
    );
    expect(wrapped.attachments).toEqual(['青石县农村供水工程建设实施方案']);
  });
});

const TRADITIONAL_TITLE = '甲省人民政府關于加強鄉村學校建設的意見';
const traditionalPage = (chrome: string[], copy = TRADITIONAL_TITLE) =>
  parseNotice(
    [
      TRADITIONAL_TITLE,
      '2025-03-02 09:15',
      ...chrome,
      copy,
      '各市、縣人民政府,省政府各部門:',
      '為辦好鄉村教育,現提出如下意見。',
      '一、總體要求',
    ].join('\n'),
  );

describe('a traditional page whose heading repeats the title', () => {
  it('ends the title at its traditional 文种 (意見)', () => {
    expect(traditionalPage([]).title).toBe(TRADITIONAL_TITLE);
  });
});

describe('a page that lists its topic tags under the view counter', () => {
  it('keeps the tags out of the title and the 主送, one a line or several on one line', () => {
    for (const tags of [['學校', '鄉村', '教師'], ['學校 鄉村 教師']]) {
      const notice = traditionalPage(['85人看過', ...tags], `${TRADITIONAL_TITLE}(甲政[2025]8號)`);
      expect(notice.title).toBe(TRADITIONAL_TITLE);
      expect(notice.recipients).toEqual(['各市、縣人民政府', '省政府各部門']);
    }
  });
});

describe('a law database page of a 令 whose 题注 names the organ that issued it', () => {
  const page = (note: string) =>
    parseNotice(
      [
        '青石市河道采砂管理规定',
        '作者:法律资料网 时间:2024-07-22 18:21:41 浏览:120',
        '青石市河道采砂管理规定',
        note,
        '第一条 为加强河道采砂管理,制定本规定。',
        '第二条 本规定自发布之日起施行。',
      ].join('\n'),
    );

  it('reads the issuer and the date from the 题注', () => {
    for (const note of ['(1995年6月2日青石市人民政府令23号发布)', '(1995年6月2日青石市人民政府令第23号公布)']) {
      const notice = page(note);
      expect(notice.issuer).toBe('青石市人民政府');
      expect(notice.signedDate).toBe('1995-06-02');
    }
  });

  it('names no issuer from a 题注 whose step names no organ', () => {
    expect(page('(1995年6月2日第23号令发布)').issuer).toBeNull();
  });
});

describe('a law database page headed by the name of the document the notice issues', () => {
  const page = (notice: string[]) =>
    parseNotice(
      [
        '青石市政务信息报送办法',
        '作者:法律资料网 时间:2024-07-06 00:54:58 浏览:310',
        '青石市政务信息报送办法',
        ...notice,
        '(青政办发〔2005〕12号)',
        '市政府各部门,市直各单位:',
        '现将《青石市政务信息报送办法》印发给你们,请遵照执行。',
        '二〇〇五年三月一日',
      ].join('\n'),
    );

  it("takes the notice's own 印发 title, not the page heading", () => {
    expect(page(['青石市人民政府办公室', '关于印发青石市政务信息报送办法的通知']).title).toBe('关于印发青石市政务信息报送办法的通知');
    expect(page(['青石市人民政府办公室关于印发青石市政务信息报送办法的通知']).title).toBe(
      '青石市人民政府办公室关于印发青石市政务信息报送办法的通知',
    );
    expect(page(['关于印发《青石市政务信息报送办法》的通知']).title).toBe('关于印发《青石市政务信息报送办法》的通知');
  });
});
