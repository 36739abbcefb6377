import { beforeAll, describe, expect, it } from 'vitest';
import { issuerMarkLayout, noticeDocx, signatureIndents } from '../../../electron/core/docx/noticeDocx';
import { CHAR_SPACE, LINE_PITCH, PAGE } from '../../../electron/core/docx/gbt9704';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { NOTICE_TEMPLATE, daningDraft } from '../../shared/drafting/draftFixtures';
import { attr, paragraphWith, paragraphs, readDocx, runs, type DocxParts } from './docxInspect';
import { convertWithLibreOffice, inOrder } from './libreOffice';

function daningNotice(): NoticeDocument {
  const draft = {
    ...daningDraft(),
    docNumber: '大政发〔2025〕3号',
    attachments: ['大宁县2025年安全生产重点工作任务分工方案', '大宁县安全生产责任清单'],
  };
  return draftToNoticeDocument(draft, NOTICE_TEMPLATE);
}

describe('a notice laid out to GB/T 9704-2012', () => {
  let buffer: Buffer;
  let docx: DocxParts;
  beforeAll(async () => {
    buffer = await noticeDocx(daningNotice());
    docx = await readDocx(buffer);
  });

  it('is A4 with margins of 37, 28, 26 and 35 mm', () => {
    expect(attr(docx.document, 'pgSz', 'w')).toBe('11906');
    expect(attr(docx.document, 'pgSz', 'h')).toBe('16838');
    expect(attr(docx.document, 'pgMar', 'top')).toBe(String(PAGE.marginTop));
    expect(attr(docx.document, 'pgMar', 'left')).toBe('1587');
    expect(attr(docx.document, 'pgMar', 'right')).toBe('1474');
    expect(attr(docx.document, 'pgMar', 'bottom')).toBe('1984');
  });

  it('has a grid of 22 lines of 28 characters', () => {
    expect(attr(docx.document, 'docGrid', 'type')).toBe('linesAndChars');
    expect(attr(docx.document, 'docGrid', 'linePitch')).toBe('579');
    expect(Number(attr(docx.document, 'docGrid', 'charSpace'))).toBe(CHAR_SPACE);
    const typeArea = PAGE.height - PAGE.marginTop - PAGE.marginBottom;
    expect(Math.floor(typeArea / LINE_PITCH)).toBe(22);
    const width = (PAGE.width - PAGE.marginLeft - PAGE.marginRight) / 20;
    expect(Math.floor(width / (16 + CHAR_SPACE / 4096))).toBe(28);
  });

  it('writes its default text as 3号 仿宋 with East Asian and Latin font names', () => {
    const normal = /<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(docx.styles)![0];
    expect(attr(normal, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(normal, 'rFonts', 'ascii')).toBe('Times New Roman');
    expect(attr(normal, 'rFonts', 'hAnsi')).toBe('Times New Roman');
    expect(attr(normal, 'sz', 'val')).toBe('32');
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
    expect(attr(rule, 'bottom', 'space')).toBe('11');
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
    expect(attr(section.xml, 'ind', 'firstLineChars')).toBe('200');
    expect(attr(runs(section.xml)[0].props, 'rFonts', 'eastAsia')).toBe('黑体');
    const clause = paragraphWith(docx.document, '（一）强化理论武装。');
    const [heading, rest] = runs(clause.xml);
    expect(heading.text).toBe('（一）强化理论武装。');
    expect(attr(heading.props, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    expect(rest.text.startsWith('各级各部门')).toBe(true);
    expect(rest.props).not.toContain('w:eastAsia="楷体');
    expect(attr(clause.xml, 'ind', 'firstLineChars')).toBe('200');
    expect(attr(clause.xml, 'jc', 'val')).toBe('both');
  });

  it('lists attachments after 附件： with wrapped names aligned', () => {
    const first = paragraphWith(docx.document, '附件：1．');
    const second = paragraphWith(docx.document, '2．大宁县安全生产责任清单');
    expect(attr(first.xml, 'ind', 'left')).toBe(attr(second.xml, 'ind', 'left'));
  });

  it('places 署名 and 成文日期 without a seal: right-aligned, the date 2 字 right of the 署名', () => {
    const signature = paragraphWith(docx.document, '大宁县人民政府');
    const all = paragraphs(docx.document);
    const signatureAt = all.findIndex((p) => p.text === '大宁县人民政府');
    const date = all[signatureAt + 1];
    expect(date.text).toBe('2025年4月20日');
    expect(all[signatureAt - 1].text).toBe('');
    expect(attr(all[signatureAt].xml, 'jc', 'val')).toBe('right');
    expect(attr(date.xml, 'jc', 'val')).toBe('right');
    expect(signature).toBeTruthy();
    expect(Number(attr(all[signatureAt].xml, 'ind', 'right'))).toBeGreaterThan(Number(attr(date.xml, 'ind', 'right')));
    expect(all[signatureAt + 2].text).toBe('（此件公开发布）');
  });

  it('puts the 版记 between thick rules with a thin rule inside, in 4号', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)![0];
    expect(attr(table, 'tblpPr', 'tblpYSpec')).toBe('bottom');
    expect(attr(table, 'tblpPr', 'vertAnchor')).toBe('margin');
    expect(attr(table, 'tblW', 'w')).toBe('8845');
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)![0];
    expect(attr(borders, 'top', 'sz')).toBe('8');
    expect(attr(borders, 'bottom', 'sz')).toBe('8');
    expect(attr(borders, 'insideH', 'sz')).toBe('6');
    const cc = paragraphWith(table, '抄送：');
    expect(cc.text).toBe('抄送：县委办，县人大办，县政协办。');
    expect(attr(runs(cc.xml)[0].props, 'sz', 'val')).toBe('28');
    const printer = paragraphWith(table, '印发');
    expect(printer.text).toBe('大宁县人民政府办公室\t2025年4月20日印发');
    expect(attr(printer.xml, 'tab', 'val')).toBe('right');
  });

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left', () => {
    expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
    expect(docx.footers).toHaveLength(2);
    const alignments = docx.footers.map((f) => attr(f, 'jc', 'val')).sort();
    expect(alignments).toEqual(['left', 'right']);
    for (const footer of docx.footers) {
      expect(footer).toMatch(/PAGE/);
      expect(paragraphs(footer)[0].text).toBe('—  —');
      expect(attr(footer, 'rFonts', 'eastAsia')).toBe('宋体');
      expect(attr(footer, 'sz', 'val')).toBe('28');
    }
  });

  it('opens in LibreOffice with its elements in order', () => {
    const pdf = convertWithLibreOffice(buffer, 'notice');
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
});

describe('layout rules', () => {
  it('sizes the mark to fit the type area and stacks a joint mark', () => {
    expect(issuerMarkLayout('大宁县人民政府文件')).toEqual({ lines: ['大宁县人民政府文件'], size: 48 });
    const joint = issuerMarkLayout('中共大宁县委办公室 大宁县人民政府办公室文件');
    expect(joint.lines).toEqual(['中共大宁县委办公室', '大宁县人民政府办公室文件']);
    expect(joint.size * 12).toBeLessThanOrEqual(442);
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
