/**
 * A notice laid out to GB/T 9704-2012: the 版头 (份号, 密级, 紧急程度, red 发文机关标志 35 mm below the
 * type area's top, 文号, red rule), the 标题 in 2号 小标宋, 主送, 正文 in 3号 仿宋 with 一、 in 黑体 and
 * （一） in 楷体, 附件说明, 署名 and 成文日期 without a seal, 附注, and the 版记 at the foot of the last
 * page. 正文 sits on the 22 × 28 grid; the one-line elements stay off it, at their natural width.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  OverlapType,
  Paragraph,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
  type FileChild,
} from 'docx';
import type { NoticeBodyBlock, NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { NATURAL_STYLE, blankLine, gongwenDocument, packDocx, pageNumberFooters, pageProperties, run, type RunStyle } from './docxParts';
import { CHAR_WIDTH, LINE_PITCH, MARK_OFFSET, RED, RED_RULE_GAP_PT, RULE, SIZE, TYPE_AREA } from './gbt9704';
import { breakTitle, textWidth } from './textWidth';

/** Indent of n 字 on the grid: the *Chars form for Word and WPS, twips for LibreOffice. */
const chars = (n: number) => Math.round(n * CHAR_WIDTH);

const TITLE_MAX_WIDTH = Math.floor(TYPE_AREA.width / (SIZE.erhao * 20));

/**
 * The 发文机关标志's lines (a joint mark written "A B文件" puts each organ on its own line) and its
 * size: as large as 48 pt while the longest line fits the type area's width.
 */
export function issuerMarkLayout(mark: string): { lines: string[]; size: number } {
  const lines = mark.split(/\s+/).filter(Boolean);
  const widest = Math.max(1, ...lines.map((line) => textWidth(line)));
  const fit = Math.floor((TYPE_AREA.width / 20 - 4) / widest);
  return { lines, size: Math.max(SIZE.erhao, Math.min(48, fit)) };
}

function headerBlock(doc: NoticeDocument): FileChild[] {
  const out: FileChild[] = [];
  const topLines = [doc.copyNumber, doc.secrecy, doc.urgency].filter((x): x is string => Boolean(x));
  for (const line of topLines) {
    out.push(new Paragraph({ children: [run(line, { role: 'heading1' })] }));
  }
  if (doc.issuerMark) {
    const { lines, size } = issuerMarkLayout(doc.issuerMark);
    const lineHeight = Math.round(size * 20 * 1.15);
    out.push(
      new Paragraph({
        style: NATURAL_STYLE,
        alignment: AlignmentType.CENTER,
        spacing: { before: Math.max(0, MARK_OFFSET - topLines.length * LINE_PITCH), after: 0, line: lineHeight, lineRule: LineRuleType.EXACT },
        children: lines.map((line, i) => run(line, { role: 'title', size, color: RED, breakBefore: i > 0 })),
      }),
    );
    out.push(blankLine(), blankLine());
  }
  if (doc.docNumber) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: doc.redRule ? { bottom: { style: BorderStyle.SINGLE, size: RULE.red, color: RED, space: RED_RULE_GAP_PT } } : undefined,
        children: [run(doc.docNumber)],
      }),
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

function bodyParagraph(children: ReturnType<typeof run>[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: chars(2), firstLineChars: 200 },
    children,
  });
}

function bodyBlocks(body: NoticeBodyBlock[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of body) {
    if (block.kind === 'paragraph') {
      out.push(bodyParagraph([run(block.text)]));
      continue;
    }
    if (block.level === 1) {
      out.push(bodyParagraph([run(`${block.marker}${block.heading}`, { role: 'heading1' }), ...(block.unitsNote ? [run(block.unitsNote)] : [])]));
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
      if (runs.length > 0) out.push(bodyParagraph(runs));
    });
  }
  return out;
}

function attachmentBlock(attachments: string[]): Paragraph[] {
  if (attachments.length === 0) return [];
  const label = '附件：';
  if (attachments.length === 1) {
    return [
      blankLine(),
      new Paragraph({
        indent: { left: chars(2 + 3), hanging: chars(3) },
        children: [run(`${label}${attachments[0]}`)],
      }),
    ];
  }
  return [
    blankLine(),
    ...attachments.map((name, i) => {
      const number = `${i + 1}．`;
      const numberWidth = textWidth(number);
      return new Paragraph({
        indent: { left: chars(2 + 3 + numberWidth), hanging: chars(i === 0 ? 3 + numberWidth : numberWidth) },
        children: [run(`${i === 0 ? label : ''}${number}${name}`)],
      });
    }),
  ];
}

/**
 * Without a seal: the 署名 right-indented 2 字, the date on the next line starting 2 字 right of the
 * 署名's first character; where the date is the longer, the date keeps 2 字 and the 署名 moves left.
 */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  const s = textWidth(signature, { autoSpace: true });
  const d = textWidth(date, { autoSpace: true });
  return s - d >= 2 ? { signature: 2, date: s - d } : { signature: d - s + 4, date: 2 };
}

function signatureBlock(doc: NoticeDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (!doc.signature && !doc.signedDate) return out;
  out.push(blankLine());
  const indents = signatureIndents(doc.signature ?? '', doc.signedDate ?? '');
  if (doc.signature) {
    out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(indents.signature) }, children: [run(doc.signature)] }));
  }
  if (doc.signedDate) {
    const right = doc.signature ? indents.date : 4;
    out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(right) }, children: [run(doc.signedDate)] }));
  }
  return out;
}

function remarkBlock(remark: string | null): Paragraph[] {
  if (!remark) return [];
  return [new Paragraph({ indent: { firstLine: chars(2), firstLineChars: 200 }, children: [run(remark)] })];
}

/**
 * The 版记 as a table floating at the bottom of the type area on the last page: a thick rule, 抄送
 * (4号, 1 字 in on both sides, wrapped lines after the colon), a thin rule, 印发机关 and 印发日期 on
 * one line, and a thick rule on the type area's bottom edge. Word and WPS hold it to the bottom;
 * LibreOffice 7 keeps a floating table as wide as the type area in the text flow, so there it
 * follows the 附注 directly.
 */
function recordBlock(doc: NoticeDocument): FileChild[] {
  const hasPrinter = Boolean(doc.printer || doc.printedDate);
  if (doc.cc.length === 0 && !hasPrinter) return [];
  const one = SIZE.sihao * 20;
  const style: RunStyle = { size: SIZE.sihao };
  const thick = { style: BorderStyle.SINGLE, size: RULE.thick, color: '000000' };
  const thin = { style: BorderStyle.SINGLE, size: RULE.thin, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rows: Paragraph[] = [];
  if (doc.cc.length > 0) {
    rows.push(
      new Paragraph({
        style: NATURAL_STYLE,
        indent: { left: one * 4, right: one, hanging: one * 3 },
        children: [run(`抄送：${doc.cc.join('，')}。`, style)],
      }),
    );
  }
  if (hasPrinter) {
    rows.push(
      new Paragraph({
        style: NATURAL_STYLE,
        indent: { left: one, right: one },
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - one }],
        children: [run(doc.printer ?? '', style), run('\t', style), run(doc.printedDate ? `${doc.printedDate}印发` : '', style)],
      }),
    );
  }
  const table = new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [TYPE_AREA.width],
    layout: TableLayoutType.FIXED,
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      overlap: OverlapType.NEVER,
    },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: rows.map(
      (paragraph) =>
        new TableRow({ children: [new TableCell({ width: { size: TYPE_AREA.width, type: WidthType.DXA }, children: [paragraph] })] }),
    ),
  });
  // A floating table is anchored to the paragraph after it.
  return [table, new Paragraph({ style: NATURAL_STYLE, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] })];
}

export function noticeDocxDocument(doc: NoticeDocument) {
  const children: FileChild[] = [
    ...headerBlock(doc),
    ...titleBlock(doc.title),
  ];
  if (doc.recipients.length > 0) {
    children.push(blankLine(), new Paragraph({ children: [run(`${doc.recipients.join('，')}：`)] }));
  }
  children.push(...bodyBlocks(doc.body), ...attachmentBlock(doc.attachments), ...signatureBlock(doc), ...remarkBlock(doc.remark), ...recordBlock(doc));
  return gongwenDocument(
    [{ properties: pageProperties('portrait'), footers: doc.pageNumbers ? pageNumberFooters() : undefined, children }],
    doc.title,
  );
}

export async function noticeDocx(doc: NoticeDocument): Promise<Buffer> {
  return packDocx(noticeDocxDocument(doc));
}
