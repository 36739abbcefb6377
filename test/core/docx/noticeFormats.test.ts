import { beforeAll, describe, expect, it } from 'vitest';
import { noticeDocx } from '../../../electron/core/docx/noticeDocx';
import { orderNumber } from '../../../shared/drafting/noticeLayouts';
import { CHAR_WIDTH, LINE_PITCH, MM, PAGE, TYPE_AREA } from '../../../electron/core/docx/gbt9704';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { NOTICE_TEMPLATE, daningDraft } from '../../shared/drafting/draftFixtures';
import { attr, paragraphWith, paragraphs, readDocx, runs, type DocxParts } from './docxInspect';
import { convertAllWithLibreOffice, inOrder, type ConvertedPdf } from './libreOffice';

/** A short notice (the 正文's opening only) in the given format, with a 份号 and 紧急程度. */
function notice(layout: NoticeDocument['layout'], extra: Partial<NoticeDocument> = {}): NoticeDocument {
  const doc = draftToNoticeDocument({ ...daningDraft(), docNumber: '大政函〔2025〕3号' }, NOTICE_TEMPLATE);
  return { ...doc, body: doc.body.slice(0, 3), attachments: [], copyNumber: '000123', urgency: '特急', layout, ...extra };
}

const ATTENDANCE = {
  present: ['县长王志刚', '副县长李红梅', '县政府办公室主任赵六', '县应急局局长钱七', '县住建局局长孙八', '县交通局局长周九'],
  absent: ['副县长吴十'],
  attending: ['县委办副主任郑一'],
};

const AREA_TOP = PAGE.marginTop / MM;
const isPageNumber = (text: string) => /^—\d+—$/.test(text);

describe('信函格式 (GB/T 9704 §10.1)', () => {
  let docx: DocxParts;
  let pdf: ConvertedPdf;
  beforeAll(async () => {
    const bytes = await noticeDocx(notice('letter'));
    docx = await readDocx(bytes);
    [pdf] = convertAllWithLibreOffice([{ docx: bytes, name: 'letter' }]);
  });

  it('prints the organ’s name without 文件 in red, in a frame 30 mm from the page’s top over a red double line', () => {
    const mark = paragraphWith(docx.document, '大宁县人民政府');
    expect(mark.text).toBe('大宁县人民政府');
    expect(attr(runs(mark.xml)[0].props, 'color', 'val')).toBe('FF0000');
    expect(attr(mark.xml, 'framePr', 'vAnchor')).toBe('page');
    expect(attr(mark.xml, 'framePr', 'y')).toBe(String(Math.round(30 * MM)));
    expect(attr(mark.xml, 'framePr', 'w')).toBe(String(Math.round(170 * MM)));
    expect(attr(mark.xml, 'bottom', 'val')).toBe('thickThinSmallGap');
    expect(attr(mark.xml, 'bottom', 'color')).toBe('FF0000');
    expect(docx.document).not.toContain('文件');
  });

  it('draws the second double line 20 mm above the page’s foot, thin over thick', () => {
    const foot = paragraphs(docx.document).find((p) => attr(p.xml, 'framePr', 'y') === String(PAGE.height - Math.round(20 * MM)))!;
    expect(attr(foot.xml, 'top', 'val')).toBe('thickThinSmallGap');
    expect(attr(foot.xml, 'top', 'color')).toBe('FF0000');
  });

  it('puts the 份号 at the left and the 文号 at the right of the first line, without the red rule', () => {
    const first = paragraphWith(docx.document, '大政函〔2025〕3号');
    expect(runs(first.xml).map((r) => r.text)).toEqual(['000123', '', '大政函〔2025〕3号']);
    expect(attr(first.xml, 'tab', 'pos')).toBe(String(TYPE_AREA.width));
    expect(first.xml).not.toContain('<w:pBdr>');
    expect(paragraphs(docx.document).find((p) => p.text === '特急')).toBeDefined();
  });

  it('numbers no first page and leaves the 印发 line and the rules out of the 版记', () => {
    expect(attr(docx.document, 'titlePg', 'val') ?? 'true').not.toBe('false');
    expect(docx.document).toContain('<w:titlePg');
    expect(paragraphs(docx.footersByType.first)[0].text).toBe('');
    expect(docx.document).not.toContain('印发');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)![0];
    expect(attr(table, 'top', 'val')).toBe('none');
    expect(paragraphWith(table, '抄送：').text).toBe('抄送：县委办，县人大办，县政协办。');
  });

  it('lays out in LibreOffice: the mark near 30 mm, the 文号 below the double line, page 1 unnumbered', () => {
    expect(pdf.ok, pdf.log).toBe(true);
    expect(inOrder(pdf.text, ['000123', '大政函〔2025〕3号', '特急', '大宁县人民政府关于做好', '抄送：'])).toEqual({
      ok: true,
      missing: null,
    });
    const mark = pdf.lines.find((l) => l.page === 1 && l.text === '大宁县人民政府')!;
    expect(mark.top).toBeGreaterThan(28);
    expect(mark.top).toBeLessThan(32);
    const number = pdf.lines.find((l) => l.page === 1 && l.text.includes('大政函'))!;
    expect(number.top).toBeGreaterThan(mark.bottom + 4);
    expect(number.top).toBeLessThan(AREA_TOP + 22);
    expect(pdf.lines.filter((l) => l.page === 1 && isPageNumber(l.text))).toEqual([]);
    expect(pdf.lines.some((l) => l.page === pdf.pages && l.text.startsWith('抄送：'))).toBe(true);
  });
});

describe('纪要格式 (GB/T 9704 §10.3)', () => {
  let docx: DocxParts;
  let pdf: ConvertedPdf;
  beforeAll(async () => {
    const bytes = await noticeDocx(notice('minutes', { minutesMark: '大宁县人民政府常务会议纪要', attendance: ATTENDANCE, sealed: true }));
    docx = await readDocx(bytes);
    [pdf] = convertAllWithLibreOffice([{ docx: bytes, name: 'minutes' }]);
  });

  it('prints the 纪要标志 in red, centred, 35 mm below the type area’s top', () => {
    const mark = paragraphWith(docx.document, '常务会议纪要');
    expect(mark.text).toBe('大宁县人民政府常务会议纪要');
    expect(attr(mark.xml, 'jc', 'val')).toBe('center');
    expect(attr(runs(mark.xml)[0].props, 'color', 'val')).toBe('FF0000');
    expect(Number(attr(mark.xml, 'spacing', 'before'))).toBe(Math.round(35 * MM) - 2 * LINE_PITCH);
  });

  it('lists 出席, 请假 and 列席 with 黑体 labels, names in 仿宋 aligned after the colon', () => {
    const present = paragraphWith(docx.document, '出席：');
    const [label, names] = runs(present.xml);
    expect(label.text).toBe('出席：');
    expect(attr(label.props, 'rFonts', 'eastAsia')).toBe('黑体');
    expect(names.text).toBe(ATTENDANCE.present.join('、'));
    expect(attr(names.props, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(Number(attr(present.xml, 'ind', 'left')) - Number(attr(present.xml, 'ind', 'hanging'))).toBe(2 * CHAR_WIDTH);
    const all = paragraphs(docx.document).map((p) => p.text);
    expect(all.indexOf('请假：副县长吴十')).toBe(all.indexOf(present.text) + 1);
    expect(all.indexOf('列席：县委办副主任郑一')).toBe(all.indexOf(present.text) + 2);
    expect(all[all.indexOf(present.text) - 1]).toBe('');
  });

  it('has no 署名 and no room for a seal', () => {
    const all = paragraphs(docx.document).map((p) => p.text);
    const date = all.indexOf('2025年4月20日');
    // One blank line above the date, not the two a seal needs.
    expect([all[date - 2], all[date - 1]]).toEqual(['列席：县委办副主任郑一', '']);
    expect(all.filter((t) => t === '大宁县人民政府')).toEqual([]);
  });

  it('lays out in LibreOffice: the mark, the lists with wrapped names aligned, the 版记', () => {
    expect(pdf.ok, pdf.log).toBe(true);
    expect(
      inOrder(pdf.text, ['大宁县人民政府常务会议纪要', '大政函〔2025〕3号', '出席：县长王志刚', '请假：副县长吴十', '列席：', '抄送：']),
    ).toEqual({
      ok: true,
      missing: null,
    });
    const present = pdf.lines.find((l) => l.text.startsWith('出席：'))!;
    const wrapped = pdf.lines[pdf.lines.indexOf(present) + 1];
    expect(Math.abs(wrapped.left - (present.left + 3 * (CHAR_WIDTH / MM)))).toBeLessThan(1);
  });
});

describe('命令（令）格式 (GB/T 9704 §10.2)', () => {
  let docx: DocxParts;
  let pdf: ConvertedPdf;
  beforeAll(async () => {
    const bytes = await noticeDocx(notice('order', { docNumber: '大政令〔2025〕3号', signer: '县长 张三' }));
    docx = await readDocx(bytes);
    [pdf] = convertAllWithLibreOffice([{ docx: bytes, name: 'order' }]);
  });

  it('prints the 令 mark in red 20 mm below the type area’s top, the 令号 two lines under it, the 正文 two lines further', () => {
    const all = paragraphs(docx.document);
    const markAt = all.findIndex((p) => p.text === '大宁县人民政府令');
    expect(Number(attr(all[markAt].xml, 'spacing', 'before'))).toBe(Math.round(20 * MM));
    expect(attr(runs(all[markAt].xml)[0].props, 'color', 'val')).toBe('FF0000');
    expect(all.slice(markAt + 1, markAt + 6).map((p) => p.text)).toEqual(['', '', '第3号', '', '']);
    expect(all[markAt + 6].text.startsWith('为认真贯彻落实')).toBe(true);
    expect(docx.document).not.toContain('<w:pBdr>');
  });

  it('closes with the 职务 and 签名章 4 字 from the right two lines under the 正文, the date one line below', () => {
    const all = paragraphs(docx.document);
    const signAt = all.findIndex((p) => p.text.endsWith('张三'));
    expect(runs(all[signAt].xml).map((r) => r.text)).toEqual(['县长', '　　', '张三']);
    expect(attr(runs(all[signAt].xml)[2].props, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    expect(Number(attr(all[signAt].xml, 'ind', 'right'))).toBe(4 * CHAR_WIDTH);
    expect([all[signAt - 1].text, all[signAt - 2].text, all[signAt + 1].text]).toEqual(['', '', '']);
    expect(all[signAt + 2].text).toBe('2025年4月20日');
    expect(Number(attr(all[signAt + 2].xml, 'ind', 'right'))).toBe(4 * CHAR_WIDTH);
  });

  it('lays out in LibreOffice: the mark about 20 mm into the type area, then 第3号, the 正文 and the close', () => {
    expect(pdf.ok, pdf.log).toBe(true);
    expect(inOrder(pdf.text, ['大宁县人民政府令', '第3号', '为认真贯彻落实', '县长张三', '2025年4月20日', '抄送：'])).toEqual({
      ok: true,
      missing: null,
    });
    const mark = pdf.lines.find((l) => l.text === '大宁县人民政府令')!;
    expect(Math.abs(mark.top - (AREA_TOP + 20))).toBeLessThan(2);
  });
});

describe('the 版记 of each format on an even last page, in LibreOffice', () => {
  const line = '各乡镇要认真落实安全生产责任制度加强隐患排查治理工作';
  const layouts = ['letter', 'minutes', 'order'] as const;
  const lengths = [9, 10, 20, 30, 31, 32, 53, 54];
  let pdfs: Array<{ name: string; pdf: ConvertedPdf }>;
  beforeAll(async () => {
    const docs: Array<{ docx: Buffer; name: string }> = [];
    for (const layout of layouts) {
      for (const n of lengths) {
        const body = Array.from({ length: n }, () => ({ kind: 'paragraph' as const, text: line }));
        const doc = notice(layout, { body, copyNumber: null, urgency: null, attendance: ATTENDANCE, signer: '县长 张三' });
        docs.push({ docx: await noticeDocx(doc), name: `${layout}-${n}` });
      }
    }
    pdfs = convertAllWithLibreOffice(docs).map((pdf, i) => ({ name: docs[i].name, pdf }));
  }, 600_000);

  it('ends every one with the 抄送 alone at the foot of an even last page, the 附注 no more than a blank page before it', () => {
    for (const { name, pdf } of pdfs) {
      expect(pdf.ok, `${name}: ${pdf.log}`).toBe(true);
      const cc = pdf.lines.find((l) => l.text.startsWith('抄送：'))!;
      const remark = pdf.lines.find((l) => l.text === '（此件公开发布）')!;
      expect([name, pdf.pages % 2, cc.page]).toEqual([name, 0, pdf.pages]);
      expect(pdf.pages - remark.page, name).toBeLessThanOrEqual(2);
      // A blank page comes only after a page the text fills.
      if (pdf.pages - remark.page === 2) expect(remark.bottom, name).toBeGreaterThan(PAGE.marginTop / MM + 19 * (LINE_PITCH / MM));
    }
  });
});

describe('the 令号', () => {
  it('writes 第N号 from the 文号’s serial', () => {
    expect(orderNumber('大政令〔2025〕3号')).toBe('第3号');
    expect(orderNumber('第12号')).toBe('第12号');
    expect(orderNumber(null)).toBeNull();
  });
});
