import { beforeAll, describe, expect, it } from 'vitest';
import { noticeDocx } from '../../../electron/core/docx/noticeDocx';
import { orderNumber } from '../../../electron/core/docx/noticeFormats';
import { MM, PAGE, TYPE_AREA } from '../../../electron/core/docx/gbt9704';
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

describe('--layout through the rules for a 令号', () => {
  it('writes 第N号 from the 文号’s serial', () => {
    expect(orderNumber('大政令〔2025〕3号')).toBe('第3号');
    expect(orderNumber('第12号')).toBe('第12号');
    expect(orderNumber(null)).toBeNull();
  });
});
