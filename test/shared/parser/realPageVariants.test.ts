import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the layouts clerks meet on real pages, each cause in its common variants. */

describe('a breadcrumb above the notice, whatever its separator', () => {
  const crumbs = [
    '甲市政府网 - 信息公开 - 甲市乙区政府',
    '甲市政府网 › 信息公开 › 甲市乙区政府',
    '甲市政府网＞信息公开＞甲市乙区政府',
    '甲市政府网 / 信息公开 / 甲市乙区政府',
    '首页/政务公开/甲市乙区政府',
    '甲市政府网—信息公开—甲市乙区政府',
  ];
  for (const crumb of crumbs) {
    it(`never takes "${crumb}" for the issuer`, () => {
      const notice = parseNotice(
        [
          crumb,
          '乙区府发〔2017〕7号',
          '甲市乙区人民政府关于印发乙区政府工作规则的通知',
          '各镇人民政府,区政府各部门:',
          '《乙区政府工作规则》已经区政府常务会议审议通过,现印发给你们,请遵照执行。',
          '甲市乙区人民政府',
          '2017年2月28日',
        ].join('\n'),
      );
      expect(notice.issuer).toBe('甲市乙区人民政府');
      expect(notice.title).toBe('甲市乙区人民政府关于印发乙区政府工作规则的通知');
      expect(notice.docNumber?.text).toBe('乙区府发〔2017〕7号');
    });
  }

  it('keeps a title with a sub-title dash whole', () => {
    const notice = parseNotice(
      ['甲县人民政府关于开展春季行动——乡村清洁—卫生整治的通知', '各乡镇人民政府:', '现将有关事项通知如下,请认真执行。'].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府关于开展春季行动——乡村清洁—卫生整治的通知');
  });

  it('keeps a year range and a quoted date with dashes as text of the title', () => {
    const notice = parseNotice(
      ['甲县人民政府关于印发甲县养老规划(2021-2025年)的通知', '各乡镇人民政府:', '现将规划印发给你们,请认真执行。'].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府关于印发甲县养老规划(2021-2025年)的通知');
  });
});

describe('a 转发 title quoting a title that quotes another with <…>', () => {
  it('is the title, not a breadcrumb', () => {
    for (const inner of ['<甲省2023年乙项目实施方案>', '〈甲省2023年乙项目实施方案〉']) {
      const title = `关于转发甲省农牧厅《关于印发${inner}的通知》的通知`;
      const notice = parseNotice(
        [
          '丙农牧发〔2023〕41号',
          title,
          '丁旗农牧局,戊旗农牧局:',
          `现将甲省农牧厅《关于印发${inner}的通知》转发给你们,请认真抓好落实。`,
        ].join('\n'),
      );
      expect(notice.title).toBe(title);
      expect(notice.recipients).toEqual(['丁旗农牧局', '戊旗农牧局']);
    }
  });
});

describe('a page metadata list with a bullet before each label', () => {
  for (const bullet of ['- ', '• ', '· ', '* ', '▪ ']) {
    it(`reads "${bullet}索引号:" rows as the page's table, not as the title or the 主送`, () => {
      const notice = parseNotice(
        [
          `${bullet}索引号:jx/2021-00016`,
          `${bullet}发文字号:甲行发〔2021〕42号`,
          `${bullet}发文机构:地区行署`,
          `${bullet}名 称:甲地区行政公署关于印发《甲地区行政公署工作规则》的通知`,
          `${bullet}公文种类 :其他`,
          `${bullet}发布日期:2021-12-22 17:45`,
          '甲地区行政公署关于印发《甲地区行政公署工作规则》的通知',
          '各县人民政府,行署各局、委、办:',
          '《甲地区行政公署工作规则》已经行署研究通过,现印发给你们,请认真贯彻执行。',
          '甲地区行政公署',
          '2021年11月9日',
        ].join('\n'),
      );
      expect(notice.title).toBe('甲地区行政公署关于印发《甲地区行政公署工作规则》的通知');
      expect(notice.recipients).toEqual(['各县人民政府', '行署各局、委、办']);
      expect(notice.docNumber?.text).toBe('甲行发〔2021〕42号');
      expect(notice.issuer).toBe('甲地区行政公署');
    });
  }
});

describe('a news lead of several sentences before the reprinted notice', () => {
  const leads = [
    ['日前,甲市乙区人民政府印发关于推动经济发展若干举措的通知。', '文件指出,全年新增光伏装机5万千瓦以上。', '文件详情如下:'],
    ['记者从甲市乙区人民政府获悉,该区出台了推动经济发展的若干举措。', '全文如下:'],
    ['本报讯 乙区近日出台推动经济发展若干举措,力争全年研发投入强度达到2.9%。'],
    ['近日,乙区印发若干举措。举措明确了六个方面的支持政策。', '以下为文件原文:'],
  ];
  for (const lead of leads) {
    it(`reads the notice after "${lead[0].slice(0, 8)}…"`, () => {
      const notice = parseNotice(
        [
          ...lead,
          '甲市乙区人民政府关于印发关于推动经济发展若干举措的通知',
          '各乡镇人民政府,区直属有关单位:',
          '《关于推动经济发展若干举措》已经区政府同意,现印发给你们,请认真贯彻执行。',
          '甲市乙区人民政府',
          '2025年4月1日',
          '一、强化科技创新',
          '加快培育发展新质生产力。',
        ].join('\n'),
      );
      expect(notice.title).toBe('甲市乙区人民政府关于印发关于推动经济发展若干举措的通知');
      expect(notice.recipients).toEqual(['各乡镇人民政府', '区直属有关单位']);
      expect(notice.issuer).toBe('甲市乙区人民政府');
      expect(notice.signedDate).toBe('2025-04-01');
      expect(notice.clauses.map((c) => c.heading)).toEqual(['强化科技创新']);
    });
  }

  it('does not restart at a forwarded notice printed after the forwarding one was signed', () => {
    const notice = parseNotice(
      [
        '现将省政府办公厅通知转发给你们,请认真贯彻执行。',
        '甲县人民政府办公室',
        '2024年3月1日',
        '甲省人民政府办公厅关于做好春耕工作的通知',
        '各市人民政府:',
        '为做好春耕工作,现就有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2024-03-01');
    expect(notice.issuer).toBe('甲县人民政府办公室');
  });
});

describe('a 版头 and its 文号 printed on one line', () => {
  for (const line of [
    '甲县乙镇人民政府文件 乙府发[2001]15号',
    '甲县乙镇人民政府文件乙府发〔2001〕15号',
    '甲县乙镇人民政府 文 件  乙府发(2001)15号',
  ]) {
    it(`reads "${line}" as the 版头 naming the issuer and the 文号`, () => {
      const notice = parseNotice(
        [
          line,
          '关于做好春季防火工作的通知',
          '各村民委员会:',
          '为做好春季防火工作,现将有关事项通知如下,请认真贯彻执行。',
          '乙镇人民政府',
          '2001年3月28日',
        ].join('\n'),
      );
      expect(notice.issuer).toBe('甲县乙镇人民政府');
      expect(notice.docNumber?.text).toBe('乙府发〔2001〕15号');
      expect(notice.title).toBe('关于做好春季防火工作的通知');
    });
  }
});

describe('a 署名 that drops the county before the town the title names in full', () => {
  const notice = (title: string, recipients: string, signature: string) =>
    parseNotice([title, recipients, '现将有关事项通知如下,请认真贯彻执行。', signature, '2001年3月28日'].join('\n'));

  it.each([
    [
      'takes the full name of the same organ from the title',
      '甲县乙镇人民政府关于做好春季防火工作的通知',
      '各村民委员会:',
      '乙镇人民政府',
      '甲县乙镇人民政府',
    ],
    [
      'keeps the 署名 when what the title adds before it is no place (a page’s word glued on)',
      '开始检索乙镇人民政府关于做好春季防火工作的通知',
      '各村民委员会:',
      '乙镇人民政府',
      '乙镇人民政府',
    ],
    [
      'keeps a 署名 that names another organ than the title',
      '甲县人民政府关于做好春季防火工作的通知',
      '各乡镇:',
      '甲县人民政府办公室',
      '甲县人民政府办公室',
    ],
  ])('%s', (_, title, recipients, signature, issuer) => {
    expect(notice(title, recipients, signature).issuer).toBe(issuer);
  });
});

describe('a 主送 naming a place’s departments, the place written once', () => {
  const cases: [string, string[]][] = [
    ['甲旗农牧局、财政局,乙旗农牧和科技局、财政局:', ['甲旗农牧局、财政局', '乙旗农牧和科技局、财政局']],
    ['甲县教育局、卫生健康委,乙县教育局:', ['甲县教育局、卫生健康委', '乙县教育局']],
    ['甲县人民政府、乙县人民政府,市财政局:', ['甲县人民政府', '乙县人民政府', '市财政局']],
    ['市财政局、市税务局:', ['市财政局', '市税务局']],
  ];
  for (const [line, recipients] of cases) {
    it(`reads "${line}"`, () => {
      const notice = parseNotice(['关于做好项目资金管理工作的通知', line, '现将有关事项通知如下,请认真落实。'].join('\n'));
      expect(notice.recipients).toEqual(recipients);
    });
  }
});

describe('a document-sharing site’s transcription of a PDF, spaced out on one line', () => {
  const spaced = (text: string) => text.split('').join(' ');
  const body =
    '1 ' +
    spaced('省政府文件甲省人民政府关于印发甲省推动金融改革发展若干措施的通知甲政号各市人民政府') +
    ' ꎬ ' +
    spaced('省政府各部门:') +
    ' ' +
    spaced('现将《甲省推动金融改革发展若干措施》印发给你们') +
    ' ꎬ ' +
    spaced('请认真贯彻执行') +
    ' ꎮ ' +
    spaced('甲省人民政府年4月30日甲省推动金融改革发展若干措施为加快全省金融业改革创新') +
    ' ꎬ ' +
    spaced('发挥金融在推动实体经济发展中的支撑和保障作用') +
    ' ꎬ ' +
    spaced('现提出如下措施') +
    ' ꎮ';
  const notice = parseNotice(['标题', '|', '- 张三', '- 9 years ago', '- Views:', 'Transcription', body].join('\n'));

  it('reads the title and the issuer it names, skipping the site’s lines and the 版头 that lost its place', () => {
    expect(notice.title).toBe('甲省人民政府关于印发甲省推动金融改革发展若干措施的通知');
    expect(notice.issuer).toBe('甲省人民政府');
  });

  it('reads the PDF font’s GB2312 commas and stops (ꎬ ꎮ) as punctuation', () => {
    const plain = parseNotice(
      ['关于做好春耕工作的通知', '各乡镇人民政府ꎬ县直各部门:', '现将有关事项通知如下ꎮ', '甲县人民政府', '2024年3月1日'].join('\n'),
    );
    expect(plain.recipients).toEqual(['各乡镇人民政府', '县直各部门']);
    expect(plain.body).toContain('现将有关事项通知如下。');
  });
});

describe('a notice in the format before 2012, its 版记 printed before the document it carries', () => {
  const closings = [
    ['主题词:防火 规划 通知', '抄送:县林业局,镇人大主席团。', '甲县乙镇人民政府 2001年3月28日印发'],
    ['主题词:防火 规划 通知', '抄送:县林业局,镇人大主席团。'],
    ['抄送:县林业局,镇人大主席团。', '甲县乙镇党政办公室 2001年3月28日印发'],
  ];
  for (const closing of closings) {
    it(`reads the carried plan's clauses after "${closing[closing.length - 1].slice(0, 10)}…"`, () => {
      const notice = parseNotice(
        [
          '甲县乙镇人民政府关于印发《乙镇森林防火工作规划》的通知',
          '各村民委员会:',
          '现将《乙镇森林防火工作规划》印发给你们,请认真贯彻执行。',
          '乙镇人民政府',
          '2001年3月28日',
          ...closing,
          '乙镇森林防火工作规划',
          '为做好森林防火工作,结合我镇实际,制定本规划。',
          '一、总体目标',
          '森林火灾受害率控制在千分之一以内。',
          '二、主要措施',
          '加强巡山护林。',
        ].join('\n'),
      );
      expect(notice.clauses.map((c) => c.heading)).toEqual(['总体目标', '主要措施']);
      expect(notice.cc).toEqual(['县林业局', '镇人大主席团']);
      expect(notice.unplaced).toEqual([]);
    });
  }
});

describe('a page glued two lines at a time: breadcrumb into title, toolbar into 主送', () => {
  for (const sep of ['>', '＞', '›', '»']) {
    it(`cuts the breadcrumb ("…${sep}甲府办发") before the title, the place named by the banner above`, () => {
      const notice = parseNotice(
        [
          '中共甲乡市委 甲乡市人大 甲乡市政协首页',
          `当前栏目: 首页${sep}政务${sep}政府文库${sep}甲府办发甲乡市人民政府办公室关于印发甲乡市河长会议制度的通知`,
          '2019-05-30 来源:市政府办公室 字号:[ ]各县(区)人民政府,各市级责任单位',
          '《甲乡市河长会议制度》已经市政府同意,现印发给你们,请认真遵照执行。甲乡市人民政府办公室',
          '2019年5月15日',
        ].join('\n'),
      );
      expect(notice.title).toBe('甲乡市人民政府办公室关于印发甲乡市河长会议制度的通知');
      expect(notice.recipients).toEqual(['各县(区)人民政府', '各市级责任单位']);
    });
  }
});
