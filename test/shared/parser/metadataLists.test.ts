import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { analyzeFixture as parse, clauseTree as tree, outlineByNumber as outline } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages (and fixture notices in test/fixtures/notices/): metadata printed
 * as lists and lines — bullets ending in the title's first line, a library header box, values under their labels,
 * lone field labels above a 函, “发文机关：…  成文日期：…” lines, 政府信息公开 rows, tab-separated two-cell rows.
 */
describe('a bulletin’s web edition whose metadata bullets end in the title’s first line', () => {
  it('takes the notice’s own title, not the masthead', () => {
    const notice = parseNotice(
      [
        '甲市人民政府公报(2020年第3期)',
        '字体大小: 打印',
        '  • 总期刊数 总210期',
        '  • 发布日期 2020-03-02',
        '  •   甲市人民政府关于印发',
        '      甲市某项工作',
        '      实施方案的通知',
        '      (2020年2月12日)',
        '      甲政发〔2020〕4号',
        '      各区人民政府,市政府各部门:',
        '      现将《甲市某项工作实施方案》印发给你们,请认真贯彻落实。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府关于印发甲市某项工作实施方案的通知');
    expect(notice.issuer).toBe('甲市人民政府');
    expect(notice.signedDate).toBe('2020-02-12');
  });
});

describe('a library page’s header box between the title and the 主送', () => {
  it('leaves the box’s issuer, date and book lines out of the 主送', () => {
    const notice = parseNotice(
      [
        '甲省人民政府关于同意设立白沙镇的批复',
        '甲政函〔2001〕12号',
        '甲省人民政府',
        '2001年3月2日',
        '本作品收录于《甲省人民政府公报》2001年第5期',
        '青石县人民政府:',
        '你县《关于设立白沙镇的请示》收悉。现批复如下:',
        '一、同意设立白沙镇。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['青石县人民政府']);
  });
});

describe('a page whose metadata list puts each value on the line under its label', () => {
  const notice = parseNotice(
    [
      '返回顶部',
      '丙县人民政府工作规则',
      '  • 索引号:',
      '    1234560000/2024-000007',
      '  • 主题分类:',
      '  • 发文机构:',
      '    县政府网站',
      '  • 发文字号:',
      '    丙政发〔2024〕3号',
      '  • 内容概述:',
      '丙县人民政府工作规则',
      '第一章总则',
      '一、根据有关法律法规,结合本县实际,制定本规则。',
      '二、县政府实行县长负责制。县长主持县政府全面工作。',
    ].join('\n'),
  );

  it('reads the 文号 from the list and the standalone heading as the title', () => {
    expect(notice.docNumber?.text).toBe('丙政发〔2024〕3号');
    expect(notice.title).toBe('丙县人民政府工作规则');
    expect(outline(notice)).toEqual(['1:一 根据有关法律法规,结合本县实际,制定本规则', '1:二 县政府实行县长负责制']);
  });
});

describe('a portal page whose field labels stand alone above a 函', () => {
  const notice = parseNotice(
    [
      '今天是:2025年12月06日',
      '甲市水利局',
      '征集调查',
      '主题:',
      '甲市防汛抗旱指挥部办公室关于征求《甲市防汛应急预案(征求意见稿)》修改意见的函',
      '时限:',
      '截止:2019-06-18',
      '征集状态:',
      '甲市防汛抗旱指挥部办公室关于征求《甲市防汛应急预案(征求意见稿)》修改意见的函',
      '市直有关部门:',
      '为做好防汛减灾工作,市防汛办修订形成了征求意见稿。请各单位于6月18日前反馈修改意见。',
    ].join('\n'),
  );

  it('takes none of the labels for the 主送', () => {
    expect(notice.recipients).toEqual(['市直有关部门']);
    expect(notice.title).toBe('甲市防汛抗旱指挥部办公室关于征求《甲市防汛应急预案(征求意见稿)》修改意见的函');
    expect(notice.docKind).toBe('函');
  });
});

describe('a notice pasted from a web page, its metadata written as “发文机关：…  成文日期：…” lines', () => {
  const notice = parse('web-page-metadata-lines');

  it('reads the metadata lines without pipes, and the page’s 发布时间 line under the title', () => {
    expect(notice.metadata).toMatchObject({
      发文机关: '临汾市人民政府办公室',
      成文日期: '2025年06月18日',
      发文字号: '临政办发〔2025〕21号',
      有效性: '有效',
      发布时间: '2025-06-20 16:05',
      来源: '临汾市人民政府办公室',
    });
  });

  it('reads the notice without a 版头', () => {
    expect(notice.issuerMark).toBeNull();
    expect(notice.issuer).toBe('临汾市人民政府办公室');
    expect(notice.docNumber?.text).toBe('临政办发〔2025〕21号');
    expect(notice.title).toBe('临汾市人民政府办公室关于加强城市排水防涝工作的通知');
    expect(notice.signedDate).toBe('2025-06-18');
    expect(notice.clauses).toHaveLength(3);
  });

  it('drops the page’s breadcrumb and buttons (【字体：大 中 小】, 【打印本页】) like page footers', () => {
    expect(notice.unplaced).toEqual([]);
    expect(notice.body).not.toMatch(/当前位置|字体|打印本页/);
    expect(notice.findings).toEqual([]);
  });
});

describe('a county notice pasted from a 政府信息公开 page with 信息名称/文　　号 rows and a 来源…发布时间 line', () => {
  const notice = parse('web-info-table-2023');

  it('drops the breadcrumb and buttons and takes the header from the notice, not the page', () => {
    expect(notice.issuer).toBe('沁水县人民政府办公室');
    expect(notice.docNumber?.text).toBe('沁政办发〔2023〕15号');
    expect(notice.title).toBe('沁水县人民政府办公室关于做好2023年汛期安全防范工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.signedDate).toBe('2023-05-26');
    expect(notice.metadata['发布时间']).toBe('2023-05-29 09:12');
    expect(notice.findings).toEqual([]);
  });

  it('reads （牵头单位：…；责任单位：…；完成时限：…） and （A负责，B配合） without the deadline', () => {
    expect(tree(notice)).toEqual([
      '1 一 压实防汛责任 | ',
      '2 一/一 落实行政首长负责制 | 县防办*、各乡镇人民政府',
      '2 一/二 开展汛前检查 | 县水务局*、县自然资源局、县住建局、县交通运输局',
      '1 二 强化监测预警 | ',
      '2 二/一 加强会商研判 | 县气象局*、县水务局、县应急局',
      '2 二/二 畅通预警发布渠道 | 县融媒体中心*、各乡镇人民政府、县移动公司、县联通公司',
      '1 三 做好应急准备 | ',
      '2 三/一 充实抢险队伍和物资 | 县应急局*、各乡镇人民政府',
      '2 三/二 严格值班值守 | 县应急局*、县政府办',
    ]);
  });
});

describe('a township notice whose web table is two cells a row, tab-separated, without colons', () => {
  const notice = parse('township-web-tab-table');

  it('reads the rows as the page table, not as the title', () => {
    expect(notice.title).toBe('东观镇人民政府关于做好2024年主汛期防汛工作的通知');
    expect(notice.metadata['标题']).toBe(notice.title);
    expect(notice.issuer).toBe('东观镇人民政府');
    expect(notice.docNumber?.text).toBe('东政发〔2024〕12号');
    expect(notice.signedDate).toBe('2024-06-03');
    expect(notice.recipients).toEqual(['各村（社区）党支部', '村（居）民委员会', '镇直各站所']);
  });

  it('drops a deadline without a year (6月15日前完成) from the units', () => {
    expect(tree(notice)).toEqual([
      '1 一 落实包村包户责任 | 镇应急办*、各包村领导',
      '1 二 抓好河道清障 | 镇水利站*、各沿河村',
      '1 三 做好物资储备 | 镇应急办*、各村（社区）',
    ]);
  });
});
