import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/**
 * Invented web pages pasted onto one line (line breaks become spaces or vanish): the page's metadata rows,
 * labels spelled apart and breadcrumb glued to the notice's header.
 */

const joined = (lines: readonly string[]) => lines.join(' ');
const runTogether = (lines: readonly string[]) => lines.join('');

const BODY = [
  '各乡镇人民政府,县直各部门:',
  '为做好今年汛期各项工作,确保人民群众生命财产安全,经县政府同意,现将有关事项通知如下。',
  '一、提高认识。各单位要把防汛工作摆上重要位置,落实各项责任。',
  '二、加强值守。汛期实行二十四小时值班制度,发现险情及时报告。',
  '甲县人民政府办公室',
  '2021年5月6日',
];

describe('a metadata table copied with tabs, its labels without colons, pasted onto one line', () => {
  const page = [
    '文件名称 甲县乙镇人民政府关于做好2021年防汛工作的通知',
    '索引号 abcxyz/2021-0017 公开目录: 信息公开',
    '公开责任部门 甲县乙镇人民政府 公开形式: 主动公开',
    '文号 乙政发〔2021〕5号 成文日期: 2021年05月06日',
    '有效性 有效 公开日期: 2021-05-08',
    '内容概述 为做好今年汛期各项工作,确保人民群众生命财产安全,特制定本通知。',
    '甲县乙镇人民政府关于做好2021年防汛工作的通知',
    ...BODY.slice(0, 4),
    '甲县乙镇人民政府',
    '2021年5月6日',
  ];

  it('reads each cell as its row and the notice under them', () => {
    const notice = parseNotice(joined(page));
    expect(notice.title).toBe('甲县乙镇人民政府关于做好2021年防汛工作的通知');
    expect(notice.docNumber?.text).toBe('乙政发〔2021〕5号');
    expect(notice.issuer).toBe('甲县乙镇人民政府');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各部门']);
    expect(notice.clauses.map((c) => c.number)).toEqual(['一', '二']);
  });
});

describe('a metadata table with labels spelled apart, pasted onto one line', () => {
  const page = [
    '索 引 号: 11223344/2021-00017 主题分类: 水利',
    '发布机构: 县政府办公室 发文日期: 2021年05月08日',
    '名 称: 甲县人民政府办公室关于做好2021年防汛工作的通知',
    '文 号: 甲政办〔2021〕5号 主 题 词:',
    '甲县人民政府办公室关于做好2021年防汛工作的通知',
    '甲政办〔2021〕5号',
    ...BODY,
  ];

  it('keeps each label whole and leaves the title to the notice, not to its empty 主题词', () => {
    const notice = parseNotice(joined(page));
    expect(notice.title).toBe('甲县人民政府办公室关于做好2021年防汛工作的通知');
    expect(notice.docNumber?.text).toBe('甲政办〔2021〕5号');
    expect(notice.issuer).toBe('甲县人民政府办公室');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各部门']);
  });

  it('reads a title without its issuer under such a table too', () => {
    const page2 = page.map((l) => l.replace('甲县人民政府办公室关于', '关于'));
    expect(parseNotice(joined(page2)).title).toBe('关于做好2021年防汛工作的通知');
  });
});

describe('an empty 主题词 cell glued to the 文号 line under it', () => {
  const page = [
    '索 引 号: | 主题分类: | 县政府文件 | |',
    '发文机关: | 甲县政府 | 成文日期: | |',
    '发文字号: | 发布日期: | 2021-05-08 | |',
    '主 题 词: |',
    '甲政办〔2021〕5号 甲县人民政府办公室关于做好2021年防汛工作的通知',
    ...BODY,
  ];

  it('gives the 文号 to the notice, whether the lines were joined by spaces or run together', () => {
    for (const text of [joined(page), runTogether(page)]) {
      const notice = parseNotice(text);
      expect(notice.docNumber?.text).toBe('甲政办〔2021〕5号');
      expect(notice.title).toBe('甲县人民政府办公室关于做好2021年防汛工作的通知');
    }
  });
});

describe('a breadcrumb naming the site’s county, glued to a title that opens with the county’s office', () => {
  it('ends before the office’s full name, though the text names the office again without its county', () => {
    const notice = parseNotice(
      joined([
        '当前位置:丙山县人民政府 > 丙政办文 > 文章详情',
        '丙山县人民政府办公室关于成立丙山县政务公开工作领导小组的通知',
        '发布时间:2019-03-04 08:00 来源:丙山县县政府',
        '各乡镇人民政府,县人民政府有关部门:',
        '为全面推进我县政务公开工作,县政府决定成立丙山县政务公开工作领导小组。现将有关事项通知如下:',
        '一、组成人员',
        '组长:王某(县政府副县长) 副组长:李某(县政府办公室主任)',
        '二、工作职责',
        '领导小组办公室设在县政府办公室,负责日常工作。',
      ]),
    );
    expect(notice.title).toBe('丙山县人民政府办公室关于成立丙山县政务公开工作领导小组的通知');
    expect(notice.issuer).toBe('丙山县人民政府办公室');
  });
});

describe('a county site’s navigation and banner glued to a title that opens with the county’s office', () => {
  it('ends before the office’s full name, though only the page’s 来源 names the office again, after the county', () => {
    const notice = parseNotice(
      joined([
        '站群导航 | 加入收藏 | 设为首页 | 手机版',
        '丙山县人民政府门户网',
        '发布机构: 丙山县人民政府办公室',
        '丙山县人民政府办公室关于印发《丙山县森林防火应急预案》的通知',
        '来源:丙山县政府办公室 发布时间:2014-01-05',
        '丙政办〔2013〕88号',
        '各乡镇人民政府,县直有关单位:',
        '《丙山县森林防火应急预案》已经县政府同意,现予印发,请认真组织实施。',
        '二○一三年十二月十八日',
      ]),
    );
    expect(notice.title).toBe('丙山县人民政府办公室关于印发《丙山县森林防火应急预案》的通知');
    expect(notice.issuer).toBe('丙山县人民政府办公室');
  });
});

describe('a site menu’s label glued by a space before the title', () => {
  it('is chrome, not the start of the issuer’s name', () => {
    const notice = parseNotice(
      joined([
        '分类导航',
        '丁市人民政府关于推进节约集约用地的指导意见',
        '时间:2019-01-24 来源: 未知 点击次数:',
        '各县(市)、区人民政府,市有关部门和单位:',
        '为落实节约集约用地行动计划,优化资源配置,促进统筹发展,现提出如下意见。',
        '一、总体要求',
        '以资源利用方式转变促进经济社会发展方式转变,因地制宜,探索具有本市特色的节约集约用地模式。',
      ]),
    );
    expect(notice.title).toBe('丁市人民政府关于推进节约集约用地的指导意见');
    expect(notice.issuer).toBe('丁市人民政府');
  });
});

describe('a breadcrumb run on into the title under it', () => {
  it('keeps the title, dropping the breadcrumb', () => {
    const notice = parseNotice(
      [
        '首页 > 政策法规 > 区内政策 > 正文甲省人民政府办公厅关于首批生态宜居县城示范县的通报 甲政办字〔2015〕123号',
        '2015-07-22 次浏览 分类:区内政策',
        '各市人民政府,省政府各部门:',
        '按照省政府有关意见精神,省人民政府确定甲县为生态宜居县城示范县,现予通报。',
        '2015年7月17日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府办公厅关于首批生态宜居县城示范县的通报');
    expect(notice.docNumber?.text).toBe('甲政办字〔2015〕123号');
  });
});
