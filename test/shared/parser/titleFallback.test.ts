import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const BODY = [
  '各乡镇人民政府，县直各单位：',
  '为做好防汛工作，现将有关事项通知如下。',
  '一、提高认识。各单位要高度重视。',
  '甲县人民政府',
  '2023年5月6日',
];

describe('a title the header missed', () => {
  it('is the line above the body written as a title, a page label before it cut', () => {
    expect(parseNotice(['[ 发布机构 ] 甲县人民政府关于做好防汛工作的通知', ...BODY].join('\n')).title).toBe(
      '甲县人民政府关于做好防汛工作的通知',
    );
  });

  it('is read without a table’s cell bars after it, below a long menu', () => {
    const menu = Array.from({ length: 45 }, (_, k) => `栏目${k + 1}`);
    expect(parseNotice([...menu, '[ 发布机构 ] 甲县人民政府关于做好防汛工作的通知 | |', ...BODY].join('\n')).title).toBe(
      '甲县人民政府关于做好防汛工作的通知',
    );
  });

  it('is read in traditional forms and with a mirror’s pronunciations, kept as written', () => {
    for (const title of ['甲縣人民政府辦公室關於表彰先進集體的決定', '甲縣人民政府辦公室關(guān)于表彰先進(jìn)集體的決定'])
      expect(parseNotice([`[ 发布机构 ] ${title}`, ...BODY].join('\n')).title).toBe(title);
  });

  it('is never a sentence: a line with a comma outside its quotations is none', () => {
    const sentence = parseNotice(
      ['根据《国务院关于加强安全生产工作的通知》,甲县安委会决定', '乙公司：', '经研究，现予挂牌督办。'].join('\n'),
    );
    expect(sentence.title).toBeNull();
    const quoted = parseNotice(['甲县人民政府关于开展“查隐患，保平安”活动的通知', ...BODY].join('\n'));
    expect(quoted.title).toBe('甲县人民政府关于开展“查隐患，保平安”活动的通知');
  });

  it('is no line below the 主送 or the first sentence: those name other documents', () => {
    const notice = parseNotice(
      [
        '朗读',
        '乙乡人民政府：',
        '你乡的请示收悉。经研究，同意调整行政村规模。',
        '甲县人民政府',
        '2023年5月6日',
        '上一篇：关于同意丙乡调整行政村规模的批复',
      ].join('\n'),
    );
    expect(notice.title).toBeNull();
  });

  it('stands below a site’s motto or a news report when its 主送 or 文号 opens under it', () => {
    const motto = ['建设美丽甲县。欢迎访问！', '首页 > 通知公告', '标题：甲县人民政府关于做好防汛工作的通知'];
    expect(parseNotice([...motto, ...BODY].join('\n')).title).toBe('甲县人民政府关于做好防汛工作的通知');
    const report = ['5月6日，甲县召开防汛会议。会议印发了通知。', '标题：甲县人民政府关于做好防汛工作的通知', '甲政发〔2023〕3号'];
    expect(parseNotice([...report, ...BODY].join('\n')).title).toBe('甲县人民政府关于做好防汛工作的通知');
  });

  it('is read without the page’s fields printed after it on its line', () => {
    for (const after of [' 发布时间：2023-05-06 浏览次数：12', ' 2023-05-06', ' 来源：甲县政府办', ' 字号：大 中 小'])
      expect(parseNotice([`甲县人民政府关于做好防汛工作的通知${after}`, ...BODY].join('\n')).title).toBe(
        '甲县人民政府关于做好防汛工作的通知',
      );
    // (A date before the title is no field after it.)
    expect(parseNotice(['2023-05-06 甲县人民政府关于做好防汛工作的通知', ...BODY].join('\n')).title).toBe(
      '甲县人民政府关于做好防汛工作的通知',
    );
  });

  it('is no line below a sentence when no notice opens under it: it names another document', () => {
    const notice = parseNotice(
      ['朗读', '经研究，同意调整行政村规模。', '甲县人民政府', '2023年5月6日', '上一篇：关于同意丙乡调整行政村规模的批复', '下一篇'].join(
        '\n',
      ),
    );
    expect(notice.title).toBeNull();
  });

  it('replaces a chosen line that does not end as a title does', () => {
    const notice = parseNotice(['甲县政务公开专栏', '[ 发布机构 ] 甲县人民政府关于做好防汛工作的通知', ...BODY].join('\n'));
    expect(notice.title).toBe('甲县人民政府关于做好防汛工作的通知');
  });
});
