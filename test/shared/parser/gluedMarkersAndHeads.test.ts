import { describe, expect, it } from 'vitest';
import { matchClauseMarker } from '../../../shared/parser/clauseMarkers';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';

/**
 * Glued notices whose clause markers or header lines were broken apart by what the paste left in them: a mirror's
 * pinyin inside a marker, a year opening an item, words a line break split, a label with nothing after it.
 */

const clauses = (text: string) => parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.marker} ${c.heading}`);

describe('a mirror’s pinyin inside a clause marker', () => {
  const PINYIN_NOTICE = [
    '甲縣人民政府關于加強農(nóng)村道路管理的意見',
    '各鄉鎮人民政府,縣政府各部門:',
    '爲加強農(nóng)村道路管理,現提出如下(xià)意見:',
    '一(yī)、明確管理責任',
    '(一(yī))落實鄉鎮職責。各鄉鎮負責轄區内道路的日常養護。',
    '(二)落實部門職責。縣交通運輸局負責業務指導。',
    '二、加大(dà)資金投入',
    '(三)2024-2026年,縣財政每年安排專項資金用于道路養護。',
    '(四)鼓勵社會資本參與道路建設。',
    '甲縣人民政府',
    '2024年3月8日',
  ];
  const EXPECTED = [
    '1:一 一(yī)、 明確管理責任',
    '2:一 (一(yī)) 落實鄉鎮職責',
    '2:二 (二) 落實部門職責',
    '1:二 二、 加大(dà)資金投入',
    '2:三 (三) 2024-2026年,縣財政每年安排專項資金用于道路養護',
    '2:四 (四) 鼓勵社會資本參與道路建設',
  ];

  it('reads the marker without its pinyin and keeps it as written', () => {
    expect(matchClauseMarker('(十(shí)二(èr))落實')).toEqual({ level: 2, number: '十二', marker: '(十(shí)二(èr))', rest: '落實' });
    expect(matchClauseMarker('十(shí)一(yī)、落實')?.number).toBe('十一');
    expect(clauses(PINYIN_NOTICE.join('\n'))).toEqual(EXPECTED);
  });

  it('cuts the one-line paste before such markers and before an item that opens with its years', () => {
    expect(clauses(PINYIN_NOTICE.join(' '))).toEqual(EXPECTED);
  });
});

describe('a heading whose paragraph restates its words', () => {
  it('is not cut inside a word the restated words began with', () => {
    const line = '一、乙州第三届人民代表大会第一次会议产生的乙州第三届人民政府，依法履行职责。';
    expect(unglueLine(line, false)).toEqual([line]);
  });

  it('is still cut where the restated words start', () => {
    expect(unglueLine('二、工作目标的意义目标的意义在于推进改革。', false)).toEqual(['二、工作目标的意义', '目标的意义在于推进改革。']);
  });
});

describe('a heading that holds a short quotation', () => {
  it('ends where its paragraph opens with a year, past the quotation', () => {
    expect(unglueLine('一、2022年和“十四五”工作回顾2022年是极不平常的一年,我们坚持稳中求进。', false)).toEqual([
      '一、2022年和“十四五”工作回顾',
      '2022年是极不平常的一年,我们坚持稳中求进。',
    ]);
  });

  it('keeps a quotation that holds a sentence’s punctuation inside the heading’s sentence', () => {
    const line = '一、坚持“稳中求进,以进促稳”的总基调2022年各项工作稳步推进。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a page’s byline label left empty before the title', () => {
  it('ends its row, so the title glued after it is read', () => {
    const text =
      '更新时间:2023-05-06 10:12来源:县政府办作者:甲县人民政府关于印发农村道路养护办法的通知各乡镇人民政府,县直各单位:' +
      '现将《农村道路养护办法》印发给你们,请认真贯彻执行。甲县人民政府2023年5月6日';
    const notice = parseNotice(text);
    expect(notice.title).toBe('甲县人民政府关于印发农村道路养护办法的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('keeps a byline that names a person before a title’s verb', () => {
    const line = '来源:县政府办作者:张明关于农村道路的几点思考';
    expect(unglueLine(line, true)).toEqual([line]);
  });
});

describe('a notice that issues a plan, run together with the plan', () => {
  const text =
    '甲县人民政府办公室印发《甲县农村道路养护三年行动计划(2024—2026年)》的通知甲县农村道路养护三年行动计划(2024—2026年)' +
    '为贯彻落实农村公路建设的部署,提升养护水平,特制定本行动计划。一、 总体要求(一)指导思想深入贯彻落实新发展理念,推动农村公路高质量发展。' +
    '(二)主要目标到2026年,全县农村公路优良中等路率达到85%。二、 重点任务(一)健全养护机制。各乡镇负责本辖区道路养护。';

  it('ends the notice’s title before the plan’s own title', () => {
    expect(parseNotice(text).title).toBe('甲县人民政府办公室印发《甲县农村道路养护三年行动计划(2024—2026年)》的通知');
  });

  it('reads the plan’s markers a space sets apart from their headings', () => {
    expect(parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.heading}`)).toEqual([
      '1:一 总体要求',
      '2:一 指导思想',
      '2:二 主要目标',
      '1:二 重点任务',
      '2:一 健全养护机制',
    ]);
  });
});

describe('a 版头 run together between a page heading and its 文号', () => {
  it('is cut whole after the heading’s 文种 and at its 文件, however long the name and code', () => {
    const notice = parseNotice(
      '第一篇:甲省关于加强农村道路养护管理的通知甲省交通运输厅文件甲交规划发[2023]15号关于加强农村道路养护管理的通知' +
        '各市(州)交通运输局:为加强农村道路养护管理,现将有关事项通知如下。一、落实养护责任。各地要明确养护主体。',
    );
    expect(notice.issuer).toBe('甲省交通运输厅');
    expect(notice.docNumber?.text).toBe('甲交规划发〔2023〕15号');
    expect(notice.title).toBe('关于加强农村道路养护管理的通知');
  });
});

describe('a 主送 whose names close with a bracketed note, run together with the body', () => {
  it('ends at its colon', () => {
    const notice = parseNotice(
      '各乡(镇)人民政府(办事处),县级有关部门(单位):按照《甲省农田建设管理办法》要求,现将《乙县农田建设实施办法》印发你们,' +
        '请遵照执行。乙县人民政府办公室2022年4月1日',
    );
    expect(notice.recipients).toEqual(['各乡(镇)人民政府(办事处)', '县级有关部门(单位)']);
  });
});

describe('a 主送 printed without its colon, run together with the body', () => {
  it('ends where the body opens after its last name', () => {
    const notice = parseNotice(
      '甲省人力资源和社会保障厅关于公布创建示范活动项目的通知来源:本网发布时间:2020-06-02 10:56' +
        '省直有关部门,各设区市人社局、甲市综合实验区党群工作部经全省评比达标表彰工作协调小组批准,现将创建示范活动项目予以公布。' +
        '各有关部门要严格按照批准的项目开展活动。甲省人力资源和社会保障厅2020年5月27日',
    );
    expect(notice.recipients).toEqual(['省直有关部门', '各设区市人社局', '甲市综合实验区党群工作部']);
    expect(notice.title).toBe('甲省人力资源和社会保障厅关于公布创建示范活动项目的通知');
  });

  it('is not read in a sentence that names organs as its subject', () => {
    const text =
      '乙县人民政府关于加强安全生产工作的意见乙县应急管理局、乙县交通运输局对全县安全生产形势进行了分析,现提出如下意见。一、压实责任。';
    expect(parseNotice(text).recipients).toEqual([]);
  });
});

describe('a page label spelled apart, glued to the breadcrumb before it', () => {
  it('stays one label, so the page’s rows and the notice after them are read', () => {
    const notice = parseNotice(
      '甲县政府信息公开专栏 >> 甲县人民政府办公室 >> 政府信息公开平台索  引 号: 11222401/2024-00011分  类: 规范性文件' +
        '发文机关: 甲县人民政府办公室成文日期: 2024年04月09日标      题: 甲县人民政府办公室关于印发《甲县道路管理办法》的通知' +
        '发文字号: 甲政办规〔2024〕6号甲县人民政府办公室关于印发《甲县道路管理办法》的通知甲政办规〔2024〕6号' +
        '各乡镇人民政府,县直有关部门:《甲县道路管理办法》已经县政府同意,现印发给你们,请认真组织实施。甲县人民政府办公室2024年4月9日',
    );
    expect(notice.title).toBe('甲县人民政府办公室关于印发《甲县道路管理办法》的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直有关部门']);
  });
});

describe('a title printed twice after a page’s rows, run together', () => {
  it('is read once, though no cut ended the row before it', () => {
    const notice = parseNotice(
      '[ 索引号 ] | 11500113/2022-00028 | [ 发文字号 ] | 2022-92 |[ 发布机构 ] | 甲镇 | [ 有效性 ] | |[ 成文日期 ] | 2022-05-25 | ' +
        '[ 发布日期 ] | 2022-05-25 |甲县乙镇人民政府关于乙镇第二十届人民代表大会第一次会议第9号建议的复函' +
        '甲县乙镇人民政府关于乙镇第二十届人民代表大会第一次会议第9号建议的复函张三代表:您在会议上提出的建议收悉,现答复如下:' +
        '一是加快道路硬化。甲县乙镇人民政府2022年5月25日',
    );
    expect(notice.title).toBe('甲县乙镇人民政府关于乙镇第二十届人民代表大会第一次会议第9号建议的复函');
  });
});

describe('a 成文日期 that lost its 年, 月 and 日, glued between the 署名 and an attached plan', () => {
  it('is cut after the 署名 and read', () => {
    const notice = parseNotice(
      '甲县人民政府办公室关于印发甲县防汛应急预案的通知各乡镇人民政府,县直各部门:经县政府同意,现将《甲县防汛应急预案》印发给你们,' +
        '请认真贯彻执行甲县人民政府办公室2021315甲县防汛应急预案1总则1.1编制目的为做好防汛工作,制定本预案。',
    );
    expect(notice.signedDate).toBe('2021-03-15');
  });

  it('leaves an amount after an organ’s name in its sentence', () => {
    const line = '二、下达资金。本次下达甲县财政局2018525元,用于道路养护。';
    expect(unglueLine(line, true)).toEqual([line]);
  });
});

describe('a page’s chrome word glued straight before the title', () => {
  it('is cut before the issuer’s name', () => {
    const notice = parseNotice(
      '分类导航甲市人民政府关于加快推进农村公路建设的指导意见时间:2019-01-24 来源: 未知 点击次数:各县(市)、区人民政府,市有关部门和单位:' +
        '为加快推进农村公路建设,现提出如下意见。一、明确目标。到2020年,实现村村通公路。甲市人民政府2019年1月20日',
    );
    expect(notice.title).toBe('甲市人民政府关于加快推进农村公路建设的指导意见');
  });

  it('leaves a label with its value', () => {
    const line = '1-23名称: 甲县人民政府关于印发《甲县人民政府工作规则》的通知';
    expect(unglueLine(line, true)).toEqual([line]);
  });
});

describe('a title printed twice, its copy quoted or after a bracketed note', () => {
  it('is read once where the copy is quoted', () => {
    const notice = parseNotice(
      '甲省人民政府办公厅关于表彰2020年度全省“水利杯”竞赛先进单位的通报《甲省人民政府办公厅关于表彰2020年度全省“水利杯”竞赛先进单位的通报》' +
        '各市人民政府,省政府各部门:2020年,各地认真开展竞赛活动,成效明显。特此通报。甲省人民政府办公厅2021年3月1日',
    );
    expect(notice.title).toBe('甲省人民政府办公厅关于表彰2020年度全省“水利杯”竞赛先进单位的通报');
  });

  it('is read once where a bracketed note closes the first copy', () => {
    const notice = parseNotice(
      '國務(wù)院關(guān)于同意甲省撤銷乙地區(qū)設(shè)立地級乙市的批復(fù)(2002年22號)國務(wù)院關(guān)于同意甲省撤銷乙地區(qū)設(shè)立地級乙市的批復(fù)' +
        '國函〔2002〕53號甲省人民政府:你省請示收悉。現批復(fù)如下:一、同意撤銷乙地區(qū)。國務(wù)院二〇〇二年六月十八日',
    );
    expect(notice.title).toBe('國務(wù)院關(guān)于同意甲省撤銷乙地區(qū)設(shè)立地級乙市的批復(fù)');
  });
});

describe('a heading run on into a paragraph that opens with a leading verb', () => {
  it('ends before the verb where a sentence follows it', () => {
    expect(unglueLine('一、强化组织领导建立由县政府分管领导任组长的工作专班,统筹推进项目实施。', false)).toEqual([
      '一、强化组织领导',
      '建立由县政府分管领导任组长的工作专班,统筹推进项目实施。',
    ]);
  });

  it('ends before an adverb that opens the paragraph', () => {
    expect(unglueLine('一、总体目标主动适应城镇化发展和户籍制度改革的新形势,完善服务体系。', false)).toEqual([
      '一、总体目标',
      '主动适应城镇化发展和户籍制度改革的新形势,完善服务体系。',
    ]);
  });

  it('keeps a heading of two short phrases whole', () => {
    expect(unglueLine('一、加强领导建立长效机制', false)).toEqual(['一、加强领导建立长效机制']);
  });
});

describe('a document’s first clause glued to its title', () => {
  it('is cut after a title of measures that opens with 关于对', () => {
    expect(unglueLine('关于对参与防汛抢险人员给予保障和激励的若干措施一、对参加抢险的人员给予临时性工作补助。', false)).toEqual([
      '关于对参与防汛抢险人员给予保障和激励的若干措施',
      '一、对参加抢险的人员给予临时性工作补助。',
    ]);
  });
});

describe('an attached list whose first heading is glued to its name', () => {
  it('is cut before 一、 and the numbering goes on', () => {
    expect(
      unglueLine('附件2023年度农村公路建设先进单位和先进个人名单一、先进单位(3个)甲镇乙镇丙镇二、先进集体(2个)丁镇戊镇', false),
    ).toEqual(['附件2023年度农村公路建设先进单位和先进个人名单', '一、先进单位(3个)', '甲镇乙镇丙镇', '二、先进集体(2个)', '丁镇戊镇']);
  });
});

describe('a 文号 printed with spaces, run together with its notice', () => {
  it('stays one 文号 and the 主送 after it starts clean', () => {
    const notice = parseNotice(
      '国务院关于同意甲省撤销乙地区设立地级乙市的批复国函 〔2003〕 46号甲省人民政府:你省《关于撤销乙地区设立地级乙市的请示》' +
        '(甲政发〔2003〕10号)及有关补充报告收悉。现批复如下:一、同意撤销乙地区和乙县,设立地级乙市。市人民政府驻新设立的丙区中华路。' +
        '二、乙市设立丙区,以原乙县的行政区域为丙区的行政区域。三、乙市的各类机构要按照精简、效能的原则设置,所需经费和人员编制由你省自行解决。' +
        '国务院二〇〇三年六月三日',
    );
    expect(notice.docNumber?.text).toBe('国函〔2003〕46号');
    expect(notice.recipients).toEqual(['甲省人民政府']);
  });
});

describe('a 主送 whose name sets its bracket apart by a space, run together with the page', () => {
  it('is read up to its colon', () => {
    const notice = parseNotice(
      '发布日期:2011-11-28 10:16 浏览次数:分享各市人民政府,各县 (市、区)人民政府,省政府各部门:《甲省道路养护规划》已经省政府同意,' +
        '现将主要目标和任务分工通知如下。一、分工原则(一)正确处理政府与市场的关系。在充分发挥市场作用基础上,重点明确政府责任。甲省人民政府2011年11月20日',
    );
    expect(notice.recipients).toEqual(['各市人民政府', '各县 (市、区)人民政府', '省政府各部门']);
  });
});

describe('a page field’s 文号 with the 主送 glued after it', () => {
  it('ends the field, so the 主送 is read', () => {
    const notice = parseNotice(
      '甲市政府关于分解落实《甲市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知发布部门: 甲省甲市人民政府发布' +
        '文号: 甲政发[2006]275号各区县人民政府,市府各委办局,市各直属单位:《甲市国民经济和社会发展第十一个五年规划纲要》是未来五年' +
        '甲市经济社会发展的宏伟蓝图。一、分工原则(一)明确政府职责和市场功能。充分体现政府与市场的不同功能。甲市人民政府2006年7月1日',
    );
    expect(notice.recipients).toEqual(['各区县人民政府', '市府各委办局', '市各直属单位']);
  });
});

describe('a short heading glued to its first sub-item', () => {
  it('is cut however short the line', () => {
    expect(unglueLine('一、总则(一)目的。', false)).toEqual(['一、总则', '(一)目的。']);
  });

  it('keeps a short line of numerals listed with 、 whole', () => {
    expect(unglueLine('一、二、三级公路', false)).toEqual(['一、二、三级公路']);
  });
});

describe('an item whose words after a heading noun go on the noun (以外, 以内)', () => {
  it('is not cut after the noun', () => {
    const line = '二、本市禁止燃放烟花爆竹区域和地点以外的其他区域实施限制燃放,除夕全天外其他时间禁止燃放。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('an item written as one sentence that repeats its own words', () => {
  it('is not cut where they come again', () => {
    const line = '四、在禁止燃放烟花爆竹的区域、地点、时间燃放烟花爆竹的,由公安部门依法处罚。';
    expect(unglueLine(line, false)).toEqual([line]);
  });

  it('is left out of the clauses when the copy ends inside it, before its first 。', () => {
    const text = [
      '甲市人民政府关于烟花爆竹安全管理的通告',
      '为保障公共安全,现通告如下:',
      '一、本市城区禁止燃放烟花爆竹。',
      '二、在禁止燃放烟花爆竹的区域、地点、时间燃放烟花爆竹的,由公安部门按照《甲市烟花爆竹管理规定',
    ].join('\n');
    expect(parseNotice(text).clauses.map((c) => c.number)).toEqual(['一']);
  });
});
