import { beforeAll, describe, expect, it } from 'vitest';
import { issuerMarkLayout, noticeDocx, signatureIndents } from '../../../electron/core/docx/noticeDocx';
import {
  CHAR_SPACE,
  CHAR_SPACING,
  CHAR_WIDTH,
  LINE_PITCH,
  MM,
  PAGE,
  RED_RULE_GAP_PT,
  TYPE_AREA,
} from '../../../electron/core/docx/gbt9704';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { NOTICE_TEMPLATE, daningDraft } from '../../shared/drafting/draftFixtures';
import { attr, paragraphWith, paragraphs, readDocx, runs, type DocxParts } from './docxInspect';
import { convertWithLibreOffice, inOrder, type ConvertedPdf, type RenderedLine } from './libreOffice';

function daningNotice(): NoticeDocument {
  const draft = {
    ...daningDraft(),
    docNumber: '大政发〔2025〕3号',
    attachments: ['大宁县2025年安全生产重点工作任务分工方案', '大宁县安全生产责任清单'],
  };
  return draftToNoticeDocument(draft, NOTICE_TEMPLATE);
}

const styleXml = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];

/** The type area's edges and the grid pitch, in millimetres from the page's top left. */
const AREA = {
  top: PAGE.marginTop / MM,
  bottom: (PAGE.marginTop + TYPE_AREA.height) / MM,
  left: PAGE.marginLeft / MM,
  right: (PAGE.marginLeft + TYPE_AREA.width) / MM,
  pitch: LINE_PITCH / MM,
};

const isPageNumber = (line: RenderedLine) => /^—\d+—$/.test(line.text);
const bodyLinesOf = (pdf: ConvertedPdf, page: number) =>
  pdf.lines.filter((l) => l.page === page && !isPageNumber(l) && l.top >= AREA.top && l.bottom <= AREA.bottom + 1);

describe('a notice laid out to GB/T 9704-2012', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await readDocx(await noticeDocx(daningNotice()));
  });

  it('is A4 with margins of 37, 28, 26 and 35 mm', () => {
    expect(attr(docx.document, 'pgSz', 'w')).toBe('11906');
    expect(attr(docx.document, 'pgSz', 'h')).toBe('16838');
    expect(attr(docx.document, 'pgMar', 'top')).toBe(String(PAGE.marginTop));
    expect(attr(docx.document, 'pgMar', 'left')).toBe('1587');
    expect(attr(docx.document, 'pgMar', 'right')).toBe('1474');
    expect(attr(docx.document, 'pgMar', 'bottom')).toBe('1984');
  });

  it('declares the 公文 templates’ grid of 22 lines of 28 characters', () => {
    expect(attr(docx.document, 'docGrid', 'type')).toBe('linesAndChars');
    expect(attr(docx.document, 'docGrid', 'linePitch')).toBe('579');
    expect(attr(docx.document, 'docGrid', 'charSpace')).toBe('-842');
    expect(Math.floor(TYPE_AREA.height / LINE_PITCH)).toBe(22);
    expect(Math.floor(TYPE_AREA.width / 20 / (16 + CHAR_SPACE / 4096))).toBe(28);
  });

  it('sets 3号 text off that grid, in exact 579-twip lines and characters 0.3 pt narrower', () => {
    const normal = styleXml(docx.styles, 'Normal');
    expect(normal).toContain('<w:snapToGrid w:val="0"/>');
    expect(normal).toContain('<w:widowControl w:val="0"/>');
    expect(normal).toContain('<w:adjustRightInd w:val="0"/>');
    expect(normal).toMatch(/<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
    expect(attr(/<w:rPr>[\s\S]*<\/w:rPr>/.exec(normal)![0], 'spacing', 'val')).toBe('-6');
    expect(attr(normal, 'sz', 'val')).toBe('32');
    // Body paragraphs take all of this from Normal and do not turn snapping back on.
    const body = paragraphWith(docx.document, '（一）强化理论武装。');
    expect(body.xml).not.toContain('<w:pStyle');
    expect(body.xml).not.toContain('snapToGrid');
    expect(body.xml).not.toContain('<w:spacing');
  });

  it('fits 28 characters, not 29, to a line and 22 lines, not 23, to a page, in Word and in LibreOffice', () => {
    expect(CHAR_WIDTH).toBe(320 + CHAR_SPACING);
    expect(28 * CHAR_WIDTH).toBeLessThanOrEqual(TYPE_AREA.width);
    expect(29 * CHAR_WIDTH).toBeGreaterThan(TYPE_AREA.width);
    // LibreOffice narrows the line to 28 cells of the grid as it reads it: 16 pt plus charSpace cut
    // to whole twips, each kept in 1/100 mm; it keeps character spacing in 1/100 mm too.
    const mm100 = (twips: number) => Math.round((twips * 2540) / 1440);
    const cell = mm100(320) + mm100(Math.floor((CHAR_SPACE * 20) / 4096));
    const advance = (320 * 2540) / 1440 + mm100(CHAR_SPACING);
    expect(28 * advance).toBeLessThanOrEqual(28 * cell);
    expect(22 * LINE_PITCH).toBeLessThanOrEqual(TYPE_AREA.height);
    expect(23 * LINE_PITCH).toBeGreaterThan(TYPE_AREA.height);
  });

  it('writes its default text as black 3号 仿宋 with East Asian and Latin font names', () => {
    const normal = styleXml(docx.styles, 'Normal');
    expect(attr(normal, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(normal, 'rFonts', 'ascii')).toBe('Times New Roman');
    expect(attr(normal, 'rFonts', 'hAnsi')).toBe('Times New Roman');
    expect(attr(normal, 'color', 'val')).toBe('000000');
  });

  it('keeps the 标志, 标题 and 版记 at their fonts’ natural width', () => {
    const natural = styleXml(docx.styles, 'Natural');
    expect(attr(natural, 'basedOn', 'val')).toBe('Normal');
    expect(attr(natural, 'spacing', 'val')).toBe('0');
    for (const text of ['大宁县人民政府文件', '大宁县人民政府关于做好', '抄送：', '2025年4月20日印发']) {
      expect(attr(paragraphWith(docx.document, text).xml, 'pStyle', 'val')).toBe('Natural');
    }
  });

  it('names a fallback for each font in the font table', () => {
    expect(docx.fontTable).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(docx.fontTable).toMatch(/w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    expect(docx.fontTable).toMatch(/w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it('prints the 发文机关标志 in red 小标宋, 35 mm below the top of the type area', () => {
    const mark = paragraphWith(docx.document, '大宁县人民政府文件');
    const [run] = runs(mark.xml);
    expect(attr(run.props, 'color', 'val')).toBe('FF0000');
    expect(attr(run.props, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    expect(Number(attr(run.props, 'sz', 'val'))).toBeGreaterThanOrEqual(88);
    expect(attr(mark.xml, 'jc', 'val')).toBe('center');
    expect(Number(attr(mark.xml, 'spacing', 'before'))).toBe(Math.round((35 * 1440) / 25.4));
  });

  it('centres the 文号 two lines below the mark, over a red rule', () => {
    const all = paragraphs(docx.document);
    const markIndex = all.findIndex((p) => p.text === '大宁县人民政府文件');
    expect(all[markIndex + 1].text).toBe('');
    expect(all[markIndex + 2].text).toBe('');
    const docNumber = all[markIndex + 3];
    expect(docNumber.text).toBe('大政发〔2025〕3号');
    expect(attr(docNumber.xml, 'jc', 'val')).toBe('center');
    const rule = /<w:pBdr>[\s\S]*?<\/w:pBdr>/.exec(docNumber.xml)![0];
    expect(attr(rule, 'bottom', 'color')).toBe('FF0000');
    expect(attr(rule, 'bottom', 'space')).toBe(String(RED_RULE_GAP_PT));
    expect(all[markIndex + 4].text).toBe('');
    expect(all[markIndex + 5].text).toBe('');
  });

  it('sets the 标题 in 2号 小标宋, centred, broken into whole words', () => {
    const title = paragraphWith(docx.document, '大宁县人民政府关于做好');
    expect(attr(title.xml, 'jc', 'val')).toBe('center');
    const titleRuns = runs(title.xml);
    expect(titleRuns.map((r) => r.text).join('')).toBe('大宁县人民政府关于做好2025年全县安全生产工作的通知');
    for (const r of titleRuns) {
      expect(attr(r.props, 'sz', 'val')).toBe('44');
      expect(attr(r.props, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    }
    expect(titleRuns.length).toBe(2);
    expect(title.xml).toContain('<w:br/>');
    expect(titleRuns[1].text.startsWith('2025年')).toBe(true);
  });

  it('addresses the 主送 flush left, ending in a full-width colon', () => {
    const recipients = paragraphWith(docx.document, '各乡镇，县直各部门：');
    expect(recipients.xml).not.toContain('<w:ind');
  });

  it('indents body paragraphs 2 字 and sets 一、 in 黑体 and （一） in 楷体', () => {
    const section = paragraphWith(docx.document, '一、压实安全责任');
    expect(attr(section.xml, 'ind', 'firstLine')).toBe(String(2 * CHAR_WIDTH));
    expect(attr(section.xml, 'ind', 'firstLineChars')).toBeNull();
    expect(attr(runs(section.xml)[0].props, 'rFonts', 'eastAsia')).toBe('黑体');
    const clause = paragraphWith(docx.document, '（一）强化理论武装。');
    const [heading, rest] = runs(clause.xml);
    expect(heading.text).toBe('（一）强化理论武装。');
    expect(attr(heading.props, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    expect(rest.text.startsWith('各级各部门')).toBe(true);
    expect(rest.props).not.toContain('w:eastAsia="楷体');
    expect(attr(clause.xml, 'ind', 'firstLine')).toBe('628');
    expect(attr(clause.xml, 'jc', 'val')).toBe('both');
  });

  it('lists attachments after 附件： with wrapped names aligned', () => {
    const first = paragraphWith(docx.document, '附件：1．');
    const second = paragraphWith(docx.document, '2．大宁县安全生产责任清单');
    expect(attr(first.xml, 'ind', 'left')).toBe(attr(second.xml, 'ind', 'left'));
  });

  it('places 署名 and 成文日期 without a seal: right-aligned, the date 2 字 right of the 署名', () => {
    const all = paragraphs(docx.document);
    const signatureAt = all.findIndex((p) => p.text === '大宁县人民政府');
    const date = all[signatureAt + 1];
    expect(date.text).toBe('2025年4月20日');
    expect(all[signatureAt - 1].text).toBe('');
    expect(attr(all[signatureAt].xml, 'jc', 'val')).toBe('right');
    expect(attr(date.xml, 'jc', 'val')).toBe('right');
    expect(Number(attr(all[signatureAt].xml, 'ind', 'right'))).toBe(Math.round(4.75 * CHAR_WIDTH));
    expect(Number(attr(date.xml, 'ind', 'right'))).toBe(2 * CHAR_WIDTH);
    expect(all[signatureAt + 2].text).toBe('（此件公开发布）');
  });

  it('keeps the last lines of 正文, 附件说明, 署名, 成文日期 and 附注 together on one page', () => {
    const all = paragraphs(docx.document);
    const signatureAt = all.findIndex((p) => p.text === '大宁县人民政府');
    const attachmentAt = all.findIndex((p) => p.text.startsWith('附件：'));
    const kept = (i: number) => /<w:keepNext\/>/.test(all[i].xml);
    // The last body paragraph, the blank line, the attachments, the blank line, 署名 and 成文日期 hold to what follows.
    for (let i = attachmentAt - 2; i <= signatureAt + 1; i++) expect(kept(i), all[i].text).toBe(true);
    expect(kept(attachmentAt - 3)).toBe(false);
    expect(kept(signatureAt + 2)).toBe(false);
  });

  it('puts the 版记 between thick rules with a thin rule inside, in 4号, floating at the foot of the type area', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)![0];
    // Anchored to the page at the left margin, not centred on the margins: see recordBlock.
    expect(attr(table, 'tblpPr', 'horzAnchor')).toBe('page');
    expect(attr(table, 'tblpPr', 'tblpX')).toBe(String(PAGE.marginLeft));
    expect(attr(table, 'tblpPr', 'vertAnchor')).toBe('margin');
    expect(attr(table, 'tblpPr', 'tblpYSpec')).toBe('bottom');
    expect(attr(table, 'tblW', 'w')).toBe(String(TYPE_AREA.width));
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)![0];
    expect(attr(borders, 'top', 'sz')).toBe('8');
    expect(attr(borders, 'bottom', 'sz')).toBe('8');
    expect(attr(borders, 'insideH', 'sz')).toBe('6');
    const cc = paragraphWith(table, '抄送：');
    expect(cc.text).toBe('抄送：县委办，县人大办，县政协办。');
    expect(attr(runs(cc.xml)[0].props, 'sz', 'val')).toBe('28');
    const printer = paragraphWith(table, '印发');
    expect(printer.text).toBe('大宁县人民政府办公室2025年4月20日印发');
    expect(runs(printer.xml).map((r) => r.text)).toEqual(['大宁县人民政府办公室', '', '2025年4月20日印发']);
    expect(printer.xml).toMatch(/<w:r><w:rPr>[\s\S]*?<\/w:rPr><w:tab\/><\/w:r>/);
    expect(attr(printer.xml, 'tab', 'val')).toBe('right');
    expect(attr(printer.xml, 'tab', 'pos')).toBe(String(TYPE_AREA.width - 280));
    // Two grid lines in all: the last line gives up the rules (1 + 1 + 0.75 pt) and the sliver below line 22.
    const rules = ((8 + 8 + 6) * 20) / 8;
    const sliver = TYPE_AREA.height - 22 * LINE_PITCH;
    expect(LINE_PITCH + Number(attr(printer.xml, 'spacing', 'line')) + Math.ceil(rules) + sliver).toBe(2 * LINE_PITCH);
    expect(attr(printer.xml, 'spacing', 'lineRule')).toBe('exact');
  });

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left, 1 字 in', () => {
    expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
    const { default: odd, even } = docx.footersByType;
    expect(attr(odd, 'jc', 'val')).toBe('right');
    expect(attr(odd, 'ind', 'right')).toBe('280');
    expect(attr(even, 'jc', 'val')).toBe('left');
    expect(attr(even, 'ind', 'left')).toBe('280');
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/PAGE/);
      expect(paragraphs(footer)[0].text).toBe('—  —');
      expect(attr(footer, 'rFonts', 'eastAsia')).toBe('宋体');
      expect(attr(footer, 'sz', 'val')).toBe('28');
    }
  });
});

describe('the notice as LibreOffice lays it out', () => {
  let pdf: ConvertedPdf;
  beforeAll(async () => {
    pdf = convertWithLibreOffice(await noticeDocx(daningNotice()), 'notice');
  });

  it('opens with its elements in order', () => {
    expect(pdf.ok, pdf.log).toBe(true);
    const order = inOrder(pdf.text, [
      '大宁县人民政府文件',
      '大政发〔2025〕3号',
      '大宁县人民政府关于做好2025年全县安全生产工作的通知',
      '各乡镇，县直各部门：',
      '为认真贯彻落实《太原市人民政府关于做好2025年安全生产工作的通知》（并政发〔2025〕1号）',
      '一、压实安全责任',
      '（一）强化理论武装。',
      '（二十四）依法依规追责问责。',
      '各乡镇、县直各部门要按照本通知要求',
      '附件：1．大宁县2025年安全生产重点工作任务分工方案',
      '大宁县人民政府',
      '2025年4月20日',
      '（此件公开发布）',
      '抄送：县委办，县人大办，县政协办。',
      '大宁县人民政府办公室',
      '2025年4月20日印发',
    ]);
    expect(order).toEqual({ ok: true, missing: null });
  });

  it('sets 28 characters on a full line of 正文', () => {
    // Lines that run from margin to margin and hold only Chinese text and punctuation (digits and
    // Latin letters are narrower, and a number is not broken from the word before it): 27 where a
    // line may not end or begin with the next character, 29 where a closing mark hangs past the margin.
    const full = pdf.lines.filter((l, i) => {
      const next = pdf.lines[i + 1];
      const chineseOnly = !/[0-9A-Za-z]/.test(l.text) && !(next && /^[0-9A-Za-z]/.test(next.text));
      return l.page > 1 && !isPageNumber(l) && Math.abs(l.left - AREA.left) < 1 && l.right > AREA.right - 2 && chineseOnly;
    });
    expect(full.length).toBeGreaterThan(100);
    const lengths = full.map((l) => Array.from(l.text).length);
    expect(lengths.filter((n) => n < 27 || n > 29)).toEqual([]);
    expect(lengths.filter((n) => n === 28).length / lengths.length).toBeGreaterThan(0.8);
  });

  it('fills every page of 正文 with 22 lines, one pitch apart, but where the closing block could not fit', () => {
    // The last 正文 paragraph is kept with 附件说明, 署名, 成文日期 and 附注 and goes down with them
    // whole, so the page before them may end early, by no more than they need.
    const closing = pdf.lines.find((l) => l.text.startsWith('各乡镇、县直各部门要按照本通知要求'))!;
    const remark = pdf.lines.find((l) => l.text === '（此件公开发布）')!;
    expect(remark.page).toBe(closing.page);
    expect(closing.page).toBeGreaterThan(2);
    for (let page = 2; page < closing.page; page++) {
      const lines = bodyLinesOf(pdf, page);
      const gaps = lines.slice(1).map((l, i) => l.top - lines[i].top);
      for (const gap of gaps) expect(gap).toBeCloseTo(AREA.pitch, 0);
      expect(lines[0].top).toBeGreaterThanOrEqual(AREA.top);
      if (page < closing.page - 1) expect(lines, `page ${page}`).toHaveLength(22);
    }
    const before = bodyLinesOf(pdf, closing.page - 1).length;
    const opensPage = bodyLinesOf(pdf, closing.page)[0] === closing;
    const kept = Math.round((remark.top - closing.top) / AREA.pitch) + 1;
    if (opensPage) expect(before + kept, `page ${closing.page - 1}`).toBeGreaterThan(22);
    else expect(before, `page ${closing.page - 1}`).toBe(22);
    expect(before).toBeLessThanOrEqual(22);
  });

  it('shows the body 2 字 in from the left margin and wrapped lines flush left', () => {
    const first = pdf.lines.find((l) => l.text.startsWith('一、压实安全责任'))!;
    expect(first.left - AREA.left).toBeCloseTo((2 * CHAR_WIDTH) / MM, 0);
    const wrapped = pdf.lines.find((l) => l.text.startsWith('（一）强化理论武装'))!;
    const next = pdf.lines[pdf.lines.indexOf(wrapped) + 1];
    expect(Math.abs(next.left - AREA.left)).toBeLessThan(1);
  });

  it('numbers odd pages on the right and even pages on the left, below the type area', () => {
    const numbers = pdf.lines.filter(isPageNumber);
    expect(numbers).toHaveLength(pdf.pages);
    const oneChar = (14 * 20) / MM;
    for (const n of numbers) {
      expect(n.top).toBeGreaterThan(AREA.bottom);
      if (n.page % 2 === 1) expect(AREA.right - n.right).toBeCloseTo(oneChar, 0);
      else expect(n.left - AREA.left).toBeCloseTo(oneChar, 0);
    }
  });

  it('puts the 版记 on the last lines of the last page', () => {
    const last = pdf.lines.filter((l) => l.page === pdf.pages && !isPageNumber(l));
    const printer = last.find((l) => l.text.endsWith('印发'))!;
    const cc = last.find((l) => l.text.startsWith('抄送：'))!;
    const remark = last.find((l) => l.text === '（此件公开发布）')!;
    expect(printer.top).toBeGreaterThan(AREA.bottom - AREA.pitch);
    expect(printer.bottom).toBeLessThanOrEqual(AREA.bottom);
    expect(cc.top).toBeGreaterThan(AREA.bottom - 2 * AREA.pitch);
    expect(cc.bottom).toBeLessThanOrEqual(printer.top + 1);
    expect(cc.top - remark.bottom).toBeGreaterThan(AREA.pitch);
  });
});

describe('the 版记 of a short last page in LibreOffice', () => {
  /** A notice whose 正文 is `count` paragraphs of one line each. */
  function oneLineParagraphs(count: number): NoticeDocument {
    const line = '各乡镇要认真落实安全生产责任制度加强隐患排查治理工作';
    expect(Array.from(line)).toHaveLength(26);
    return { ...daningNotice(), attachments: [], body: Array.from({ length: count }, () => ({ kind: 'paragraph' as const, text: line })) };
  }

  /** The grid line (1 to 22) a rendered line sits on, from where its box ends. */
  const gridLine = (line: RenderedLine) => Math.round((line.bottom - AREA.top) / AREA.pitch);

  it('fits under a 附注 on the 20th line of an even page', async () => {
    const pdf = convertWithLibreOffice(await noticeDocx(oneLineParagraphs(45 + 22)), 'short-notice');
    expect(pdf.ok, pdf.log).toBe(true);
    const remark = pdf.lines.find((l) => l.text === '（此件公开发布）')!;
    expect([remark.page, gridLine(remark)]).toEqual([4, 20]);
    const cc = pdf.lines.find((l) => l.text.startsWith('抄送：'))!;
    const printer = pdf.lines.find((l) => l.text.endsWith('印发'))!;
    expect([cc.page, printer.page]).toEqual([remark.page, remark.page]);
    expect([gridLine(cc), gridLine(printer)]).toEqual([21, 22]);
    expect(printer.bottom).toBeLessThanOrEqual(AREA.bottom);
  });

  it('moves to the foot of the next even page when the 附注 is on the 21st line, leaving a blank page', async () => {
    const pdf = convertWithLibreOffice(await noticeDocx(oneLineParagraphs(46 + 22)), 'full-notice');
    expect(pdf.ok, pdf.log).toBe(true);
    const remark = pdf.lines.find((l) => l.text === '（此件公开发布）')!;
    expect([remark.page, gridLine(remark)]).toEqual([4, 21]);
    const printer = pdf.lines.find((l) => l.text.endsWith('印发'))!;
    expect(printer.page).toBe(6);
    expect(pdf.pages).toBe(6);
    // The blank page and the 版记 page after it carry no page number (§7.5).
    expect(pdf.lines.filter((l) => l.page >= 5 && l !== printer && !l.text.startsWith('抄送'))).toEqual([]);
    expect(gridLine(printer)).toBe(22);
  });

  it('moves to the foot of the next page when the text ends on an odd page', async () => {
    const pdf = convertWithLibreOffice(await noticeDocx(oneLineParagraphs(45)), 'odd-notice');
    expect(pdf.ok, pdf.log).toBe(true);
    const remark = pdf.lines.find((l) => l.text === '（此件公开发布）')!;
    expect(remark.page).toBe(3);
    const printer = pdf.lines.find((l) => l.text.endsWith('印发'))!;
    expect([printer.page, pdf.pages]).toEqual([4, 4]);
    expect(gridLine(printer)).toBe(22);
  });
});

describe('a sealed notice and an upward one', () => {
  it('puts the date 4 字 from the right with the 署名 centred over it and room for the seal', async () => {
    const doc = await readDocx(await noticeDocx({ ...daningNotice(), sealed: true }));
    const all = paragraphs(doc.document);
    const signatureAt = all.findIndex((p) => p.text === '大宁县人民政府');
    expect([all[signatureAt - 1].text, all[signatureAt - 2].text]).toEqual(['', '']);
    expect(Number(attr(all[signatureAt + 1].xml, 'ind', 'right'))).toBe(4 * CHAR_WIDTH);
    // 大宁县人民政府 (7 字) over 2025年4月20日 (7¾ 字 with the gaps around the digits): 4 + ¾ ÷ 2 字 in.
    expect(Number(attr(all[signatureAt].xml, 'ind', 'right'))).toBe(Math.round(4.375 * CHAR_WIDTH));
  });

  it('moves the 文号 left and puts 签发人 on its right, the name in 楷体', async () => {
    const doc = await readDocx(await noticeDocx({ ...daningNotice(), signer: '张三' }));
    const line = paragraphWith(doc.document, '签发人：');
    expect(line.text).toBe('大政发〔2025〕3号签发人：张三');
    expect(Number(attr(line.xml, 'ind', 'left'))).toBe(CHAR_WIDTH);
    expect(attr(runs(line.xml).at(-1)!.props, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    expect(line.xml).toContain('<w:pBdr>');
  });
});

describe('layout rules', () => {
  it('sizes the mark to fit the type area and stacks a joint mark with 文件 beside the names', () => {
    expect(issuerMarkLayout('大宁县人民政府文件')).toEqual({ lines: ['大宁县人民政府文件'], size: 48, suffix: null });
    const joint = issuerMarkLayout('中共大宁县委办公室 大宁县人民政府办公室文件');
    expect(joint.lines).toEqual(['中共大宁县委办公室', '大宁县人民政府办公室']);
    expect(joint.suffix).toBe('文件');
    // The longer name and 文件 beside it fit the 442 pt line.
    expect(joint.size * (10 + 2.5)).toBeLessThanOrEqual(442);
  });

  it('lays a joint mark out in LibreOffice: names stacked, 文件 to their right between them, the block centred', async () => {
    const doc = { ...daningNotice(), issuerMark: '中共大宁县委办公室 大宁县人民政府办公室文件' };
    const pdf = convertWithLibreOffice(await noticeDocx(doc), 'joint-mark');
    expect(pdf.ok, pdf.log).toBe(true);
    const first = pdf.lines.find((l) => l.text.replace(/\s/g, '').startsWith('中共大宁县委办公室'))!;
    const second = pdf.lines.find((l) => l.text.replace(/\s/g, '').startsWith('大宁县人民政府办公室'))!;
    expect(second.top).toBeGreaterThan(first.top + 5);
    // 文件 sits between the two name lines (pdftotext joins it to one of them or gives it its own line).
    const suffixLine = pdf.lines.find((l) => l.page === 1 && l.text.includes('文件'))!;
    expect(suffixLine.right).toBeGreaterThan(Math.max(first.right, second.right) - 1);
    expect(Math.abs(first.left - second.left)).toBeLessThan(1);
    const blockCentre = (first.left + suffixLine.right) / 2;
    expect(Math.abs(blockCentre - (AREA.left + AREA.right) / 2)).toBeLessThan(4);
  });

  it('moves the 署名 left when the date is the longer line', () => {
    expect(signatureIndents('大宁县人民政府', '2025年4月20日')).toEqual({ signature: 4.75, date: 2 });
  });

  it('keeps the 署名 2 字 from the edge when it is the longer line', () => {
    const indents = signatureIndents('中共大宁县委办公室大宁县人民政府办公室', '2025年4月3日');
    expect(indents.signature).toBe(2);
    expect(indents.date).toBeGreaterThan(2);
  });

  it('leaves out what the template or the draft does not have', async () => {
    const bare: NoticeDocument = {
      ...daningNotice(),
      issuerMark: null,
      docNumber: null,
      cc: [],
      printer: null,
      printedDate: null,
      pageNumbers: false,
      attachments: [],
    };
    const docx = await readDocx(await noticeDocx(bare));
    expect(docx.document).not.toContain('大宁县人民政府文件');
    expect(docx.document).not.toContain('<w:tbl>');
    expect(docx.footers).toHaveLength(0);
  });
});
