/**
 * A notice laid out to GB/T 9704-2012: the 版头 (份号, 密级, 紧急程度, red 发文机关标志 35 mm below the
 * type area's top, 文号, red rule), the 标题 in 2号 小标宋, 主送, 正文 in 3号 仿宋 with 一、 in 黑体 and
 * （一） in 楷体, 附件说明, 署名 and 成文日期 without a seal (held to the last 正文 lines), 附注, and the
 * 版记 at the foot of the last page, which is even. Every 3号 element is laid out by the Normal style (28 characters × 22 lines, see stylesXml);
 * the 标志, 标题 and 版记 keep their fonts' natural widths. The 信函, 纪要 and 令 formats (§10) change
 * the head and the close, from noticeFormats.
 */
import {
  AlignmentType,
  Footer,
  type ISectionOptions,
  BorderStyle,
  LineRuleType,
  OverlapType,
  Paragraph,
  RelativeVerticalPosition,
  SectionType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  Tab,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { NoticeBodyBlock, NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { NATURAL_STYLE, blankLine, gongwenDocument, packDocx, pageNumberFooters, pageProperties, run, type RunStyle } from './docxParts';
import { CHAR_WIDTH, LINES_PER_PAGE, LINE_PITCH, MARK_OFFSET, PAGE, RED, RED_RULE_GAP_PT, RULE, SIZE, TYPE_AREA } from './gbt9704';
import { estimatePageEnd, recordFitsLastPage } from './noticePagination';
import { breakTitle, textWidth } from './textWidth';
import { asLaidOut, orderMark } from '../../../shared/drafting/noticeLayouts';
import { attendanceBlock, attendanceParagraphs, letterHead, orderHead, orderSignature } from './noticeFormats';

/**
 * Indent of n 字, in twips: whole characters of the Normal style's 15.7 pt advance. Not the *Chars
 * form, whose character unit Word takes from the grid or the font size rather than this advance.
 */
const chars = (n: number) => Math.round(n * CHAR_WIDTH);

const TITLE_MAX_WIDTH = Math.floor(TYPE_AREA.width / (SIZE.erhao * 20));

/**
 * The 发文机关标志's lines (a joint mark written "A B文件" puts each organ on its own line, with 文件
 * beside them) and its size: as large as 48 pt while the widest line, and 文件 beside the names, fit.
 */
export function issuerMarkLayout(mark: string): { lines: string[]; size: number; suffix: string | null } {
  const words = mark.split(/\s+/).filter(Boolean);
  const joint = words.length > 1 && /文件$/.test(words.at(-1)!);
  const lines = joint ? [...words.slice(0, -1), words.at(-1)!.replace(/文件$/, '')].filter(Boolean) : words;
  const suffix = joint ? '文件' : null;
  const widest = Math.max(1, ...lines.map((line) => textWidth(line))) + (suffix ? textWidth(suffix) + 0.5 : 0);
  const fit = Math.floor((TYPE_AREA.width / 20 - 4) / widest);
  return { lines, size: Math.max(SIZE.erhao, Math.min(48, fit)), suffix };
}

/**
 * A joint 标志 (§7.2.3): the organs' names stacked, each spread to the same width, with 文件 to their
 * right, centred on them; the block centred on the page. A borderless two-cell table holds it.
 */
function jointMark(lines: string[], size: number, lineHeight: number): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const namesWidth = Math.ceil(Math.max(...lines.map((l) => textWidth(l))) * size * 20);
  const suffixWidth = Math.ceil((textWidth('文件') + 0.5) * size * 20);
  const paragraph = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({
      style: NATURAL_STYLE,
      alignment,
      spacing: { before: 0, after: 0, line: lineHeight, lineRule: LineRuleType.EXACT },
      children: [run(text, { role: 'title', size, color: RED })],
    });
  return new Table({
    alignment: AlignmentType.CENTER,
    width: { size: namesWidth + suffixWidth, type: WidthType.DXA },
    columnWidths: [namesWidth, suffixWidth],
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: namesWidth, type: WidthType.DXA },
            borders,
            children: lines.map((line) => paragraph(line, AlignmentType.DISTRIBUTE)),
          }),
          new TableCell({
            width: { size: suffixWidth, type: WidthType.DXA },
            borders,
            verticalAlign: VerticalAlign.CENTER,
            children: [paragraph('文件', AlignmentType.RIGHT)],
          }),
        ],
      }),
    ],
  });
}

function headerBlock(doc: NoticeDocument): FileChild[] {
  const out: FileChild[] = [];
  const topLines = [doc.copyNumber, doc.secrecy, doc.urgency].filter((x): x is string => Boolean(x));
  for (const line of topLines) {
    out.push(new Paragraph({ children: [run(line, { role: 'heading1' })] }));
  }
  if (doc.issuerMark) {
    const { lines, size, suffix } = issuerMarkLayout(doc.issuerMark);
    const lineHeight = Math.round(size * 20 * 1.15);
    const offset = Math.max(0, MARK_OFFSET - topLines.length * LINE_PITCH);
    if (suffix) {
      // A table cannot carry space before it: an empty line of the offset's height does.
      out.push(
        new Paragraph({
          style: NATURAL_STYLE,
          spacing: { before: 0, after: 0, line: Math.max(20, offset), lineRule: LineRuleType.EXACT },
          children: [],
        }),
        jointMark(lines, size, lineHeight),
      );
    } else {
      out.push(
        new Paragraph({
          style: NATURAL_STYLE,
          alignment: AlignmentType.CENTER,
          spacing: { before: offset, after: 0, line: lineHeight, lineRule: LineRuleType.EXACT },
          children: lines.map((line, i) => run(line, { role: 'title', size, color: RED, breakBefore: i > 0 })),
        }),
      );
    }
    out.push(blankLine(), blankLine());
  }
  if (doc.docNumber) {
    const border = doc.redRule ? { bottom: { style: BorderStyle.SINGLE, size: RULE.red, color: RED, space: RED_RULE_GAP_PT } } : undefined;
    // 上行文 (§7.2.4): the 文号 1 字 in from the left, "签发人：" in 仿宋 and the name in 楷体 1 字 in from the right.
    out.push(
      doc.signer
        ? new Paragraph({
            style: NATURAL_STYLE,
            indent: { left: chars(1) },
            tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - chars(1) }],
            border,
            children: [run(doc.docNumber), run(new Tab()), run('签发人：'), run(doc.signer, { role: 'heading2' })],
          })
        : new Paragraph({ alignment: AlignmentType.CENTER, border, children: [run(doc.docNumber)] }),
    );
  }
  if (doc.issuerMark || doc.docNumber) out.push(blankLine(), blankLine());
  return out;
}

function titleBlock(title: string): FileChild[] {
  const lines = breakTitle(title, TITLE_MAX_WIDTH);
  const style: RunStyle = { role: 'title', size: SIZE.erhao };
  return [
    new Paragraph({
      style: NATURAL_STYLE,
      alignment: AlignmentType.CENTER,
      children: lines.map((line, i) => run(line, { ...style, breakBefore: i > 0 })),
    }),
  ];
}

function bodyParagraph(children: ReturnType<typeof run>[], keepNext = false, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: chars(2) },
    keepNext,
    pageBreakBefore,
    children,
  });
}

/**
 * The body's paragraphs; `keepLast` holds the last one to what follows (the 署名 never opens a page
 * alone), `breakBeforeLast` starts it on a new page (see estimatePageEnd).
 */
function bodyBlocks(body: NoticeBodyBlock[], keepLast: boolean, breakBeforeLast = false): Paragraph[] {
  const out: ReturnType<typeof run>[][] = [];
  for (const block of body) {
    if (block.kind === 'paragraph') {
      out.push([run(block.text)]);
      continue;
    }
    if (block.level === 1) {
      out.push([run(`${block.marker}${block.heading}`, { role: 'heading1' }), ...(block.unitsNote ? [run(block.unitsNote)] : [])]);
      continue;
    }
    const paragraphs = block.rest.split('\n');
    const lastIndex = paragraphs.length - 1;
    paragraphs.forEach((text, i) => {
      const runs = [];
      if (i === 0 && block.level === 2) runs.push(run(`${block.marker}${block.heading}`, { role: 'heading2' }));
      else if (i === 0) runs.push(run(block.marker));
      if (text) runs.push(run(text));
      if (i === lastIndex && block.unitsNote) runs.push(run(block.unitsNote));
      if (runs.length > 0) out.push(runs);
    });
  }
  return out.map((runs, i) => bodyParagraph(runs, keepLast && i === out.length - 1, breakBeforeLast && i === out.length - 1));
}

/** 附件说明; `keepNext` holds it to the 署名 below it. */
function attachmentBlock(attachments: string[], keepNext: boolean): Paragraph[] {
  if (attachments.length === 0) return [];
  const label = '附件：';
  if (attachments.length === 1) {
    return [
      keptBlankLine(keepNext),
      new Paragraph({
        indent: { left: chars(2 + 3), hanging: chars(3) },
        keepNext,
        children: [run(`${label}${attachments[0]}`)],
      }),
    ];
  }
  return [
    keptBlankLine(keepNext),
    ...attachments.map((name, i) => {
      const number = `${i + 1}．`;
      const numberWidth = textWidth(number);
      return new Paragraph({
        indent: { left: chars(2 + 3 + numberWidth), hanging: chars(i === 0 ? 3 + numberWidth : numberWidth) },
        keepNext,
        children: [run(`${i === 0 ? label : ''}${number}${name}`)],
      });
    }),
  ];
}

const keptBlankLine = (keepNext: boolean) => (keepNext ? new Paragraph({ keepNext, children: [] }) : blankLine());

/**
 * Without a seal: the 署名 right-indented 2 字, the date on the next line starting 2 字 right of the
 * 署名's first character; where the date is the longer, the date keeps 2 字 and the 署名 moves left.
 */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  const s = textWidth(signature, { autoSpace: true });
  const d = textWidth(date, { autoSpace: true });
  return s - d >= 2 ? { signature: 2, date: s - d } : { signature: d - s + 4, date: 2 };
}

/**
 * With a seal (§7.3.5.1): the date right-indented 4 字 and the 署名 centred over it, two blank lines
 * above them where the seal's top half sits (its top within a line of the 正文).
 */
export function sealedIndents(signature: string, date: string): { signature: number; date: number } {
  const s = textWidth(signature, { autoSpace: true });
  const d = textWidth(date, { autoSpace: true });
  return { signature: Math.max(0, 4 + (d - s) / 2), date: 4 };
}

function signatureBlock(doc: NoticeDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (!doc.signature && !doc.signedDate) return out;
  // 署名, 成文日期 and 附注 stay on one page, with the blank line(s) above them.
  out.push(keptBlankLine(true));
  if (doc.sealed) out.push(keptBlankLine(true));
  const indents = doc.sealed
    ? sealedIndents(doc.signature ?? '', doc.signedDate ?? '')
    : signatureIndents(doc.signature ?? '', doc.signedDate ?? '');
  if (doc.signature) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: chars(indents.signature) },
        keepNext: Boolean(doc.signedDate || doc.remark),
        children: [run(doc.signature)],
      }),
    );
  }
  if (doc.signedDate) {
    const right = doc.signature || doc.sealed ? indents.date : 4;
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: chars(right) },
        keepNext: Boolean(doc.remark),
        children: [run(doc.signedDate)],
      }),
    );
  }
  return out;
}

function remarkBlock(remark: string | null): Paragraph[] {
  if (!remark) return [];
  return [new Paragraph({ indent: { firstLine: chars(2) }, children: [run(remark)] })];
}

/** Border sizes are in eighths of a point; twips are twentieths. */
const ruleTwips = (size: number) => (size * 20) / 8;

/**
 * The 版记 as a table floating at the bottom of the type area on the last page: a thick rule, 抄送
 * (4号, 1 字 in on both sides, wrapped lines after the colon), a thin rule, 印发机关 and 印发日期 on
 * one line, and a thick rule on the type area's bottom edge. Its last line gives up the rules'
 * widths and the sliver below the 22nd line, so the 版记 fills whole grid lines and fits under a
 * 附注 on the line just above it.
 * It is placed from the page's left edge, at the left margin, rather than centred on the margins:
 * LibreOffice 7 turns a floating table into a frame, and so holds it to the bottom, only where text
 * could sit beside it; a type-area-wide table anchored to the margins stays in the text flow, one
 * anchored to the page becomes a frame. Word and WPS put it in the same place either way.
 */
function recordBlock(doc: NoticeDocument, floating = true, newPage = false, withRules = true): FileChild[] {
  const style: RunStyle = { size: SIZE.sihao };
  const lines: Array<{ runs: TextRun[]; printerLine: boolean }> = [];
  if (doc.cc.length > 0) lines.push({ runs: [run(`抄送：${doc.cc.join('，')}。`, style)], printerLine: false });
  if (doc.printer || doc.printedDate) {
    const printedOn = doc.printedDate ? `${doc.printedDate}印发` : '';
    lines.push({ runs: [run(doc.printer ?? '', style), run(new Tab(), style), run(printedOn, style)], printerLine: true });
  }
  if (lines.length === 0) return [];
  const one = SIZE.sihao * 20;
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  // A 信函's 版记 has no rules (§10.1).
  const thick = withRules ? { style: BorderStyle.SINGLE, size: RULE.thick, color: '000000' } : none;
  const thin = withRules ? { style: BorderStyle.SINGLE, size: RULE.thin, color: '000000' } : none;
  // The 22 lines leave a sliver at the foot of the type area, where the bottom rule sits.
  const sliver = TYPE_AREA.height - LINES_PER_PAGE * LINE_PITCH;
  const rules = 2 * ruleTwips(RULE.thick) + (lines.length - 1) * ruleTwips(RULE.thin);
  const paragraphs = lines.map(({ runs, printerLine }, i) => {
    const last = i === lines.length - 1;
    return new Paragraph({
      style: NATURAL_STYLE,
      spacing: last ? { line: LINE_PITCH - Math.ceil(rules) - sliver, lineRule: LineRuleType.EXACT } : undefined,
      indent: printerLine ? { left: one, right: one } : { left: one * 4, right: one, hanging: one * 3 },
      tabStops: printerLine ? [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - one }] : undefined,
      children: runs,
    });
  });
  const table = new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [TYPE_AREA.width],
    layout: TableLayoutType.FIXED,
    float: floating
      ? {
          horizontalAnchor: TableAnchorType.PAGE,
          absoluteHorizontalPosition: PAGE.marginLeft,
          verticalAnchor: TableAnchorType.MARGIN,
          relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
          overlap: OverlapType.NEVER,
        }
      : undefined,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: paragraphs.map(
      (paragraph) =>
        new TableRow({ children: [new TableCell({ width: { size: TYPE_AREA.width, type: WidthType.DXA }, children: [paragraph] })] }),
    ),
  });
  // On a page of its own the 版记 is pushed to the foot by a blank of the lines above it: LibreOffice
  // leaves a floating table where the previous section ended.
  const spacer = new Paragraph({
    style: NATURAL_STYLE,
    pageBreakBefore: newPage,
    // Less the rules' widths and a point or two of rounding, so the anchor line after the table still fits.
    spacing: {
      line: (LINES_PER_PAGE - lines.length) * LINE_PITCH - Math.ceil(rules) - 40,
      lineRule: LineRuleType.EXACT,
      before: 0,
      after: 0,
    },
    children: [],
  });
  // A floating table is anchored to the paragraph after it.
  return [
    ...(floating ? [] : [spacer]),
    table,
    new Paragraph({ style: NATURAL_STYLE, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }),
  ];
}

/** The estimate's view: the 信函's head as a 文号 line, the 纪要's lists as 正文, the 令's close as a sealed one. */
function estimateView(doc: NoticeDocument): NoticeDocument {
  switch (doc.layout ?? 'file') {
    case 'letter': {
      // The mark's frame takes two lines of page 1 (it reaches a little into the second), and 份号 shares
      // its line with the 文号: as blank 正文 lines before the rest.
      const left = [doc.copyNumber, doc.secrecy, doc.urgency].filter(Boolean).length;
      const numberLine = left > 0 || Boolean(doc.docNumber);
      const blank = { kind: 'paragraph' as const, text: '' };
      return {
        ...doc,
        issuerMark: null,
        redRule: false,
        copyNumber: null,
        secrecy: null,
        urgency: null,
        docNumber: numberLine ? '〔〕' : null,
        body: [...Array.from({ length: 2 + (numberLine ? Math.max(left, 1) - 1 : 0) }, () => blank), ...doc.body],
      };
    }
    case 'minutes':
      return { ...doc, body: [...doc.body, ...attendanceParagraphs(doc.attendance).map((text) => ({ kind: 'paragraph' as const, text }))] };
    case 'order':
      return {
        ...doc,
        sealed: Boolean(doc.signer),
        signature: doc.signer ? '' : null,
        body: [...doc.body, { kind: 'paragraph', text: '' }],
      };
    default:
      return doc;
  }
}

function headOf(doc: NoticeDocument): FileChild[] {
  switch (doc.layout ?? 'file') {
    case 'letter':
      return [...letterHead(doc), ...titleBlock(doc.title)];
    case 'order':
      return orderHead(doc, (mark) => issuerMarkLayout(mark).size);
    default:
      return [...headerBlock(doc), ...titleBlock(doc.title)];
  }
}

export function noticeDocxDocument(given: NoticeDocument) {
  const doc = asLaidOut(given);
  const layout = doc.layout ?? 'file';
  const children: FileChild[] = headOf(doc);
  if (doc.recipients.length > 0) {
    children.push(blankLine(), new Paragraph({ children: [run(`${doc.recipients.join('，')}：`)] }));
  }
  const closing = layout === 'order' ? Boolean(doc.signer || doc.signedDate) : Boolean(doc.signature || doc.signedDate);
  const attendance = layout === 'minutes' ? attendanceBlock(doc.attendance) : [];
  const end = estimatePageEnd(estimateView(doc), issuerMarkLayout, TITLE_MAX_WIDTH);
  children.push(
    ...bodyBlocks(doc.body, closing || doc.attachments.length > 0, end.closingOnNewPage),
    ...attachmentBlock(doc.attachments, closing),
    ...attendance,
    ...(layout === 'order' ? orderSignature(doc) : signatureBlock(doc)),
    ...remarkBlock(doc.remark),
  );
  const rules = layout !== 'letter';
  const record = recordBlock(doc, true, false, rules);
  const properties = pageProperties('portrait');
  const footers = doc.pageNumbers ? pageNumberFooters() : undefined;
  // The 版记 belongs on an even last page (GB/T 9704 §7.4). Where the text ends on an odd page it takes
  // the next page; where it ends on an even page without room, a blank page comes first, and neither of
  // the two is numbered (§7.5). A section of its own, not Word's evenPage break: LibreOffice leaves
  // the blank page it inserts for that out of its PDFs.
  const onLastPage = record.length === 0 || recordFitsLastPage(doc, end);
  // A 信函's first page carries no page number (§10.1).
  const first = layout === 'letter' ? { titlePage: true } : {};
  const firstFooters = layout === 'letter' && footers ? { ...footers, first: emptyFooter() } : footers;
  const sections: ISectionOptions[] = [
    { properties: { ...properties, ...first }, footers: firstFooters, children: onLastPage ? [...children, ...record] : children },
  ];
  if (!onLastPage) {
    const blankPage = end.page % 2 === 0;
    sections.push({
      properties: { ...properties, type: SectionType.NEXT_PAGE },
      footers: blankPage ? unnumberedFooters() : footers,
      children: blankPage ? [blankLine(), ...recordBlock(doc, false, true, rules)] : recordBlock(doc, false, false, rules),
    });
  }
  return gongwenDocument(sections, doc.title || (orderMark(doc) ?? ''));
}

const emptyFooter = () => new Footer({ children: [new Paragraph({ children: [] })] });

/** Footers without a page number, for the blank page and the 版记 page after it. */
function unnumberedFooters(): NonNullable<ISectionOptions['footers']> {
  return { default: emptyFooter(), even: emptyFooter() };
}

export async function noticeDocx(doc: NoticeDocument): Promise<Buffer> {
  return packDocx(noticeDocxDocument(doc));
}
