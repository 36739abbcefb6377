/**
 * The numbers of GB/T 9704-2012 in OOXML units (twips = 1/20 pt; border sizes in 1/8 pt; font sizes
 * in half-points), in one place so the layout code and its tests read the same values.
 * See ../shared/docs/standards.md.
 */

export const MM = 1440 / 25.4; // twips per millimetre
export const mm = (millimetres: number) => Math.round(millimetres * MM);

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // 297 mm
  marginTop: 2098, // 37 mm 天头
  marginLeft: 1587, // 28 mm 订口
  marginRight: 1474, // 26 mm
  marginBottom: 1984, // 35 mm
} as const;

/** 版心 156 × 225 mm. */
export const TYPE_AREA = {
  width: PAGE.width - PAGE.marginLeft - PAGE.marginRight, // 8845 ≈ 156 mm
  height: PAGE.height - PAGE.marginTop - PAGE.marginBottom, // 12756 = 225 mm
} as const;

/** Chinese type sizes in points. */
export const SIZE = {
  chuhao: 42,
  yihao: 26,
  erhao: 22, // 标题
  xiaoer: 18,
  sanhao: 16, // 正文 and most elements
  xiaosan: 15,
  sihao: 14, // 版记, 页码
  xiaosi: 12,
  wuhao: 10.5,
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 12756 / 22 = 579.8, rounded down so that 22 lines fit. */
export const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);

/**
 * The section's character grid, as the 公文 templates declare it: pitch = 16 pt + charSpace / 4096 pt,
 * and 28 pitches must fit the 442.25 pt line: 442.25 / 28 = 15.7946 pt → charSpace = −842. Text does
 * not snap to it (see CHAR_SPACING); it sets what Word's and WPS's page setup show as 28 字 × 22 行.
 */
export const CHAR_SPACE = Math.floor((TYPE_AREA.width / 20 / CHARS_PER_LINE - SIZE.sanhao) * 4096);

/**
 * Character spacing of 3号 text, in twips: −0.3 pt, so a character advances 15.7 pt and 28 of them
 * (439.6 pt) fill the line while 29 (455.3 pt) do not. The bound is LibreOffice's: it narrows the line
 * to 28 whole cells of its reading of the grid above (16 pt − 5 twips, kept in 1/100 mm: 5.55 mm, so
 * 155.4 mm = 440.5 pt), where 28 characters at −0.25 pt (440.9 pt) no longer fit. Word and WPS apply
 * character spacing the same way, unlike the grid.
 */
export const CHAR_SPACING = -6;

/** One 字 of 3号 text, in twips: indents are measured in it. */
export const CHAR_WIDTH = SIZE.sanhao * 20 + CHAR_SPACING;

export const RED = 'FF0000';

/** Rules of the 版记: 0.35 mm ≈ 1 pt (size 8), 0.25 mm ≈ 0.75 pt (size 6). */
export const RULE = {
  thick: 8,
  thin: 6,
  /** The red rule under the 发文字号 (the standard gives no thickness; 1.5 pt is usual). */
  red: 12,
} as const;

/** 发文机关标志: top edge 35 mm below the top of the type area. */
export const MARK_OFFSET = mm(35);
/**
 * The red rule 4 mm below the 发文字号's characters (border spacing is in points, from the line's box):
 * in a 579-twip line the 3号 characters end about 1.5 mm above the box's foot (measured in LibreOffice's
 * rendering), so the border sits 4 mm − 1.5 mm below it.
 */
export const RED_RULE_GAP_PT = Math.round(((4 - 1.5) * 72) / 25.4);

/** 页码: its 一字线 7 mm below the type area. */
export const PAGE_NUMBER_OFFSET = mm(7);

/** The type area turned for landscape tables: 225 mm across. */
export const LANDSCAPE_TYPE_AREA_WIDTH = TYPE_AREA.height;
