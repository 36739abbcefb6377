/**
 * The building blocks every document kind shares: runs in a GB/T 9704 font and size, blank grid
 * lines, the A4 page with its margins and 22 × 28 grid (portrait or landscape), the "— 1 —" page
 * numbers on odd (right) and even (left) pages, and packing with our own styles (3号 仿宋, black) and
 * the font table of fallbacks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { fontTableXml, runFont, type FontRole } from './fonts';
import { CHAR_SPACE, LINE_PITCH, PAGE, PAGE_NUMBER_OFFSET, SIZE } from './gbt9704';
import { NATURAL_STYLE, stylesXml } from './stylesXml';

export interface RunStyle {
  role?: FontRole;
  /** Points. */
  size?: number;
  color?: string;
  /** Start the run on a new line (a title broken into lines). */
  breakBefore?: boolean;
}

/** A run of text, or a tab (`new Tab()`), in a GB/T 9704 font and size. */
export function run(content: string | Tab, style: RunStyle = {}): TextRun {
  return new TextRun({
    ...(typeof content === 'string' ? { text: content } : { children: [content] }),
    font: runFont(style.role ?? 'body'),
    size: Math.round((style.size ?? SIZE.sanhao) * 2),
    color: style.color,
    break: style.breakBefore ? 1 : undefined,
  });
}

/** An empty line: one grid pitch, as Normal sets every line. */
export function blankLine(): Paragraph {
  return new Paragraph({ children: [] });
}

export type Orientation = 'portrait' | 'landscape';

/** The page number's line: 4号 at 1.5 lines, exactly. */
const PAGE_NUMBER_LINE = Math.round(SIZE.sihao * 20 * 1.5);

/**
 * Footer distance that puts the page number's 一字线 7 mm below the type area: the dash's top sits
 * 0.6 of the line below the line's top (measured in LibreOffice; Word's baseline rule gives about 0.65).
 */
const footerDistance = (marginBottom: number) => marginBottom - PAGE_NUMBER_OFFSET - Math.round(PAGE_NUMBER_LINE * 0.4);

/**
 * A4 with the GB/T 9704 margins. Landscape (tables) turns the type area with the page: 225 × 156 mm.
 * The table's head faces the sheet's left edge (§8: the 订口 of an odd page, the 切口 of an even one), so
 * the sheet's left margin is the landscape top, its foot (where the 页码 goes) the landscape left and its
 * 天头 the landscape right. It keeps a line grid only, as table text is smaller than 3号.
 */
export function pageProperties(orientation: Orientation): NonNullable<ISectionOptions['properties']> {
  if (orientation === 'portrait') {
    return {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: PAGE.marginTop,
          right: PAGE.marginRight,
          bottom: PAGE.marginBottom,
          left: PAGE.marginLeft,
          header: 851,
          footer: footerDistance(PAGE.marginBottom),
          gutter: 0,
        },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
    };
  }
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
      margin: {
        top: PAGE.marginLeft,
        right: PAGE.marginTop,
        bottom: PAGE.marginRight,
        left: PAGE.marginBottom,
        header: 851,
        footer: footerDistance(PAGE.marginRight),
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch: 312 },
  };
}

function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  const style: RunStyle = { role: 'pageNumber', size: SIZE.sihao };
  const children: ParagraphChild[] = [
    run('— ', style),
    new TextRun({ children: [PageNumber.CURRENT], font: runFont('pageNumber'), size: SIZE.sihao * 2 }),
    run(' —', style),
  ];
  const oneChar = SIZE.sihao * 20;
  return new Paragraph({
    style: NATURAL_STYLE,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
    spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children,
  });
}

/** "— 1 —" in 4号 宋体: odd pages on the right, even pages on the left, each 1 字 in from the edge. */
export function pageNumberFooters(): NonNullable<ISectionOptions['footers']> {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** One page number turned to read along the sheet's foot, in a borderless floating cell in the left margin. */
function landscapePageNumber(side: 'odd' | 'even'): Table {
  const width = PAGE_NUMBER_LINE;
  // The turned line's 一字线 lies 0.53 of the line from its top, which faces the type area (measured in LibreOffice).
  const right = PAGE.marginBottom - PAGE_NUMBER_OFFSET + Math.round(PAGE_NUMBER_LINE * 0.53);
  const typeAreaHeight = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: [width],
    width: { size: width, type: WidthType.DXA },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      verticalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: right - width,
      absoluteVerticalPosition: PAGE.marginLeft,
    },
    rows: [
      new TableRow({
        height: { value: typeAreaHeight, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            // tbRl: read top to bottom, the characters' tops toward the type area — upright on the turned sheet.
            textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT,
            verticalAlign: VerticalAlign.TOP,
            children: [pageNumberParagraph(side)],
          }),
        ],
      }),
    ],
  });
}

/**
 * 页码 of landscape table pages, GB/T 9704-2012 §8: "A4纸型的表格横排时，页码位置与公文其他页码保持一致，
 * 单页码表头在订口一边，双页码表头在切口一边。" The number stays where §7.5 puts it on the sheet — 7 mm below the
 * type area's foot, odd pages at the right and even at the left, 1 字 in — which on the turned page is the
 * left margin: odd pages at its lower end, even at its upper end. Headers hold it, the footers stay empty.
 */
export function landscapePageNumbers(): Pick<ISectionOptions, 'headers' | 'footers'> {
  const header = (side: 'odd' | 'even') =>
    new Header({ children: [landscapePageNumber(side), new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT } })] });
  const empty = () => new Footer({ children: [new Paragraph({})] });
  return { headers: { default: header('odd'), even: header('even') }, footers: { default: empty(), even: empty() } };
}

/** A document with different odd and even footers; its styles come from stylesXml at packing. */
export function gongwenDocument(sections: ISectionOptions[], title: string): Document {
  return new Document({ title, creator: '公文台', evenAndOddHeaderAndFooters: true, sections });
}

/** The .docx bytes, with our styles and a font table naming each font's fallback. */
export async function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document, false, [
    { path: 'word/styles.xml', data: stylesXml() },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
}

export { NATURAL_STYLE };
