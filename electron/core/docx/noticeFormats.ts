/**
 * The special formats of GB/T 9704-2012 §10, apart from the 文件格式 noticeDocx lays out: the 信函格式's
 * head (the organ's name 30 mm from the page's top over a red double line, a second one near the foot,
 * 份号 at the left and 文号 at the right under the first), the 纪要's and the 令's 标志, the 纪要's
 * 出席/请假/列席 lists, and the 令's 签发人职务 and 签名章 over the 成文日期.
 */
import { AlignmentType, BorderStyle, FrameAnchorType, FrameWrap, LineRuleType, Paragraph, Tab, TabStopType, type FileChild } from 'docx';
import type { NoticeAttendance, NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { ATTENDANCE_LABELS, orderMark, orderNumber, organName } from '../../../shared/drafting/noticeLayouts';
import { NATURAL_STYLE, blankLine, run } from './docxParts';
import { CHAR_WIDTH, PAGE, RED, SIZE, TYPE_AREA, mm } from './gbt9704';
import { textWidth } from './textWidth';

const chars = (n: number) => Math.round(n * CHAR_WIDTH);

/** 信函格式 (§10.1): both red double lines are 170 mm long, centred on the page. */
const LETTER_RULE = { width: mm(170), left: Math.round((PAGE.width - mm(170)) / 2) };
/** The mark's top edge 30 mm from the page's top; the first double line 4 mm below the mark. */
const LETTER_MARK_TOP = mm(30);
/**
 * Border spacing (points) that puts the double line 4 mm below the mark's characters: in an exact line
 * as tall as the mark's size they end about 1.7 mm above the line's foot, and LibreOffice leaves the
 * spacing twice in a frame (both measured; Word leaves it once, so the line sits about 1 mm higher there).
 */
const LETTER_RULE_GAP_PT = Math.round(((4 - 1.7) * 72) / 25.4 / 2);
/** The second double line 20 mm above the page's foot. */
const LETTER_FOOT_RULE = PAGE.height - mm(20);
/** A 信函's mark is smaller than a 文件's: 小初 at most (verify: the standard gives no size). */
const LETTER_MARK_MAX = 36;
/** Double lines of about 2.25 pt in all (the standard gives no thickness). */
const DOUBLE_RULE_SIZE = 18;
/**
 * The frame's distance to the text under it, so the 文号's characters stand 7/8 of a 3号 character's
 * height below the double line: a 3号 character's top sits about 3.5 mm inside its grid line (measured).
 */
const SEVEN_EIGHTHS = Math.max(0, Math.round(SIZE.sanhao * 20 * (7 / 8)) - mm(3.5));

export function letterMarkSize(name: string): number {
  const fit = Math.floor((LETTER_RULE.width / 20 - 8) / Math.max(1, textWidth(name)));
  return Math.max(SIZE.erhao, Math.min(LETTER_MARK_MAX, fit));
}

/**
 * The 信函's head: two frames anchored to the page (the mark over the upper double line, thick above
 * thin; the lower double line, thin above thick), then the first line with 份号 at the left and the
 * 文号 at the right, 密级 and 紧急程度 on the lines under 份号. Text keeps clear of the first frame
 * (notBeside), so the 正文 flows on below it on page 1 only.
 */
export function letterHead(doc: NoticeDocument): FileChild[] {
  const name = doc.issuerMark ? organName(doc.issuerMark) : '';
  const size = letterMarkSize(name);
  const frame = (y: number, height?: number) => ({
    type: 'absolute' as const,
    position: { x: LETTER_RULE.left, y },
    width: LETTER_RULE.width,
    height,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.NOT_BESIDE,
    space: { horizontal: 0, vertical: SEVEN_EIGHTHS },
  });
  const out: FileChild[] = [
    new Paragraph({
      style: NATURAL_STYLE,
      alignment: AlignmentType.CENTER,
      frame: frame(LETTER_MARK_TOP),
      spacing: { before: 0, after: 0, line: size * 20, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: DOUBLE_RULE_SIZE, color: RED, space: LETTER_RULE_GAP_PT } },
      children: name ? [run(name, { role: 'title', size, color: RED })] : [],
    }),
    new Paragraph({
      style: NATURAL_STYLE,
      frame: { ...frame(LETTER_FOOT_RULE, 60), wrap: FrameWrap.NONE },
      spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
      border: { top: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: DOUBLE_RULE_SIZE, color: RED, space: 0 } },
      children: [],
    }),
  ];
  const left = [doc.copyNumber, doc.secrecy, doc.urgency].filter((x): x is string => Boolean(x));
  const first = left.shift();
  if (first || doc.docNumber) {
    out.push(
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width }],
        children: [...(first ? [run(first, { role: 'heading1' })] : []), ...(doc.docNumber ? [run(new Tab()), run(doc.docNumber)] : [])],
      }),
    );
  }
  for (const line of left) out.push(new Paragraph({ children: [run(line, { role: 'heading1' })] }));
  // The 标题 two lines below the last of them.
  if (out.length > 2) out.push(blankLine(), blankLine());
  return out;
}

/** The 令's head: its 标志 20 mm below the type area's top, two lines, the 令号 centred, two lines. */
export function orderHead(doc: NoticeDocument, markSize: (mark: string) => number): FileChild[] {
  const out: FileChild[] = [];
  const mark = orderMark(doc);
  if (mark) {
    const size = markSize(mark);
    out.push(
      new Paragraph({
        style: NATURAL_STYLE,
        alignment: AlignmentType.CENTER,
        spacing: { before: mm(20), after: 0, line: Math.round(size * 20 * 1.15), lineRule: LineRuleType.EXACT },
        children: [run(mark, { role: 'title', size, color: RED })],
      }),
      blankLine(),
      blankLine(),
    );
  }
  const number = orderNumber(doc.docNumber);
  if (number) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(number)] }), blankLine(), blankLine());
  return out;
}

/**
 * The 令's close (§7.3.5.3): two lines below the 正文 the 签名章 4 字 from the right, the 签发人's 职务
 * 2 字 to its left; one line below, the 成文日期 4 字 from the right. The signer is written "职务 姓名";
 * the name stands where the 签名章 is pressed.
 */
export function orderSignature(doc: NoticeDocument): Paragraph[] {
  const words = (doc.signer ?? '').split(/\s+/).filter(Boolean);
  const name = words.pop();
  const title = words.join('');
  const out: Paragraph[] = [];
  if (name) {
    out.push(
      new Paragraph({ keepNext: true, children: [] }),
      new Paragraph({ keepNext: true, children: [] }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: chars(4) },
        keepNext: Boolean(doc.signedDate),
        children: [...(title ? [run(title), run('　　')] : []), run(name, { role: 'heading2' })],
      }),
    );
  }
  if (doc.signedDate) {
    out.push(
      new Paragraph({ keepNext: true, children: [] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(4) }, children: [run(doc.signedDate)] }),
    );
  }
  return out;
}

/**
 * A 纪要's lists (§10.3): one line below the 正文, 2 字 in, "出席：" in 黑体 and the names in 仿宋,
 * wrapped lines aligned with the first name; 请假 and 列席 each on a new line the same way.
 */
export function attendanceBlock(attendance: NoticeAttendance | undefined): Paragraph[] {
  if (!attendance) return [];
  const lists = ATTENDANCE_LABELS.filter(([key]) => attendance[key].length > 0);
  if (lists.length === 0) return [];
  return [
    blankLine(),
    ...lists.map(
      ([key, label]) =>
        new Paragraph({
          indent: { left: chars(2 + 3), hanging: chars(3) },
          children: [run(`${label}：`, { role: 'heading1' }), run(attendance[key].join('、'))],
        }),
    ),
  ];
}

/** Lines the attendance takes, for the page estimate: each list as a paragraph after a blank line. */
export function attendanceParagraphs(attendance: NoticeAttendance | undefined): string[] {
  if (!attendance) return [];
  const lists = ATTENDANCE_LABELS.filter(([key]) => attendance[key].length > 0);
  return lists.length === 0 ? [] : ['', ...lists.map(([key, label]) => `${label}：${attendance[key].join('、')}`)];
}
