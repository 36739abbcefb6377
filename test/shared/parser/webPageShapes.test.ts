import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Small web pages of shapes government portals print around a notice. */
describe('a portal page around the notice', () => {
  it('drops the portal’s banner of organ names above the breadcrumb and reads a 主送 without its colon', () => {
    const notice = parseNotice(
      [
        '中共甲市委 甲市人大 甲市政协',
        '首页',
        '当前栏目: 首页>政务>文库',
        '甲市人民政府办公室关于印发会议制度的通知',
        '各县(区)人民政府,各市级责任单位',
        '《会议制度》已经市政府同意，现印发给你们，请认真执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府办公室关于印发会议制度的通知');
    expect(notice.recipients).toEqual(['各县(区)人民政府', '各市级责任单位']);
  });

  it('takes a toolbar label ending in a colon for chrome, not for the 主送', () => {
    const notice = parseNotice(
      [
        '甲市人民政府办公室关于做好防汛工作的通知',
        '来源:甲市政府网 日期:2023-01-12 字号:【',
        '视力保护色:',
        '浏览量:',
        '各县市区委、人民政府,市直各单位:',
        '现就有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各县市区委、人民政府', '市直各单位']);
  });

  it('keeps a 管委会 apart from the governments before it', () => {
    const notice = parseNotice('甲市人民政府关于做好防汛工作的通知\n各县(区)人民政府、管委会,市直各单位:\n现就有关事项通知如下。');
    expect(notice.recipients).toEqual(['各县(区)人民政府', '管委会', '市直各单位']);
  });
});

describe('a level-1 heading on a line of its own', () => {
  it('ends at its line even when long, the paragraph under it being body text', () => {
    const notice = parseNotice(
      [
        '甲区2023年度法治政府建设情况报告',
        '2023年，甲区坚持依法行政，现报告如下。',
        '一、区政府主要负责同志履行推进法治建设第一责任人职责情况',
        '深入贯彻落实上级关于法治政府建设的决策部署，严格执行有关规定。',
      ].join('\n'),
    );
    expect(notice.clauses.map((c) => c.heading)).toEqual(['区政府主要负责同志履行推进法治建设第一责任人职责情况']);
  });
});

describe("a listing page's entry: the title closed by a comma above its 文号", () => {
  it('keeps the title out of the 主送', () => {
    const notice = parseNotice(
      [
        '甲府发〔2025〕8号 各旗区人民政府,市人民政府各部...',
        '甲市人民政府关于印发甲市区域合作行动方案的通知,',
        '甲府发〔2025〕8号',
        '各旗区人民政府,市人民政府各部门:',
        '《甲市区域合作行动方案》已经市人民政府常务会议审议通过,现印发给你们,请认真组织实施。',
        '甲市人民政府',
        '2025年3月21日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发甲市区域合作行动方案的通知');
    expect(notice.recipients).toEqual(['各旗区人民政府', '市人民政府各部门']);
  });
});
