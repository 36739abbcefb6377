import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { outlineByNumber as outline } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: metadata tables and page rows — spaced labels without colons, a 文号
 * only in a row, numbered or bracketed field labels, encyclopedia boxes and header rows, information tables
 * printed as columns, a toolbar cut at its colon, a 文号 cell inside another row.
 */
describe("a site's column of 非规范性文件 above a table whose 文号 row is labelled 文件编号", () => {
  it('takes neither the column for a 版头 nor the 文号 from anywhere but its row', () => {
    const notice = parseNotice(
      [
        '县本级非规范性文件',
        '当前位置:首页 > 信息公开 >',
        '索引号: 000000/2023-01775 发文时间: 2023-02-24',
        '文件编号: 青政办发〔2023〕7号 发布机构: 青石县政府办公室',
        '青石县人民政府办公室关于做好防汛工作的通知',
        '各乡镇人民政府,县政府直属各单位:',
        '现将有关事项通知如下。',
        '一、压实责任。各乡镇要落实防汛责任。',
        '青石县人民政府办公室',
        '2023年2月24日',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('青政办发〔2023〕7号');
    expect(notice.issuer).toBe('青石县人民政府办公室');
  });
});

describe('a metadata row whose spaced label has no colon, before a 文号', () => {
  const number = (row: string) =>
    parseNotice(
      [
        '甲县人民政府办公室关于做好防汛工作的通知',
        '索 引 号 000000-2019-000024 成文日期 2019-02-25',
        row,
        '各镇人民政府:',
        '现通知如下。',
      ].join('\n'),
    ).docNumber?.text;

  it('keeps the label out of the agency code, in simplified and traditional characters', () => {
    expect(number('文  号 甲政办发〔2019〕9号 主 题 词 甲县 人民政府')).toBe('甲政办发〔2019〕9号');
    expect(number('文  號 甲政辦發〔2019〕9號 主 題 詞 甲縣')).toBe('甲政辦發〔2019〕9號');
    expect(number('发文字号 甲政办发〔2019〕9号')).toBe('甲政办发〔2019〕9号');
  });
});

describe('a page row of bars whose last cell holds its label and value both', () => {
  it('reads the publishing date, which picks the reading of a 成文日期 that lost 年 and 月', () => {
    const notice = parseNotice(
      [
        '甲市人民政府关于印发甲市人民政府工作规则的通知',
        '作者: | 信息来源: | 发布日期:2019-02-06 10:37',
        '各县、区人民政府,市政府各部门:',
        '《甲市人民政府工作规则》已经市政府全体会议审议通过,现予印发,请遵照执行。',
        '2019127',
        '(此件公开发布)',
      ].join('\n'),
    );
    expect(notice.metadata['发布日期']).toBe('2019-02-06 10:37');
    expect(notice.metadata['信息来源']).toBeUndefined();
    expect(notice.signedDate).toBe('2019-01-27');
  });
});

describe('a portal’s field list with 统一登记号 and 公开责任部门 rows above the document', () => {
  it('leaves the rows out of the 主送 and reads the organ over its title', () => {
    const notice = parseNotice(
      [
        '关于印发《甲区防汛应急预案》的通知',
        '发布时间:2014-08-27 00:00 信息来源:甲区管委办',
        '文号:甲管函〔2014〕32号',
        '统一登记号:HQDR-2014-00003',
        '信息时效期:2019-08-27',
        '签署日期:2014-08-27',
        '登记日期:2014-08-27',
        '所属主题:其他',
        '公开责任部门:甲区管委会',
        'HQDR-2014-00003 甲管函〔2014〕32号',
        '甲市甲区管理委员会',
        '关于印发《甲区防汛应急预案》的通知',
        '各乡人民政府、街道办事处,区直有关单位:',
        '《甲区防汛应急预案》已经区管委会议研究同意,现印发给你们。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各乡人民政府、街道办事处', '区直有关单位']);
    expect(notice.issuer).toBe('甲市甲区管理委员会');
    expect(notice.docNumber?.text).toBe('甲管函〔2014〕32号');
  });
});

describe('a 文号 printed only in a spaced metadata row with two fields', () => {
  it('reads the 文号 without the row’s next cells', () => {
    const notice = parseNotice(
      [
        '政府信息公开',
        '',
        '发文字号 甲自然资规〔2022〕5号 主题分类 城乡建设',
        '发文单位 甲市自然资源局 效力状态 有效',
        '',
        '甲市自然资源局关于印发某方案的通知',
        '',
        '各区分局:',
        '为贯彻落实有关要求,制定本方案。',
        '',
        '甲市自然资源局',
        '2022年6月25日',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲自然资规〔2022〕5号');
    expect(notice.title).toBe('甲市自然资源局关于印发某方案的通知');
  });
});

describe('a page’s numbered field list with bracketed labels above the notice', () => {
  const page = [
    '1. [索引号]11A000/ZK-2024-000009',
    '  2. [主题分类] 工作方案',
    '  3. [发文机构] 甲市乙区人民政府',
    '  4. [联合发文单位]',
    '  5. [成文日期] 2024-04-02',
    '  6. [发文字号] 乙政发〔2024〕7号',
    '  7. [废止日期]',
    '  8. [有效性] 有效',
    '',
    '甲市乙区人民政府关于印发《乙区某规则》的通知',
    '',
    '各街道办事处,区政府各委、办、局:',
    '',
    '  《乙区某规则》已经区政府常务会议审议通过,现印发给你们,请遵照执行。',
    '',
    '  甲市乙区人民政府',
    '  2024年4月2日',
  ].join('\n');

  it('reads the 文号 from the list and the title and 主送 under it, with no clause from the list', () => {
    const notice = parseNotice(page);
    expect(notice.docNumber?.text).toBe('乙政发〔2024〕7号');
    expect(notice.title).toBe('甲市乙区人民政府关于印发《乙区某规则》的通知');
    expect(notice.recipients).toEqual(['各街道办事处', '区政府各委、办、局']);
    expect(notice.citations).toEqual([]);
  });

  it('keeps a numbered clause with a bracketed heading in the body', () => {
    const notice = parseNotice(
      [
        '甲县人民政府关于加强某项工作的通知',
        '各乡镇人民政府:',
        '现就有关事项通知如下:',
        '1. [加强领导] 各乡镇要成立工作专班',
        '2. [落实责任] 各乡镇要明确责任分工。',
        '甲县人民政府',
        '2024年4月2日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各乡镇人民政府']);
    expect(notice.clauses.map((c) => c.marker)).toEqual(['1.', '2.']);
  });
});

describe('an encyclopedia page’s header row: title, 文号, issuer and date as cells of one line', () => {
  it('reads the title and the 文号 apart, under a heading that adds the site’s name', () => {
    const notice = parseNotice(
      [
        '甲省人民政府关于同意乙县撤县设市的批复 某某文库',
        '甲省人民政府关于同意乙县撤县设市的批复 甲政函〔1998〕6号 甲省人民政府 1998年7月31日 |',
        '|',
        '乙县人民政府:',
        '你县《关于撤县设市的请示》收悉。现批复如下:',
        '一、同意撤销乙县,设立乙市。',
        '二、乙市的行政区域以原乙县的行政区域为准。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府关于同意乙县撤县设市的批复');
    expect(notice.docNumber?.text).toBe('甲政函〔1998〕6号');
    expect(notice.recipients).toEqual(['乙县人民政府']);
  });
});

describe('an encyclopedia page: the title as a lead sentence, a box of traditional labels, then the text', () => {
  const page = [
    '乙省人民政府辦公廳關於同意丙市為省級園林城市的復函。',
    '基本介紹',
    '- 中文名:乙省人民政府辦公廳關於同意丙市為省級園林城市的復函',
    '- 頒布時間:2021年3月2日',
    '- 發布單位:乙省人民政府',
    '- 發文字號:乙政辦字〔2021〕8號',
    '復函全文',
    '丙市人民政府:',
    '經省政府研究,同意丙市為省級園林城市。請繼續做好有關工作。',
  ];

  it('takes the lead as the title, the box’s 發文字號 as the 文号, and starts the 主送 after the box', () => {
    const notice = parseNotice(page.join('\n'));
    expect(notice.title).toBe('乙省人民政府辦公廳關於同意丙市為省級園林城市的復函');
    expect(notice.docNumber?.text).toBe('乙政辦字〔2021〕8號');
    expect(notice.issuer).toBe('乙省人民政府辦公廳');
    expect(notice.recipients).toEqual(['丙市人民政府']);
    expect(notice.citations).toEqual([]);
  });

  it('keeps a sentence that merely ends with a document’s name a sentence', () => {
    const notice = parseNotice(['现将有关事项转发关于做好防汛工作的通知。', '请遵照执行。'].join('\n'));
    expect(notice.title).toBeNull();
  });
});

describe('a page’s information table printed as columns under the notice', () => {
  it('reads the 文号 from the row of values under the row of labels', () => {
    const notice = parseNotice(
      [
        '关于表彰2015年度河道保洁先进单位的决定',
        '根据市政府工作安排,经考核评定,决定对以下单位予以表彰。',
        '一、先进单位',
        '东关镇人民政府',
        '二○一六年三月二日',
        '主题词:河道 保洁 表彰 决定',
        '索  引  号 文       号 发布机构 发布日期',
        'K002-2016-000113 青政〔2016〕12号',
        '青石市人民政府办公室 2016-03-09',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('青政〔2016〕12号');
    expect(notice.title).toBe('关于表彰2015年度河道保洁先进单位的决定');
  });

  it('takes no 文号 from a row of values under labels that name none', () => {
    const notice = parseNotice(
      [
        '关于表彰2015年度河道保洁先进单位的决定',
        '根据市政府工作安排,经考核评定,决定对以下单位予以表彰。',
        '二○一六年三月二日',
        '索  引  号 发布机构 发布日期',
        'K002-2016-000113 青政〔2016〕12号',
      ].join('\n'),
    );
    expect(notice.docNumber).toBeNull();
  });
});

describe('a metadata table whose labels stand in brackets', () => {
  it('reads its rows as the page’s, not as the title or the issuer', () => {
    const notice = parseNotice(
      [
        '[ 索引号 ] 1150023/2020-00160 [ 发文字号 ] 甲府办发〔2017〕132号',
        '[ 主题分类 ] 其他 [ 体裁分类 ] 行政规范性文件',
        '[ 发布机构 ] 甲县人民政府办公室',
        '[ 成文日期 ] 2020-10-28 [ 发布日期 ] 2020-10-28',
        '关于印发甲县某某应急预案的通知',
        '甲府办发〔2017132',
        '甲县人民政府办公室',
        '关于印发甲县某某',
        '应急预案的通知',
        '各乡镇人民政府,县政府有关部门:',
        '现将《甲县某某应急预案》印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府办公室关于印发甲县某某应急预案的通知');
    expect(notice.issuer).toBe('甲县人民政府办公室');
    expect(notice.docNumber?.text).toBe('甲府办发〔2017〕132号');
  });
});

describe('a page whose metadata table follows a toolbar cut at its colon, labels without colons', () => {
  const notice = parseNotice(
    [
      '【字体:',
      '索引号 11500000000000000L/2021-00001 主题分类 综合政务',
      '发布机构 成文日期 2021-02-10 发布日期 2021-03-01',
      '标题 丁市人民政府关于印发丁市数字政府建设纲要的通知',
      '发文字号 丁府发〔2021〕6号 有 效 性',
      '丁市人民政府',
      '关于印发丁市数字政府建设纲要的通知',
      '丁府发〔2021〕6号',
      '各区县人民政府,市政府各部门:',
      '《丁市数字政府建设纲要》已经市政府同意,现印发给你们,请认真贯彻执行。',
      '丁市人民政府',
      '2021年2月10日',
    ].join('\n'),
  );

  it('keeps the table out of the title and the 主送', () => {
    expect(notice.title).toBe('丁市人民政府关于印发丁市数字政府建设纲要的通知');
    expect(notice.recipients).toEqual(['各区县人民政府', '市政府各部门']);
  });
});

describe('a page with a "- 设为首页" list, a 文号 cell inside another row and a label cut from its row', () => {
  const notice = parseNotice(
    [
      '- 设为首页',
      '- 长者版',
      '名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知',
      '索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 壬区政府办公室',
      '文件分类: 综合政务 所属机构:',
      '区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知',
      '发布机构 区人民政府办公室 文    号 壬政办〔2020〕3号',
      '区人民政府办公室',
      '关于印发2020年区政府重点工作责任分解的',
      '通 知',
      '各新区、区政府各部门、各市级垂管单位:',
      '《2020年区政府重点工作责任分解》已经区政府研究同意,现印发给你们,请认真抓好落实。',
      '2020年6月28日',
      '2020年区政府重点工作责任分解',
      '一、统筹疫情防控和经济恢复',
      '(一)坚持常态化疫情防控',
      '1、压实防控责任,落实各项措施。建立常态化防控机制。[牵头单位:区卫健局;责任单位:各街办(新区)]',
      '2、开展环境卫生整治。强化群众风险防控意识。[牵头单位:区卫健局、区创文办;责任单位:区创文工作领导小组成员单位]',
      '(二)全面恢复经济社会秩序',
      '3、积极争取政策',
    ].join('\n'),
  );

  it('reads title, 主送 and the 文号 cell, leaving the page’s list and table out', () => {
    expect(notice.title).toBe('区人民政府办公室关于印发2020年区政府重点工作责任分解的通知');
    expect(notice.recipients).toEqual(['各新区', '区政府各部门', '各市级垂管单位']);
    expect(notice.docNumber?.text).toBe('壬政办〔2020〕3号');
  });

  it('keeps [牵头单位:…;责任单位:…] roles and leaves out the last item cut before its 。', () => {
    const units = notice.clauses.map((c) => c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)).join('、'));
    expect(outline(notice)).toEqual([
      '1:一 统筹疫情防控和经济恢复',
      '2:一 坚持常态化疫情防控',
      '3:1 压实防控责任,落实各项措施',
      '3:2 开展环境卫生整治',
      '2:二 全面恢复经济社会秩序',
    ]);
    expect(units.slice(2, 4)).toEqual(['区卫健局*、各街办(新区)', '区卫健局*、区创文办*、区创文工作领导小组成员单位']);
  });
});

describe('a bulleted field list whose 文号 row is labelled 发文序号', () => {
  it('takes the 文号 from that row', () => {
    const notice = parseNotice(
      [
        '• 索引号:11N000/ZK-2020-000141',
        '• 发文单位:甲市乙区人民政府',
        '• 发文序号:甲乙政发〔2019〕29号',
        '• 成文日期:2019年12月31日',
        '甲市乙区人民政府关于禁止燃放烟花爆竹的通告',
        '为切实维护公共安全,现就禁止燃放烟花爆竹有关事项通告如下。',
        '一、全区行政区域内禁止燃放烟花爆竹。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲乙政发〔2019〕29号');
  });
});

describe('a metadata table of labels spelled apart on lines of their own, one of them 主题', () => {
  it('takes no label for the 主送', () => {
    const notice = parseNotice(
      [
        '名    称 :',
        '甲区人民政府关于印发甲区国民经济和社会发展第十四个五年规划纲要的通知',
        '发 文 字 号 :',
        '甲政〔2021〕2号',
        '主    题 :',
        '综合政务\\政务公开',
        '行政规范性文件:',
        '甲区人民政府关于印发甲区国民经济和社会发展第十四个五年规划纲要的通知',
        '各镇人民政府、街道办事处,各委、办、局:',
        '《甲区国民经济和社会发展第十四个五年规划纲要》已经区人民代表大会审议通过,现印发给你们。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各镇人民政府、街道办事处', '各委、办、局']);
  });
});

describe('a metadata table whose 内容概述 is empty, the title right under it', () => {
  it('leaves the title to the notice', () => {
    const notice = parseNotice(
      [
        '名 称 甲新区管理委员会办公室关于印发甲新区生态环境保护规划的通知',
        '索引号 abc-001004-20231228-00001',
        '文 号 甲管办发〔2023〕27号 发布机构 文电科',
        '内容概述',
        '',
        '甲新区管理委员会办公室关于印发甲新区生态环境保护规划的通知',
        '管委会各部门,各街道办事处:',
        '现将《甲新区生态环境保护规划》印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲新区管理委员会办公室关于印发甲新区生态环境保护规划的通知');
  });
});

describe("a law database's fields above the notice: 颁布部门, 法律效力, 应用分类, 颁布日期", () => {
  it('takes none of them for the 主送', () => {
    const notice = parseNotice(
      [
        '甲省人民政府办公厅关于做好强降雨防范应对工作的紧急通知',
        '发文字号:甲政办电〔2023〕9号',
        '颁布部门:甲省人民政府办公厅',
        '法律效力:地方规范性文件',
        '应用分类:事故与应急类',
        '颁布日期:2023-03-31生效日期:2023-03-31',
        '各市、州、县人民政府,省政府各部门:',
        '根据最新气象资料分析,预计我省将有一次强降雨过程。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各市、州、县人民政府', '省政府各部门']);
  });
});

describe("a law database's rows of 颁布单位, 失效日期 and 施行日期 with their cells' bars, above the title", () => {
  it('takes none of them for the 主送, and reads the title and 主送 under them', () => {
    const notice = parseNotice(
      [
        '颁布单位:甲省乙市人民政府 | 文号: |',
        '颁布日期:2015-04-20 | 失效日期: |',
        '施行日期:2015-05-01 | 公布日期:2015-04-21 |',
        '效力级别:地方政府规范性文件 |',
        '乙市人民政府关于加强农村饮水安全工作的意见',
        '各县区人民政府,市政府有关部门:',
        '为保障农村群众饮水安全,现提出以下意见:',
        '一、明确工作目标',
        '到2016年底全面解决农村饮水安全问题。',
      ].join('\n'),
    );
    expect(notice.title).toBe('乙市人民政府关于加强农村饮水安全工作的意见');
    expect(notice.issuer).toBe('乙市人民政府');
    expect(notice.recipients).toEqual(['各县区人民政府', '市政府有关部门']);
  });
});

describe('a short page whose field rows are as wide as its first heading', () => {
  it('never reads the page as wrapped at that width, so the heading stands alone', () => {
    const notice = parseNotice(
      [
        '发布机构:甲省乙市人民政府 | 文号: |',
        '颁布日期:2015-04-20 | 失效日期: |',
        '效力级别:地方政府规范性文件 |',
        '乙市人民政府关于加强农村饮水安全工作的意见',
        '各县区人民政府,市政府有关部门:',
        '为保障农村群众饮水安全,推进城乡供水一体化,现提出以下意见:',
        '一、充分认识饮水安全工作的重要性',
        '近年来,全市农村饮水条件明显改善,但部分山区群众饮水仍然困难,水质保障能力不足。',
      ].join('\n'),
    );
    expect(outline(notice)).toEqual(['1:一 充分认识饮水安全工作的重要性']);
  });
});

describe("a law database's rows with their labels glued to the values, no colon, above a 批复 without a title", () => {
  it('takes no row for the 版头 or the title, and names the issuer from the signature', () => {
    const notice = parseNotice(
      [
        '发文机关国务院',
        '发文日期2001年01月13日',
        '时效性现行有效',
        '发文字号国函〔2001〕7号',
        '效力级别国务院规范性文件',
        '(国函〔2001〕7号)',
        '甲自治区人民政府:',
        '你区《关于部分行政区划调整的请示》收悉。现批复如下:',
        '一、同意将乙乡划归甲市丙区管辖。',
        '国务院',
        '二00一年一月十三日',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('国务院');
    expect(notice.title).toBeNull();
    expect(notice.recipients).toEqual(['甲自治区人民政府']);
  });
});

describe('a metadata table copied a cell a line, its labels without colons, a date with its clock time', () => {
  it('takes no value of it into the 主送', () => {
    const notice = parseNotice(
      [
        '甲市人民政府办公室关于印发《甲市经济普查实施办法》的通知',
        '索引号',
        '011080691/2023-70749',
        '主题分类',
        '统计',
        '发文日期',
        '2023年09月03日 16:25:00',
        '发布机构',
        '甲市人民政府办公室',
        '文号',
        '甲政办文〔2023〕9号',
        '各县(市、区)人民政府,市政府各部门:',
        '现将《甲市经济普查实施办法》印发给你们,请认真贯彻落实。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各县(市、区)人民政府', '市政府各部门']);
    expect(notice.docNumber?.text).toBe('甲政办文〔2023〕9号');
  });

  it('takes no value of it into the title, whatever labels the table holds (发布机关, 统一编号)', () => {
    const notice = parseNotice(
      [
        '索引号',
        '113715250044422281/2021-26757114',
        '发布机关',
        '乙县政府',
        '标题',
        '乙县人民政府办公室关于印发2021年乙县政务公开工作要点的通知',
        '有效性',
        '失效',
        '统一编号',
        '发布日期',
        '2021-06-28',
        '乙县人民政府办公室',
        '关于印发2021年乙县政务公开工作要点的通知',
        '各乡镇人民政府,县直各有关部门:',
        '《2021年乙县政务公开工作要点》已经县政府同意,现印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('乙县人民政府办公室关于印发2021年乙县政务公开工作要点的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关部门']);
  });
});

describe("a journal database's 作者单位 row above a 批复", () => {
  it('takes the row for no 主送', () => {
    const notice = parseNotice(
      [
        '国务院关于同意甲省撤销乙地区设立地级乙市的批复 |',
        '作者单位: | 国务院 |',
        '甲省人民政府:',
        '你省《关于撤销乙地区设立地级乙市的请示》收悉。现批复如下:',
        '一、同意撤销乙地区,设立地级乙市。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['甲省人民政府']);
  });
});

describe('a page row left empty over the document’s 文号 line', () => {
  it('leaves the 文号 to the document', () => {
    const notice = parseNotice(
      [
        '甲省人民政府办公厅关于全面治理拖欠农民工工资问题的实施意见',
        '  • 时间:2016-04-20',
        '  • 点击:371',
        '  • 来源:',
        '甲政办发〔2016〕46号',
        '各市、自治州人民政府,省政府有关部门:',
        '为有效预防和治理拖欠农民工工资问题,现提出以下意见。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲政办发〔2016〕46号');
  });
});

describe('a mirror’s law-database rows with pronunciations, the 文号 glued to its label', () => {
  it('reads the whole agency code after the label', () => {
    const notice = parseNotice(
      [
        '發(fā)文機(jī)關(guān)國家某委員會(huì)辦公廳',
        '發(fā)文日期2021年12月30日',
        '發(fā)文字號國衛(wèi)辦人口函〔2021〕629號',
        '效力級別部門規(guī)范性文件',
        '各省、自治區(qū)、直轄市衛(wèi)生健康委:',
        '為做好公辦托育服務(wù)工作,現(xiàn)將有關(guān)事項(xiàng)通知如下。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('國衛(wèi)辦人口函〔2021〕629號');
  });
});
