import { describe, expect, it } from 'vitest';
import {
  collapseCjkSpaces,
  foldWidth,
  isPageFooter,
  normalizeNewlines,
  stripWebFurniture,
  tabsToCells,
  withoutForumNoise,
} from '../../shared/domain/textNormalize';

describe('text normalization', () => {
  it('turns CRLF and CR into LF and drops the BOM and zero-width characters, keeping tabs', () => {
    expect(normalizeNewlines('\uFEFF一、\r\n二、\r三、\u200B\t四')).toBe('一、\n二、\n三、\t四');
  });

  it('folds full-width ASCII and the ideographic space for matching', () => {
    expect(foldWidth('（１）ＡＢ　')).toBe('(1)AB ');
  });

  it('closes up the spaces layout puts between Chinese characters and numbers, not between Latin words', () => {
    expect(collapseCjkSpaces('关 于 做 好 2025 年 工作')).toBe('关于做好2025年工作');
    expect(collapseCjkSpaces('阳政发〔2025〕1 号 AI model')).toBe('阳政发〔2025〕1号 AI model');
  });

  it('removes the spaces around « », which some PDF fonts print for 《》', () => {
    expect(collapseCjkSpaces('转发县应急局等 三部门 « 关于加强燃气安全的意见 » 的通知')).toBe(
      '转发县应急局等三部门«关于加强燃气安全的意见»的通知',
    );
  });

  it('knows page footers in their usual forms', () => {
    for (const footer of ['— 3 —', '－3－', '- 3 -', '第3页 共12页', '3/12']) expect(isPageFooter(footer)).toBe(true);
    expect(isPageFooter('三、加强领导')).toBe(false);
  });

  it('drops a web page’s breadcrumb and buttons, keeping the text around them', () => {
    expect(stripWebFurniture('当前位置：首页 > 政务公开 > 政策文件')).toBe('');
    expect(stripWebFurniture('首页 > 信息公开 > 政府文件')).toBe('');
    expect(stripWebFurniture('首页是本网站的入口')).toBe('首页是本网站的入口');
    expect(stripWebFurniture('【打印本页】【关闭窗口】')).toBe('');
    expect(stripWebFurniture('发布时间：2025-06-20 来源：市政府办公室 【字体：大 中 小】')).toBe('发布时间：2025-06-20 来源：市政府办公室');
    expect(stripWebFurniture('【重要】请各单位按时报送')).toBe('【重要】请各单位按时报送');
  });

  it('writes a tab-separated row of three or more cells with bars, other tabs as spaces', () => {
    expect(tabsToCells('1\t开展排查\t县应急局\t6月底前')).toBe('1 | 开展排查 | 县应急局 | 6月底前');
    expect(tabsToCells('\t（七）夯实部门监管责任')).toBe(' （七）夯实部门监管责任');
  });

  it('drops a forum’s hidden anti-copy noise, keeping spaced letters and numbers, a colon and a marker’s bracket', () => {
    expect(withoutForumNoise('一、活动时间- E; O* T2 M& \\( s3 M; H')).toBe('一、活动时间');
    expect(withoutForumNoise('某社区会议室7 P X1 O" @3 {" e6 }')).toBe('某社区会议室');
    expect(withoutForumNoise("现将有关事项告知如下:' m I9 @! F) j0 V, y) T- t4 n")).toBe('现将有关事项告知如下:');
    expect(withoutForumNoise("2 b8 C2 X3 t1 l' C(一)通过书面送交。")).toBe('(一)通过书面送交。');
    expect(withoutForumNoise('分为 A B C D 四档')).toBe('分为 A B C D 四档');
    expect(withoutForumNoise('1 2 3 4 5 | 合计')).toBe('1 2 3 4 5 | 合计');
  });
});
