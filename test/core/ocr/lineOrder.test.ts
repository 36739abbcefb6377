import { describe, expect, it } from 'vitest';
import { orderLines } from '../../../electron/core/ocr/lineOrder';
import type { RecognizedLine } from '../../../electron/core/ocr/ocrEngine';

// Boxes as the OCR engine gives them on an A4 page at 200 dpi (1654 px wide): characters 40 px high.
const line = (text: string, x: number, y: number, width = 200, height = 40, confidence = 0.99): RecognizedLine => ({
  text,
  confidence,
  box: { x, y, width, height },
});

/** A column of `count` text lines named `name0`, `name1`…, `pitch` px apart. */
const column = (name: string, x: number, y: number, count: number, pitch = 60, width = 600) =>
  Array.from({ length: count }, (_, i) => line(`${name}${i}`, x, y + i * pitch, width));

const names = (count: number, name: string) => Array.from({ length: count }, (_, i) => `${name}${i}`);
/** Boxes are handed over in no particular order; the order must come from their places. */
const shuffled = (boxes: RecognizedLine[]) =>
  boxes
    .map((b, i) => [(i * 7919) % 101, b] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, b]) => b);
const read = (boxes: RecognizedLine[]) => orderLines(shuffled(boxes)).map((l) => l.text);

describe('line order', () => {
  it('orders boxes into rows top to bottom, left to right, with a space only across a wide gap', () => {
    const lines = orderLines([
      line('2026年11月20日', 1000, 1402),
      line('青川县人民政府', 1000, 1330),
      line('通知如下', 460, 860, 200),
      line('为做好工作，', 220, 862, 230),
      line('甲', 1200, 862, 40),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['为做好工作，通知如下 甲', '青川县人民政府', '2026年11月20日']);
  });

  it('reads a two-column stretch column by column, and the rows around it across the page', () => {
    // Rows 60 px apart; the left column x 200–900, the right x 980–1680 (a gutter of two characters).
    const body = [0, 1, 2, 3].flatMap((i) => [line(`左${i}`, 200, 500 + i * 60, 700), line(`右${i}`, 980, 502 + i * 60, 700)]);
    const lines = read([
      line('某某县人民政府关于开展检查的通知', 300, 300, 1200, 50),
      line('各乡镇：', 200, 420, 200),
      ...body,
      line('左4', 260, 740, 400),
      line('某某县人民政府', 1300, 860, 300),
      line('2026年11月20日', 1320, 930, 300),
    ]);
    expect(lines).toEqual([
      '某某县人民政府关于开展检查的通知',
      '各乡镇：',
      ...names(5, '左'),
      ...names(4, '右'),
      '某某县人民政府',
      '2026年11月20日',
    ]);
  });

  it('reads two columns whose lines do not line up column by column, each line on its own', () => {
    const left = column('左', 200, 500, 8);
    left[3] = line('左3', 200, 680, 320); // a paragraph's last line
    left[4] = line('左4', 280, 740, 520); // the next paragraph, indented
    // The right column: lines at a wider pitch, then a heading in larger type standing beside two left lines.
    const right = [...column('右', 860, 518, 2, 68), line('二、工作动态', 860, 698, 360, 64), ...column('后', 860, 800, 4, 68)];
    expect(read([...left, ...right])).toEqual([...names(8, '左'), ...names(2, '右'), '二、工作动态', ...names(4, '后')]);
  });

  it('reads columns of unequal length: the short right column after the whole left one, then the line below both', () => {
    const lines = read([
      ...column('左', 200, 500, 9),
      ...column('右', 860, 500, 3),
      line('以上内容请各单位认真贯彻落实，确保各项工作取得实效。', 200, 1100, 1260),
    ]);
    expect(lines).toEqual([...names(9, '左'), ...names(3, '右'), '以上内容请各单位认真贯彻落实，确保各项工作取得实效。']);
  });

  it('reads the header across the page, the two-column body column by column, then the closing in rows', () => {
    const lines = read([
      line('青川县人民政府文件', 380, 200, 900, 90),
      line('青政发〔2026〕7号', 640, 340, 380),
      line('青川县人民政府关于开展冬季防火检查的通知', 280, 440, 1100, 50),
      line('各乡镇人民政府，县直有关单位：', 200, 540, 620),
      ...column('左', 200, 620, 6),
      ...column('右', 860, 620, 5),
      line('特此通知。', 280, 1020, 200),
      line('青川县人民政府', 1130, 1120, 290),
      line('2026年11月20日', 1100, 1190, 330),
      line('（此件公开发布）', 280, 1290, 330),
    ]);
    expect(lines).toEqual([
      '青川县人民政府文件',
      '青政发〔2026〕7号',
      '青川县人民政府关于开展冬季防火检查的通知',
      '各乡镇人民政府，县直有关单位：',
      ...names(6, '左'),
      ...names(5, '右'),
      '特此通知。',
      '青川县人民政府',
      '2026年11月20日',
      '（此件公开发布）',
    ]);
  });

  it('reads a two-column stretch in the middle of a page between one-column paragraphs', () => {
    const lines = read([
      ...column('上', 200, 300, 3, 60, 1260),
      ...column('左', 200, 500, 4),
      ...column('右', 860, 500, 4),
      ...column('下', 200, 780, 2, 60, 1260),
    ]);
    expect(lines).toEqual([...names(3, '上'), ...names(4, '左'), ...names(4, '右'), ...names(2, '下')]);
  });

  it('keeps a one-column notice in page order: short lines at the left and the 署名/date block at the right are no columns', () => {
    const lines = read([
      line('　　为做好今冬明春防火工作，现就有关事项通知如下。', 200, 500, 1260),
      line('各单位要组织力量开展检查，落实责任。', 200, 560, 760),
      line('附件：1.检查安排表', 200, 660, 560),
      line('2.联络员名单', 330, 720, 400),
      line('3.隐患排查清单', 330, 780, 440),
      line('甲县人民政府', 1100, 900, 290),
      line('乙县人民政府', 1100, 960, 290),
      line('2026年11月20日', 1080, 1020, 330),
      line('（此件公开发布）', 280, 1120, 330),
      line('（联系人：张三，电话：12345678）', 280, 1180, 660),
      line('（联系地址：县政府大院）', 280, 1240, 500),
    ]);
    expect(lines).toEqual([
      '　　为做好今冬明春防火工作，现就有关事项通知如下。',
      '各单位要组织力量开展检查，落实责任。',
      '附件：1.检查安排表',
      '2.联络员名单',
      '3.隐患排查清单',
      '甲县人民政府',
      '乙县人民政府',
      '2026年11月20日',
      '（此件公开发布）',
      '（联系人：张三，电话：12345678）',
      '（联系地址：县政府大院）',
    ]);
  });

  it('keeps rows whole where the page is one column: body lines cross the middle, a spread-out row is not a gutter', () => {
    const lines = read([
      line('大政发〔2025〕1号', 200, 300, 400),
      line('签发人：张三', 1300, 300, 300),
      ...[0, 1, 2].flatMap((i) => [line(`联系人${i}`, 200, 500 + i * 60, 300), line(`电话${i}`, 1200, 500 + i * 60, 300)]),
      line('正文一行跨过页面中间', 200, 700, 1400),
    ]);
    expect(lines).toEqual(['大政发〔2025〕1号 签发人：张三', '联系人0 电话0', '联系人1 电话1', '联系人2 电话2', '正文一行跨过页面中间']);
  });

  it('keeps lines whole that the detector split at one place down the page (a crease), with no space', () => {
    const halves = [0, 1, 2, 3, 4].flatMap((i) => [line(`前${i}`, 200, 500 + i * 60, 600), line(`后${i}`, 812, 500 + i * 60, 600)]);
    expect(read(halves)).toEqual([0, 1, 2, 3, 4].map((i) => `前${i}后${i}`));
  });

  it('reads a table row by row, cell after cell', () => {
    const cells = (row: string[], y: number) => row.map((text, i) => line(text, [200, 320, 780, 980][i], y, [60, 400, 140, 280][i]));
    const rows = [
      ['序号', '单位', '负责人', '联系电话'],
      ['1', '县应急管理局', '张三', '12345678'],
      ['2', '县消防救援大队', '李四', '23456789'],
      ['3', '县林业局', '王五', '34567890'],
      ['4', '县住房和城乡建设局', '赵六', '45678901'],
    ];
    const lines = read(rows.flatMap((row, i) => cells(row, 500 + i * 60)));
    expect(lines).toEqual(rows.map((row) => row.join(' ')));
  });

  it('reads a two-column table of short cells row by row', () => {
    const rows = [
      ['县应急管理局', '张三'],
      ['县消防救援大队', '李四'],
      ['县林业局', '王五'],
      ['县住房和城乡建设局', '赵六'],
    ];
    const lines = read(
      rows.flatMap(([unit, name], i) => [line(unit, 200, 500 + i * 60, 40 * unit.length), line(name, 620, 500 + i * 60, 80)]),
    );
    expect(lines).toEqual(rows.map(([unit, name]) => `${unit} ${name}`));
  });

  it('reads every box once whatever the layout, and nothing from no boxes', () => {
    expect(orderLines([])).toEqual([]);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const boxes = Array.from({ length: 400 }, (_, i) => line(`${i}`, random(1600), random(2300), 1 + random(700), random(80)));
    const parts = orderLines(boxes).flatMap((l) => l.parts);
    expect(parts).toHaveLength(boxes.length);
    expect(new Set(parts)).toEqual(new Set(boxes));
  });
});
