/**
 * The building blocks every document kind shares: runs in a GB/T 9704 font and size, blank grid
 * lines, the A4 page with its margins and 22 × 28 grid (portrait or landscape), the "— 1 —" page
 * numbers on odd (right) and even (left) pages, and packing with our own styles (3号 仿宋, black) and
 * the font table of fallbacks.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TextRun,
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
 * A4 with the GB/T 9704 margins. Landscape (tables) turns the type area with the page: 225 × 156 mm,
 * the 天头 on the left edge; it keeps a line grid only, as table text is smaller than 3号.
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
        right: PAGE.marginBottom,
        bottom: PAGE.marginRight,
        left: PAGE.marginTop,
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
