import { describe, expect, it } from 'vitest';
import { lintNotice } from '../../../shared/lint/lint';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';

/**
 * Invented notices in shapes that real pages run together onto one line: each is read as it was printed.
 */
const outline = (text: string) => parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

describe('a page whose metadata row prints the title with a short-form issuer', () => {
  const printed = [
    '发布机构: 丙山县人民政府 发文日期: 2022-03-01',
    '文件标题: 县人民政府关于印发《丙山县河道保洁办法》的通知',
    '文 号: 丙政发〔2022〕3号 主题词:',
    '丙山县人民政府',
    '县人民政府关于印发《丙山县河道保洁办法》的通知',
    '丙政发〔2022〕3号',
    '各乡镇人民政府,县政府各部门:',
    '《丙山县河道保洁办法》已经县政府常务会议审议通过,现予印发。',
    '丙山县人民政府',
    '2022年2月25日',
  ];

  it('takes the 署名 whole, locality included, when the title names the issuer in short', () => {
    const notice = parseNotice(printed.join(''));
    expect(notice.issuers).toEqual(['丙山县人民政府']);
    expect(notice.title).toBe('县人民政府关于印发《丙山县河道保洁办法》的通知');
    expect(notice.docNumber?.text).toBe('丙政发〔2022〕3号');
    expect(notice.signedDate).toBe('2022-02-25');
  });
});

describe('a document whose first clause is glued to its title or its chapter heading', () => {
  it('opens the clause tree at 一、 after an attached 预案 title', () => {
    const text =
      '各村委会:《丁镇防汛应急预案》已经镇政府同意,现印发给你们。丁镇人民政府2023年6月1日' +
      '丁镇防汛应急预案一、总则(一)编制目的。为做好防汛工作,制定本预案。(二)适用范围。本预案适用于全镇。';
    expect(outline(text)).toEqual(['1:一 总则', '2:一 编制目的', '2:二 适用范围']);
  });

  it('opens the clause tree at 一、 after a chapter heading', () => {
    const text = '戊县人民政府工作规则第一章 总 则一、为规范县政府工作,制定本规则。二、县政府工作坚持依法行政。';
    expect(outline(text)).toEqual(['1:一 为规范县政府工作,制定本规则', '1:二 县政府工作坚持依法行政']);
  });

  it('keeps 一、 inside a sentence after such a word as text', () => {
    expect(outline('各单位要按照方案一、二的要求推进。')).toEqual([]);
  });
});

describe('clause headings run into their paragraph', () => {
  it('ends a heading where its paragraph opens, past pinyin a mirror injected and in traditional form', () => {
    const text = '一、總體要求(一)指導(dǎo)思想堅持以人民為中心,推進政務公開。(二)工作目標到2025年,建成公開平臺。';
    expect(outline(text)).toEqual(['1:一 總體要求', '2:一 指導(dǎo)思想', '2:二 工作目標']);
  });

  it('ends a heading where its paragraph restates the heading’s words', () => {
    const text =
      '一、开展河湖清障行动的目的和意义开展河湖清障行动,是保障行洪安全的重要举措。' + '二、清障工作的主要范围清障工作覆盖全市主要河道。';
    expect(outline(text)).toEqual(['1:一 开展河湖清障行动的目的和意义', '1:二 清障工作的主要范围']);
  });

  it('keeps a heading whole where a repeated word is no paragraph’s opening', () => {
    expect(outline('1.加强食品安全监管确保食品安全。2.强化源头治理。')).toEqual(['3:1 加强食品安全监管确保食品安全', '3:2 强化源头治理']);
  });
});

describe('a 成文日期 whose 年月日 extraction lost, run together with the text around it', () => {
  const head = '甲市人民政府办公室关于印发甲市河长会议制度的通知各县(区)人民政府:现将《甲市河长会议制度》印发给你们,请认真执行。';

  it('reads a date that lost 年 and 月 after its 署名 where only one split is a valid date', () => {
    const notice = parseNotice(`${head}甲市人民政府办公室2021318日(此件主动公开)`);
    expect(notice.issuers).toEqual(['甲市人民政府办公室']);
    expect(notice.signedDate).toBe('2021-03-18');
  });

  it('reads a date printed as spaced numbers after the 署名 and its 附注, with the 方案 glued after it', () => {
    const notice = parseNotice(`${head}甲市人民政府办公室(此件公开发布){ 2021 3 18甲市河长会议制度一、总则`);
    expect(notice.signedDate).toBe('2021-03-18');
    expect(notice.remark).toBe('(此件公开发布)');
  });

  it('leaves a date that splits two ways unread, and lint says it cannot be read', () => {
    const notice = parseNotice(`${head}甲市人民政府办公室2021111日`);
    expect(notice.issuers).toEqual(['甲市人民政府办公室']);
    expect(notice.signedDate).toBeNull();
    expect(notice.signedDateRaw).toBe('2021111日');
    expect(lintNotice(notice).find((f) => f.rule === 'date-format')?.message).toContain('无法识别');
  });

  it('reads no date out of a number in a sentence', () => {
    expect(parseNotice(`${head}全年共计2021318日次巡河。甲市人民政府办公室`).signedDate).toBeNull();
  });
});

describe('a glued page whose header rows lost their values or characters', () => {
  it('reads an empty date row, a 文号 that lost its bracket and 号, and the 主送 glued after it', () => {
    const text =
      '乙县人民政府首页 >> 公开信息内容乙县人民政府办公室关于印发乙县森林防火预案的通知' +
      '索引号:1153-/2018-001 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文 号: 成文日期:' +
      '乙政办发〔201746各乡镇人民政府,县级有关部门:经县人民政府同意,现将《乙县森林防火预案》印发给你们,请认真贯彻执行。' +
      '乙县人民政府办公室(此件公开发布)' +
      '2017年6月23日乙县森林防火预案'.padEnd(40, '。');
    const notice = parseNotice(text);
    expect(notice.title).toBe('乙县人民政府办公室关于印发乙县森林防火预案的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县级有关部门']);
    expect(notice.docNumber?.text).toBe('乙政办发〔2017〕46号');
    expect(notice.signedDate).toBe('2017-06-23');
  });

  it('reads the title after a site’s navigation bar glued before it', () => {
    const text =
      '热门站点| 甲资料网 | 乙资料网收藏本站| 设为首页| 首页丙市人民政府关于修改《丙市物业管理规定》的决定' +
      '作者:甲资料网 时间:2024-07-22 来源:甲资料网丙市人民政府关于修改《丙市物业管理规定》的决定丙市人民政府令第5号' +
      '《丙市人民政府关于修改〈丙市物业管理规定〉的决定》已经市政府常务会议通过,现予公布,自公布之日起施行。' +
      '市长 张三2020年1月2日';
    const notice = parseNotice(text);
    expect(notice.title).toBe('丙市人民政府关于修改《丙市物业管理规定》的决定');
    expect(notice.issuers).toEqual(['丙市人民政府']);
  });
});

describe('a news lead before the document it reprints, all on one line', () => {
  const lead = '日前,甲市印发《甲市扬尘治理实施方案(2021-2022年)》。全文如下：';
  const document =
    '甲市扬尘治理实施方案(2021-2022年)为落实《乙省人民政府关于印发乙省扬尘治理方案的通知》(乙府〔2020〕12号)要求,制定本方案。' +
    '一、目标要求到2022年,全市降尘量明显下降。二、主要任务(一)强化工地管理。';

  it('takes the reprinted document’s heading as its title, not the lead', () => {
    const notice = parseNotice(lead + document);
    expect(notice.title).toBe('甲市扬尘治理实施方案(2021-2022年)');
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['乙府〔2020〕12号']);
    expect(notice.clauses.map((c) => `${c.level}:${c.number} ${c.heading}`)).toEqual([
      '1:一 目标要求',
      '1:二 主要任务',
      '2:一 强化工地管理',
    ]);
  });

  it('reads the same with a half-width colon', () => {
    expect(parseNotice(lead.replace('：', ':') + document).title).toBe('甲市扬尘治理实施方案(2021-2022年)');
  });
});

describe('a 署名 glued after the unit that ends the last list item', () => {
  const text =
    '关于第二季度全县河道保洁情况的通报各乡镇人民政府,县直各部门:现将督查情况通报如下:' +
    '1、乡镇末位排名石桥镇2、部门末位排名水务局甲县河道保洁工作领导小组办公室2021年7月2日';

  it('reads the 署名 and its date, the item keeping its unit', () => {
    const notice = parseNotice(text);
    expect(notice.issuers).toEqual(['甲县河道保洁工作领导小组办公室']);
    expect(notice.signedDate).toBe('2021-07-02');
    expect(notice.clauses.map((c) => `${c.level}:${c.number}`)).toEqual(['3:1', '3:2']);
  });

  it('keeps a unit under a heading-only item as its content when no 署名 follows', () => {
    const notice = parseNotice(['关于甲事项的通报', '各单位:', '现通报如下:', '1、末位排名', '水务局', '2021年7月2日'].join('\n'));
    expect(notice.issuers).toEqual([]);
  });
});

describe('a heading joined to its paragraph by a space', () => {
  it('ends where the paragraph opens with a year or a dash item', () => {
    const text = '一、总体情况 2023年县政府确定事项12件,已办结5件。二、工作原则 ——坚持问题导向,限时办结。';
    expect(outline(text)).toEqual(['1:一 总体情况', '1:二 工作原则']);
  });

  it('keeps a heading whose words are no heading’s last word whole across the space', () => {
    expect(outline('（一）完成 2023 年度目标任务。')).toEqual(['2:一 完成2023年度目标任务']);
  });
});

describe('lines glued in pairs around a list’s last unit and a page’s button', () => {
  it('reads the 署名 glued to the unit under the last heading-only item', () => {
    const text = [
      '关于第二季度全县河道保洁情况的通报',
      '各乡镇人民政府,县直各部门:现将督查情况通报如下:',
      '1、乡镇末位排名',
      '石桥镇人民政府2、部门末位排名',
      '水务局甲县河道保洁工作领导小组办公室',
      '2021年7月2日',
    ].join('\n');
    const notice = parseNotice(text);
    expect(notice.issuers).toEqual(['甲县河道保洁工作领导小组办公室']);
    expect(notice.signedDate).toBe('2021-07-02');
  });

  it('keeps a name of an organ and its branch whole', () => {
    const notice = parseNotice(
      ['关于甲事项的通知', '各单位:', '现通知如下:', '1、末位排名', '甲市公安局甲县分局', '2021年7月2日'].join('\n'),
    );
    expect(notice.issuers).not.toEqual(['甲县分局']);
  });

  it('drops a page’s read-aloud button glued before the 主送', () => {
    const notice = parseNotice(
      [
        '甲县人民政府关于同意疏浚灌区干渠的批复',
        '朗读县水务局:',
        '你局报告收悉。经研究,同意疏浚。',
        '特此批复。',
        '甲县人民政府',
        '2021年4月2日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['县水务局']);
  });
});

describe('a page toolbar glued before the 文号', () => {
  it('reads the 文号 after an empty font-size label and a print button', () => {
    const text =
      '您当前的位置:首页 > 政务公开 > 议案提案发布时间:2019-01-09 14:21来源:【字体: 打印甲府议[2019]2号' +
      '关于提请审议增设东湖街道办事处的议案区人大常委会:根据工作需要,拟增设东湖街道办事处,现提请审议。甲区人民政府2019年1月9日';
    const notice = parseNotice(text);
    expect(notice.docNumber?.text).toBe('甲府议〔2019〕2号');
    expect(notice.title).toBe('关于提请审议增设东湖街道办事处的议案');
  });
});

describe('a page’s date after the title and an article after a heading, all on one line', () => {
  const text =
    '首页当前栏目: 首页>政务>政府文库甲市人民政府办公室关于印发甲市河长会议制度的通知2019-05-30来源:市政府办公室' +
    '各县(区)人民政府:现将《甲市河长会议制度》印发给你们,请认真遵照执行。甲市人民政府办公室2019年5月15日' +
    '甲市河长会议制度一、市级总河长会议制度第一条 会议由市级总河长主持召开。第二条 会议每年召开一次。依照本制度第一条规定执行。' +
    '二、市级河长会议制度第三条 会议由市级河长主持召开。';

  it('takes the title without the page’s date glued after it', () => {
    expect(parseNotice(text).title).toBe('甲市人民政府办公室关于印发甲市河长会议制度的通知');
  });

  it('ends a clause heading where its first article opens', () => {
    expect(outline(text)).toEqual(['1:一 市级总河长会议制度', '1:二 市级河长会议制度']);
  });
});

describe('a law database’s reply glued in pairs of lines', () => {
  const text = [
    '关于同意甲省乙市开展边境旅游活动的复函',
    '时间:2024-07-24 06:03:01来源: 某法律网',
    '关于同意甲省乙市开展边境旅游活动的复函丙国家旅游局',
    '(1993年5月4日丙国家旅游局)甲省人民政府:',
    '你省关于开展边境旅游活动的请示收悉。经研究,同意乙市试办边境旅游活动。',
  ].join('\n');

  it('reads the byline, the 题注’s date and the 主送 apart', () => {
    const notice = parseNotice(text);
    expect(notice.title).toBe('关于同意甲省乙市开展边境旅游活动的复函');
    expect(notice.recipients).toEqual(['甲省人民政府']);
    expect(notice.signedDate).toBe('1993-05-04');
  });
});

describe('a 文号 without its agency’s code glued to the body', () => {
  it('reads the 文号 and keeps the body’s first sentence whole', () => {
    const text = [
      '甲县人民政府土地征收启动公告',
      '〔2022〕第3号为保障甲县建设用地需求,根据《中华人民共和国土地管理法》的规定,现将有关事项公告如下:',
      '一、拟征收土地范围',
      '拟征收土地位于甲镇乙村。',
    ].join('\n');
    const notice = parseNotice(text);
    expect(notice.docNumber?.text).toBe('〔2022〕3号');
    expect(notice.title).toBe('甲县人民政府土地征收启动公告');
  });
});

describe('a 通报 whose lines were joined with spaces', () => {
  it('reads the 署名 after the unit under the last heading-only item', () => {
    const text =
      '关于第二季度全县河道保洁情况的通报 各乡镇人民政府,县直各部门: 现将督查情况通报如下: ' +
      '1、乡镇末位排名 石桥镇 大河乡 2、部门末位排名 水务局 甲县河道保洁工作领导小组办公室 2021年7月2日';
    const notice = parseNotice(text);
    expect(notice.issuers).toEqual(['甲县河道保洁工作领导小组办公室']);
    expect(notice.signedDate).toBe('2021-07-02');
  });
});

describe('a page row printing the title without its issuer, the document wrapping it with the issuer', () => {
  const rows = '索引号 001/2011-2 主题分类 综合类 有效性 甲政办(2011)12号 转发乙市推行行政处罚说理制度实施意见的通知';
  const document = [
    '甲政办〔2011〕12号',
    '甲市人民政府办公室',
    '转发乙市推行行政处罚说理制度',
    '实施意见的通知',
    '市政府直属各单位:',
    '现将《乙市推行行政处罚说理制度实施意见》转发给你们,请认真贯彻执行。',
  ];

  it('takes the document’s own title with its issuer, joined with spaces or as printed', () => {
    const title = '甲市人民政府办公室转发乙市推行行政处罚说理制度实施意见的通知';
    expect(parseNotice([rows, ...document].join(' ')).title).toBe(title);
    expect(parseNotice([rows, ...document].join('\n')).title).toBe(title);
  });

  it('keeps a law database’s byline above the whole title out of it', () => {
    const text = ['关于同意甲市开展边境旅游的复函', '乙国家旅游局', '关于同意甲市开展边境旅游的复函', '甲省人民政府:', '你省请示收悉。'];
    expect(parseNotice(text.join('\n')).title).toBe('关于同意甲市开展边境旅游的复函');
  });
});

describe('a half-width item marker with a space after it, run together', () => {
  it('opens a clause after the sentence before it', () => {
    const text =
      '三、加强督导。市发展改革委负责统一督导调度。1. 甲市深化新旧动能转换取得突破。(牵头单位:市发展改革委)' +
      '2. 甲市绿色低碳发展取得成效。(牵头单位:市生态环境局)';
    expect(outline(text)).toEqual(['1:三 加强督导', '3:1 甲市深化新旧动能转换取得突破', '3:2 甲市绿色低碳发展取得成效']);
  });

  it('reads no marker inside a number', () => {
    expect(outline('全年投资达3. 5亿元。')).toEqual([]);
  });
});

describe('a page heading of 文号 and quoted title glued to the document’s own title', () => {
  it('reads the title once, without the 文号 and the quotes', () => {
    const text = [
      '甲政办函〔2023〕18号《甲市人民政府办公室关于印发甲市促进民间投资若干措施的通知》甲市人民政府办公室关于印发甲市促进民间投资若干措施的通知',
      '甲政办函〔2023〕18号',
      '各县区人民政府,市政府有关部门:',
      '《甲市促进民间投资若干措施》已经市政府同意,现印发给你们,请认真贯彻落实。',
    ].join('\n');
    const notice = parseNotice(text);
    expect(notice.title).toBe('甲市人民政府办公室关于印发甲市促进民间投资若干措施的通知');
    expect(notice.docNumber?.text).toBe('甲政办函〔2023〕18号');
  });
});

describe('a forwarded document whose wrapped title is glued to its own 主送', () => {
  it('reads the forwarded document’s clauses and its 文号 as a citation', () => {
    const text = [
      '甲县农业局关于转发申报工作通知的通知',
      '各镇政府:',
      '现将乙省农业厅《关于做好产业项目申报工作的通知》(乙农发〔2018〕18号)转发给你们,请认真组织申报。',
      '甲县农业局',
      '2018年6月22日',
      '乙省农业厅',
      '关于做好产业项目',
      '申报工作的通知各市农业局(农委)、各市财政局:',
      '为做好产业项目申报工作,现将有关事项通知如下:',
      '一、总体要求',
      '（一）指导思想。坚持质量兴农。',
    ].join('\n');
    expect(outline(text)).toEqual(['1:一 总体要求', '2:一 指导思想']);
    expect(parseNotice(text).citations.map((c) => c.docNumber)).toEqual(['乙农发〔2018〕18号']);
  });

  it('keeps a sentence ending in a colon whole', () => {
    expect(
      parseNotice('甲县人民政府关于做好防汛工作的通知\n各乡镇:\n根据省政府的通知各乡镇要做好以下工作:\n一、加强值守。').recipients,
    ).toEqual(['各乡镇']);
  });
});

describe('a sentence that names a notice before its addressees', () => {
  it('is no title glued to a 主送', () => {
    expect(unglueLine('根据省政府的通知各乡镇要做好以下工作:', false)).toEqual(['根据省政府的通知各乡镇要做好以下工作:']);
    expect(unglueLine('按照市政府办公室的通知各县区人民政府:', false)).toEqual(['按照市政府办公室的通知各县区人民政府:']);
  });
});

describe('a 主送 without its colon, run together with a body whose opening 《 was lost', () => {
  const printed = [
    '丙市人民政府办公室关于印发丙市河道巡查制度等两项制度的通知',
    '2021-03-05 来源:市政府办公室 字号:[ ]',
    '各县(区)人民政府,各河道巡查市级责任部门',
    '丙市河道巡查制度》《丙市河道保洁考核办法》两项制度已经市政府同意,现印发给你们,请认真执行。',
    '丙市人民政府办公室',
    '2021年3月2日',
  ];
  const gluedInPairs = printed.map((line, i) => (i % 2 === 1 ? `${line}\n` : line)).join('');

  it('ends the 主送 at its last organ’s name, before the document’s name', () => {
    for (const text of [printed.join(''), gluedInPairs]) {
      const notice = parseNotice(text);
      expect(notice.recipients).toEqual(['各县(区)人民政府', '各河道巡查市级责任部门']);
      expect(notice.title).toBe('丙市人民政府办公室关于印发丙市河道巡查制度等两项制度的通知');
      expect(notice.signedDate).toBe('2021-03-02');
    }
  });

  it('keeps a list whose last name runs on into a sentence as text', () => {
    const text = '丙市人民政府办公室关于做好巡查工作的通知各县(区)人民政府组织开展河道巡查》等工作,请认真执行。';
    expect(parseNotice(text).recipients).toEqual([]);
  });
});

describe('a page’s metadata table with labels of its own, run together', () => {
  const printed = [
    '关于上报第二季度河道保洁工作检查情况的整改报告',
    '索引号: | QX1234/2021-55 | 部门: | 丁山镇 |',
    '---|---|---|---|',
    '栏目: | 部门文件 | 来源: | 丁山镇 |',
    '作者: | 日期: | 2021-07-20 |',
    '县河道保洁工作领导小组办公室:',
    '针对7月5日检查发现的问题,镇政府立即组织整改,河道已清理完毕。',
    '特此报告。',
    '丁山镇人民政府',
    '2021年7月16日',
  ];

  it('takes neither a row of the table as the 主送 nor a cell as the 版头', () => {
    for (const text of [printed.join('\n'), printed.join('')]) {
      const notice = parseNotice(text);
      expect(notice.recipients).toEqual(['县河道保洁工作领导小组办公室']);
      expect(notice.issuer).toBe('丁山镇人民政府');
      expect(notice.issuerMark).toBeNull();
      expect(notice.title).toBe('关于上报第二季度河道保洁工作检查情况的整改报告');
    }
  });

  it('keeps a short 主送 written after the table as the 主送', () => {
    const text = printed.slice(0, 5).join('') + '|各村:针对7月5日检查发现的问题,请立即整改。丁山镇人民政府2021年7月16日';
    expect(parseNotice(text).recipients).toEqual(['各村']);
  });
});

describe('heading-only items run into the units listed under them', () => {
  const printed = [
    '关于第二季度全镇环境卫生整治情况的通报',
    '各村委会,镇直各单位:',
    '为推动环境卫生整治,镇整治办于6月对各村和镇直单位进行了检查。现将检查情况通报如下:',
    '1、村级末位排名',
    '水务站 农技站',
    '2、单位末位排名',
    '财政所',
    '戊镇环境卫生整治办公室',
    '2022年7月1日',
  ];

  it('ends each heading before its units, run together or joined with spaces', () => {
    for (const text of [printed.join(''), printed.join(' ')]) {
      expect(outline(text)).toEqual(['3:1 村级末位排名', '3:2 单位末位排名']);
      expect(parseNotice(text).signedDate).toBe('2022-07-01');
    }
  });

  it('keeps a heading whose words go on past a date as one heading', () => {
    const text = '现将有关事项通知如下:1.继续按不高于2017年征收标准征收保障金(县财政局)2.继续实施稳岗返还政策(县人社局)';
    expect(outline(text)).toEqual(['3:1 继续按不高于2017年征收标准征收保障金', '3:2 继续实施稳岗返还政策']);
  });
});

describe('a label heading and a one-line item, run together', () => {
  const printed = [
    '己县人民政府拟征收土地启动公告',
    '现发布拟征收土地启动公告:',
    '一、拟征收土地范围:',
    '拟启动征收土地位于东关镇李庄村。',
    '二、拟征收土地目的:为建设县第二中学,符合规划。',
    '特此公告',
    '2023年3月1日',
  ];

  it('ends the label at its colon where the paragraph restates it, and keeps the one-line item whole', () => {
    expect(outline(printed.join(''))).toEqual(['1:一 拟征收土地范围:', '1:二 拟征收土地目的:为建设县第二中学,符合规划']);
  });

  it('reads the printed lines the same way', () => {
    expect(outline(printed.join('\n'))).toEqual(outline(printed.join('')));
  });
});

describe('a page’s back-to-top button and list bullets glued around the title', () => {
  const printed = [
    '返回顶部',
    '庚县人民政府工作规则',
    '  • 索引号:',
    '    1234560000/2024-000001',
    '  • 发文字号:',
    '    庚政发〔2024〕3号',
    '庚县人民政府工作规则',
    '第一章总则',
    '一、根据有关法律法规,结合本县实际,制定本规则。',
    '二、县政府工作的指导思想是,坚持依法行政,全面正确履行政府职能,努力建设人民满意的法治政府、效能政府、廉洁政府和服务型政府。',
  ];

  it('takes the title without the button or the bullet, joined with spaces or run together', () => {
    for (const text of [printed.join(' '), printed.map((l) => l.trim()).join('')]) {
      expect(parseNotice(text).title).toBe('庚县人民政府工作规则');
    }
  });
});

describe('a joint 通告 whose 文种 is letter-spaced, run together with its first sentence', () => {
  const printed = [
    '中共甲市委 甲市人民政府',
    '关于征集2022年度',
    '民生实事项目的',
    '通 告',
    '为认真践行以人民为中心的发展思想,现面向社会公开征集实事项目建议。',
    '2021年9月29日',
  ];

  it.each([
    ['run together', ''],
    ['joined with spaces', ' '],
  ])('reads the title to its 文种 and the issuers above it (%s)', (_, separator) => {
    const notice = parseNotice(printed.join(separator));
    expect(notice.title).toBe('中共甲市委甲市人民政府关于征集2022年度民生实事项目的通告');
    expect(notice.issuers).toEqual(['中共甲市委', '甲市人民政府']);
    expect(notice.signedDate).toBe('2021-09-29');
  });
});

describe('a joint notice run together, its 文号 and date in brackets under the title', () => {
  it('reads the title, the 文号 and the 主送 apart', () => {
    const notice = parseNotice(
      [
        '中共甲市委办公厅、甲市人民政府办公厅关于春节期间活动安排的通知',
        '(甲厅字[2007]4号 2007年2月1日)',
        '各区、县(市)党委和人民政府,市委各部办委:',
        '经市委、市政府领导同意,现就春节期间活动安排通知如下:',
        '一、团拜活动。市委、市政府召开迎新春团拜会。',
        '二、慰问活动。市领导走访慰问困难群众。',
      ].join(''),
    );
    expect(notice.title).toBe('中共甲市委办公厅、甲市人民政府办公厅关于春节期间活动安排的通知');
    expect(notice.docNumber?.text).toBe('甲厅字〔2007〕4号');
    expect(notice.recipients).toEqual(['各区、县(市)党委和人民政府', '市委各部办委']);
  });
});

describe('a page run together under its accessibility buttons and a breadcrumb that names 您当前的位置', () => {
  it('takes neither the buttons nor the breadcrumb for a 主送', () => {
    const notice = parseNotice(
      [
        '| 无障碍 长者模式您当前的位置: 首页 > 政务公开 > 政策文件',
        '市教委关于印发甲市幼儿园督导实施办法的通知',
        '2019-09-04',
        '甲教规范〔2019〕19号',
        '市教委关于印发甲市幼儿园督导实施办法的通知',
        '各区教育局、人民政府教育督导室:',
        '为深入贯彻全市教育大会精神,现将《甲市幼儿园督导实施办法》印发给你们,请认真贯彻执行。',
        '2019年9月3日',
      ].join(''),
    );
    expect(notice.title).toBe('市教委关于印发甲市幼儿园督导实施办法的通知');
    expect(notice.recipients).toEqual(['各区教育局、人民政府教育督导室']);
  });
});

describe("a gazette's blurb in sentences run together with the notice it prints", () => {
  it('reads the notice from its title glued after the blurb', () => {
    const notice = parseNotice(
      [
        '政府公报',
        '《甲省人民政府公报》是由甲省人民政府主管主办并公开发行的政府出版物。也可登录甲省人民政府官网,随时获取政府公报。',
        '甲省人民政府关于公布省政府工作部门权责清单的通知',
        '甲政发〔2015〕28号',
        '各市人民政府,省政府各厅委、各直属机构:',
        '为加快推进政府职能转变,现将省政府工作部门权责清单予以公布。',
        '一、全面公开权责清单。',
      ].join(''),
    );
    expect(notice.title).toBe('甲省人民政府关于公布省政府工作部门权责清单的通知');
    expect(notice.docNumber?.text).toBe('甲政发〔2015〕28号');
    expect(notice.recipients).toEqual(['各市人民政府', '省政府各厅委、各直属机构']);
  });
});
