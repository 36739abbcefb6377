/**
 * Where a notice's text ends, worked out from the layout's own numbers — every 3号 line is exactly one
 * grid pitch, characters advance CHAR_WIDTH, widow control is off — so the 版记 can be put on an even
 * last page (GB/T 9704 §7.4: the 版记 is on the last page, the back of the sheet). The .docx holds
 * the 署名 block to the last 正文 lines with keepNext; this estimate follows the same rule.
 */
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { CHAR_WIDTH, LINES_PER_PAGE, LINE_PITCH, MARK_OFFSET, RED_RULE_GAP_PT, RULE, SIZE, TYPE_AREA } from './gbt9704';
import { breakTitle, textWidth } from './textWidth';

/** Closing marks that may hang past the margin (as LibreOffice lays out): the small stops and pauses. */
const HANGING = /[、，。；：！？]/;
/** Closing marks that never open a line and do not hang: the character before them goes down with them. */
const NO_LINE_START = /[）》〕」』”’…]/;
/** Opening marks never end a line: they go down with the character after them. */
const NO_LINE_END = /[（《〔「『“‘]/;
/**
 * Digits, Latin letters and ASCII punctuation are set in the Latin font at half a 字. Curly quotes,
 * the dash and the ellipsis lie below U+2E80 too, but the East Asian font sets them a full 字 wide.
 */
const isHalfWidth = (ch: string) => ch.charCodeAt(0) < 0x2e80 && !/[‘’“”—…]/.test(ch);
const isHan = (ch: string) => /[\u3400-\u9fff]/.test(ch);

/**
 * Lines a paragraph of 3号 text takes: greedy filling under the Chinese line-breaking rules as
 * LibreOffice applies them (measured on its PDFs) — a stop or pause hangs past the margin rather
 * than open a line; a closing bracket or quote cannot hang, so it takes the character before it
 * down; an opening bracket or quote never ends a line, so it goes down with the character after it.
 */
export function paragraphLines(text: string, firstIndentChars = 2, leftIndentChars = 0, rightIndentChars = 0): number {
  if (!text) return 1;
  const full = TYPE_AREA.width - (leftIndentChars + rightIndentChars) * CHAR_WIDTH;
  let lines = 1;
  let used = firstIndentChars * CHAR_WIDTH;
  let hung = false;
  let previous = '';
  let previousWidth = 0;
  for (const ch of text) {
    let width = isHalfWidth(ch) ? SIZE.sanhao * 10 - 6 : CHAR_WIDTH;
    // The quarter-字 gap between Chinese and Latin or digits.
    if (previous && isHan(previous) !== isHan(ch) && (isHalfWidth(previous) || isHalfWidth(ch))) width += CHAR_WIDTH / 4;
    if (used + width > full + 1) {
      if (HANGING.test(ch) && !hung) {
        hung = true;
      } else {
        lines += 1;
        hung = false;
        const carried = NO_LINE_START.test(ch) || HANGING.test(ch) || NO_LINE_END.test(previous);
        used = carried ? previousWidth : 0;
      }
    }
    used += width;
    previous = ch;
    previousWidth = width;
  }
  return lines;
}

/** The 版头 and 标题 on page 1, in twips from the top of the type area to the first line after the 主送. */
function firstPageHead(doc: NoticeDocument, markLayout: (mark: string) => { lines: string[]; size: number }, titleWidth: number): number {
  const topLines = [doc.copyNumber, doc.secrecy, doc.urgency].filter(Boolean).length;
  let y = topLines * LINE_PITCH;
  if (doc.issuerMark) {
    const { lines, size } = markLayout(doc.issuerMark);
    y += Math.max(0, MARK_OFFSET - topLines * LINE_PITCH) + lines.length * Math.round(size * 20 * 1.15) + 2 * LINE_PITCH;
  }
  if (doc.docNumber) y += LINE_PITCH + (doc.redRule ? RED_RULE_GAP_PT * 20 + (RULE.red * 20) / 8 : 0);
  if (doc.issuerMark || doc.docNumber) y += 2 * LINE_PITCH;
  y += breakTitle(doc.title, titleWidth).length * LINE_PITCH;
  if (doc.recipients.length > 0) y += 2 * LINE_PITCH;
  return y;
}

function bodyParagraphs(doc: NoticeDocument): string[] {
  const out: string[] = [];
  for (const block of doc.body) {
    if (block.kind === 'paragraph') out.push(block.text);
    else if (block.level === 1) out.push(`${block.marker}${block.heading}${block.unitsNote}`);
    else {
      const parts = block.rest.split('\n');
      parts.forEach((text, i) => {
        const head = i === 0 ? (block.level === 2 ? `${block.marker}${block.heading}` : block.marker) : '';
        const tail = i === parts.length - 1 ? block.unitsNote : '';
        if (head || text || tail) out.push(`${head}${text}${tail}`);
      });
    }
  }
  return out;
}

export interface PageEnd {
  /** The page the notice's text (through the 附注) ends on, from 1. */
  page: number;
  /** Twips of that page's type area the text uses. */
  used: number;
  /**
   * Whether the last 正文 paragraph, with the block kept to it, starts a new page by a page break of
   * its own: where it does not fit below the text before it, or fits with less than a line to spare.
   */
  closingOnNewPage: boolean;
}

/** Where the text of the notice ends, with the 署名 block held to the last 正文 line. */
export function estimatePageEnd(
  doc: NoticeDocument,
  markLayout: (mark: string) => { lines: string[]; size: number },
  titleWidth: number,
): PageEnd {
  let page = 1;
  let y = firstPageHead(doc, markLayout, titleWidth);
  const place = (lines: number) => {
    for (let i = 0; i < lines; i++) {
      if (y + LINE_PITCH > TYPE_AREA.height) {
        page += 1;
        y = 0;
      }
      y += LINE_PITCH;
    }
  };
  const body = bodyParagraphs(doc).map((text) => paragraphLines(text));
  const tail: number[] = [];
  if (doc.attachments.length > 0) {
    // As the .docx sets them: 2 字 in, wrapped lines under the name (after 附件： and any number).
    const numbered = doc.attachments.length > 1;
    tail.push(
      1,
      ...doc.attachments.map((name, i) => {
        const number = numbered ? `${i + 1}．` : '';
        const hanging = (i === 0 ? 3 : 0) + textWidth(number);
        return paragraphLines(`${i === 0 ? '附件：' : ''}${number}${name}`, -hanging, 5 + textWidth(number));
      }),
    );
  }
  const closing = Boolean(doc.signature || doc.signedDate);
  if (closing) tail.push(doc.sealed ? 2 : 1, ...(doc.signature ? [1] : []), ...(doc.signedDate ? [1] : []));
  if (doc.remark) tail.push(paragraphLines(doc.remark));
  const tailLines = tail.reduce((a, b) => a + b, 0);
  // The body goes as it comes but for its last paragraph, which LibreOffice moves whole with the kept
  // block when the block would not fit below it (measured; Word moves at least its last line).
  const last = body.length > 0 ? body[body.length - 1] : 0;
  place(body.reduce((a, b) => a + b, 0) - last);
  const holds = closing || doc.attachments.length > 0;
  const kept = last + (holds ? tailLines : 0);
  // Within a line of the page's foot the estimate cannot tell whether the kept block fits; a page break
  // before it makes its page the same whichever way the lines fall, and so the parity of the last page.
  const spare = TYPE_AREA.height - y - kept * LINE_PITCH;
  const closingOnNewPage = holds && body.length > 0 && y > 0 && kept <= LINES_PER_PAGE && spare < LINE_PITCH;
  if (closingOnNewPage) {
    page += 1;
    y = 0;
  }
  place(kept);
  if (!closing && doc.attachments.length === 0) place(tailLines);
  return { page, used: y, closingOnNewPage };
}

/** Lines of the 版记: 抄送 (4号, wrapped after the colon) and the 印发 line. */
export function recordLines(doc: NoticeDocument): number {
  const perLine = Math.floor(TYPE_AREA.width / (SIZE.sihao * 20)) - 5;
  const cc = doc.cc.length > 0 ? Math.ceil(textWidth(`${doc.cc.join('，')}。`) / perLine) : 0;
  return cc + (doc.printer || doc.printedDate ? 1 : 0);
}

/** Whether the 版记 can sit at the foot of the page the text ends on: that page is even and has room. */
export function recordFitsLastPage(doc: NoticeDocument, end: PageEnd): boolean {
  return end.page % 2 === 0 && end.used + recordLines(doc) * LINE_PITCH <= TYPE_AREA.height;
}
