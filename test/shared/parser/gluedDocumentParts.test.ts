import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';

/**
 * Parts of a notice that paragraphs glued together run into each other (a mirror's pinyin before a 、, an
 * attached rule's title and its chapters, a 署名 after an attachment's file name …): each split back where it
 * was printed, and the text that only looks like such a part left whole.
 */

const clauses = (text: string) => parseNotice(text).clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

describe('a mirror’s pinyin before 一、', () => {
  it('keeps 統(tǒng)一、 inside its sentence', () => {
    const line = '(一)指導思想。堅持標準化、規(guī)范化的發(fā)展方向,加快形成全縣統(tǒng)一、有序的市場秩序。';
    expect(unglueLine(line, false)).toEqual([line]);
    expect(clauses(`一、總體要求\n${line}\n(二)主要目標。到2025年,建成統(tǒng)一的交易平臺。`)).toEqual([
      '1:一 總體要求',
      '2:一 指導思想',
      '2:二 主要目標',
    ]);
  });

  it('still cuts a marker after a bracket that holds no pinyin', () => {
    expect(unglueLine('(一)落實責任。各鄉鎮負責(縣應急局)二、加強保障', false)).toEqual([
      '(一)落實責任。各鄉鎮負責(縣應急局)',
      '二、加強保障',
    ]);
  });
});

describe('rules attached to their notice, glued to its date', () => {
  const RULES = [
    '甲县人民政府关于印发甲县农村道路管理办法的通知',
    '各乡镇人民政府，县直各单位：',
    '《甲县农村道路管理办法》已经县政府同意，现印发给你们，请遵照执行。',
    '二〇二三年五月六日',
    '甲县农村道路管理办法',
  ];

  it('splits the rules’ name from its first chapter and the chapter from its first article', () => {
    const text = [...RULES, '第一章总则', '第一条为加强农村道路管理，制定本办法。', '第二条本办法适用于本县。'].join('');
    expect(unglueLine(text, true).slice(3)).toEqual(
      RULES.slice(3).concat(['第一章总则', '第一条为加强农村道路管理，制定本办法。', '第二条本办法适用于本县。']),
    );
    expect(parseNotice(text).signedDate).toBe('2023-05-06');
  });

  it('splits the rules’ name from its first article where it has no chapters', () => {
    const text = [...RULES, '第一条为加强农村道路管理，制定本办法。'].join('');
    expect(unglueLine(text, true).slice(-2)).toEqual(['甲县农村道路管理办法', '第一条为加强农村道路管理，制定本办法。']);
    expect(parseNotice(text).signedDate).toBe('2023-05-06');
  });

  it('keeps a chapter or an article that a sentence names', () => {
    const line = '违反本办法第一章规定的，依照甲县道路管理办法第一条处理，并按照甲县道路管理办法第一章执行。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a page printing its quoted title twice', () => {
  const TITLE = '甲县人民政府办公室关于印发〈甲县2023年政务公开工作要点〉的通知';

  it('cuts the second quoted copy off the first', () => {
    const body =
      '各乡镇人民政府，县直各单位：《甲县2023年政务公开工作要点》已经县政府同意，现印发给你们，请结合实际认真贯彻落实。甲县人民政府办公室2023年5月6日';
    const text = `甲政办发〔2023〕6号《${TITLE}》《${TITLE}》甲政办发〔2023〕6号${body}`;
    expect(unglueLine(text, true).slice(0, 4)).toEqual(['甲政办发〔2023〕6号', `《${TITLE}》`, `《${TITLE}》`, '甲政办发〔2023〕6号']);
    expect(parseNotice(text).title).toBe(TITLE);
  });

  it('keeps a title that names two quoted documents of its issuer', () => {
    const title = '甲县农业局关于印发《甲县农业局直接投资项目实施细则》《甲县农业局投资补助项目实施细则》的通知';
    expect(unglueLine(title, true)).toEqual([title]);
  });
});

describe('heading-only items run on into their paragraphs', () => {
  it('end a heading before a paragraph that addresses organs, cites its basis, plans or guides', () => {
    const text = [
      '一、编制依据依据《甲县防汛条例》，结合本县实际，制定本预案。',
      '二、清理范围各乡镇、各有关部门以现行文件为准，逐件清理。',
      '三、时限要求请各单位于6月30日前报送清理结果。',
      '四、工作安排拟于2023年7月召开推进会。',
      '五、公示期限本公告期限自2023年5月26日至2023年6月8日。',
      '六、指导思想践行绿水青山就是金山银山的理念。',
    ].join('');
    expect(clauses(text)).toEqual(['1:一 编制依据', '1:二 清理范围', '1:三 时限要求', '1:四 工作安排', '1:五 公示期限', '1:六 指导思想']);
  });

  it('keeps a heading whose words go on past its noun', () => {
    const line = '一、完善保障机制拟定工作细则，各单位抓好落实。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a 主送 run together with what a page or a reply puts before it', () => {
  const BODY =
    '为做好今年汛期安全工作，经县政府同意，现将有关事项通知如下。一、提高思想认识。各单位要充分认识汛期安全工作的重要性。甲县人民政府2023年5月6日';

  it('drops a share button glued before the 主送', () => {
    const text = `甲县人民政府关于做好汛期安全工作的通知发布日期:2023-05-08 10:16浏览次数:分享各乡镇人民政府，县直各单位：${BODY}`;
    expect(parseNotice(text).recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('drops a page’s 来源 value glued before the 主送, though the title names the issuer short', () => {
    const text = `县政府关于做好汛期安全工作的通知发布时间:2023-05-08 10:16来源:甲县人民政府各乡镇人民政府，县直各单位：${BODY}`;
    expect(parseNotice(text).recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('reads a deputy a reply addresses', () => {
    const text =
      '甲县乙镇人民政府关于县第二届人民代表大会第一次会议第9号建议的复函张三代表：您提出的《关于硬化村道的建议》收悉，现答复如下：一、关于村道硬化。我镇已将其列入年度计划。甲县乙镇人民政府2023年5月6日';
    expect(parseNotice(text).recipients).toEqual(['张三代表']);
  });
});

describe('a 署名 glued to an attached file’s name', () => {
  it('reads the date under a 署名 that follows a .pdf listed without an 附件 label', () => {
    const text = [
      '关于公布征收土地方案的公告',
      '根据有关规定，现将征收土地方案予以公告。',
      '1.征收土地方案(甲府征〔2024〕1号).pdf',
      '2.征收土地预公告(甲府征〔2024〕2号).pdf',
      '甲县人民政府',
      '2024年3月26日',
    ].join('');
    expect(parseNotice(text).signedDate).toBe('2024-03-26');
  });
});

describe('a page that lost its full-width indents to ?, glued', () => {
  it('starts a line at each run of lost indent marks', () => {
    const lines = [
      '甲县人民政府办公室关于印发甲县养老服务实施方案的通知',
      '各乡镇人民政府，县直各单位：',
      '??《甲县养老服务实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
      '??甲县人民政府办公室',
      '??2023年4月23日',
      '??一、实施背景',
      '??(一)发展基础',
      '??服务体系逐步完善。',
    ];
    const glued = lines.join(' ');
    const n = parseNotice(glued);
    expect([n.signedDate, n.issuers, clauses(glued)]).toEqual(['2023-04-23', ['甲县人民政府办公室'], ['1:一 实施背景', '2:一 发展基础']]);
  });
});

describe('a title wrapped over two lines after a page’s row, joined by spaces', () => {
  it('cuts the row’s value from the title’s first line, which holds its 关于 but no 文种', () => {
    const text = [
      '发布时间:2023-11-01 21:09:52 来源: xw20231101',
      '甲县人民政府关于推动乡村产业高质量发展',
      '奋力建设宜居宜业和美乡村的意见',
      '甲政发〔2023〕16号',
      '各乡镇人民政府，县政府各部门：',
      '为推动乡村产业高质量发展，现提出如下意见。',
      '一、总体要求',
      '（一）指导思想。坚持农业农村优先发展。',
      '甲县人民政府',
      '2023年10月30日',
    ].join(' ');
    const n = parseNotice(text);
    expect([n.title, n.docNumber?.text]).toEqual([
      '甲县人民政府关于推动乡村产业高质量发展奋力建设宜居宜业和美乡村的意见',
      '甲政发〔2023〕16号',
    ]);
  });
});

describe('a 成文日期 without 署名 run into what follows it', () => {
  it('ends the date before an attached plan whose name opens with a year', () => {
    const text =
      '甲县人民政府办公室关于印发2020年县政府重点工作责任分解的通知各乡镇人民政府，县直各单位：《2020年县政府重点工作责任分解》已经县政府同意，现印发给你们，请认真抓好落实。2020年6月28日2020年县政府重点工作责任分解根据县十届人大四次会议精神，制定本分解。';
    expect(parseNotice(text).signedDate).toBe('2020-06-28');
  });

  it('reads a date under an 附件 line that a page’s table rule closes', () => {
    const text =
      '甲县人民政府办公室关于印发2007年县政府工作任务分解表的通知 各乡镇人民政府，县直各单位： 现将《2007年县政府工作任务分解表》印发给你们，请认真贯彻执行。 附件:2007年县政府工作任务分解表 二○○七年四月十三日 |';
    expect(parseNotice(text).signedDate).toBe('2007-04-13');
  });

  it('takes no metadata row’s date that its table rule closes for the 成文日期', () => {
    const text = [
      '文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | |',
      '有效性 | 有效 | 公开日期: | 2022年09月15日 |',
      '近期,县政府督查室对常务会议确定事项开展了专项督查,现通报如下。',
    ].join('\n');
    expect(parseNotice(text).signedDate).toBeNull();
  });
});

describe('a letter-spaced 署名 glued between the text and its date', () => {
  const LINES = [
    '甲县人民政府关于同意乙镇撤乡设镇的批复',
    '乙乡人民政府：',
    '你乡《关于撤乡设镇的请示》收悉。经研究，同意撤销乙乡，设立乙镇。所需经费由你乡自行解决。',
  ];

  it('reads it joined by spaces and run together', () => {
    for (const text of [
      [...LINES, '甲 县 政 府', '二○二三年六月十八日'].join(' '),
      [...LINES, '甲 县 政 府', '二○二三年六月十八日'].join(''),
    ]) {
      expect(parseNotice(text).signedDate).toBe('2023-06-18');
    }
  });

  it('reads it with a mirror’s pinyin in it, run together', () => {
    const text = [...LINES, '甲 縣(xiàn) 政 府', '二○二三年六月十八日'].join('');
    expect(unglueLine(text, true).slice(-2)).toEqual(['甲 縣(xiàn) 政 府', '二○二三年六月十八日']);
  });
});

describe('an 附件 list glued together', () => {
  it('cuts an item that opens with its year', () => {
    expect(unglueLine('附件:1.2023年县政府工作报告任务分解表2.2023年民生实事任务分解表3.甲县为民办实事任务分解表', false)).toEqual([
      '附件:1.2023年县政府工作报告任务分解表',
      '2.2023年民生实事任务分解表',
      '3.甲县为民办实事任务分解表',
    ]);
  });

  it('keeps a decimal number before a year whole', () => {
    const line = '全县粮食产量增长2.5%，2.2023年全年完成造林1.5万亩。';
    expect(unglueLine(line, false)).toEqual([line]);
  });

  it('cuts a 署名 glued to the last attachment’s name, its date on the next line', () => {
    expect(unglueLine('附件：2023年度涉农先进单位和先进个人名单乙市人民政府', false)).toEqual([
      '附件：2023年度涉农先进单位和先进个人名单',
      '乙市人民政府',
    ]);
    const text = [
      '甲县人民政府关于表彰2023年度涉农先进单位的决定',
      '各乡镇人民政府：',
      '经研究，决定对先进单位予以表彰。',
      '附件：2023年度涉农先进单位名单甲县农业农村局',
      '2024年1月8日',
    ].join('\n');
    const n = parseNotice(text);
    expect([n.attachments, n.signedDate]).toEqual([['2023年度涉农先进单位名单'], '2024-01-08']);
  });
});

describe('a page’s label glued after the title', () => {
  it('cuts a label that opens with a word of its own', () => {
    expect(unglueLine('甲市人民政府办公室关于印发《甲市突发环境事件应急预案》的通知上载日期:', true)).toEqual([
      '甲市人民政府办公室关于印发《甲市突发环境事件应急预案》的通知',
      '上载日期:',
    ]);
    expect(unglueLine('甲县森林防火指挥部关于禁止燃放烟花爆竹的通告信息发布者:张三', true)).toEqual([
      '甲县森林防火指挥部关于禁止燃放烟花爆竹的通告',
      '信息发布者:张三',
    ]);
  });

  it('ends a quoted title at its 》 before the label', () => {
    expect(unglueLine('甲政发〔2014〕20号《甲省人民政府关于深化预算管理制度改革的实施意见》浏览量:', true)).toEqual([
      '甲政发〔2014〕20号《甲省人民政府关于深化预算管理制度改革的实施意见》',
      '浏览量:',
    ]);
  });
});

describe('a mirror’s 文号 glued to the 主送', () => {
  it('keeps the pinyin after 號 with the 文号', () => {
    expect(unglueLine('甲政發(fā)〔2023〕8號(hào)各市、自治州人民政府，省政府各部門：', true)).toEqual([
      '甲政發(fā)〔2023〕8號(hào)',
      '各市、自治州人民政府，省政府各部門：',
    ]);
  });
});

describe('a 文号 that lost its closing bracket, joined by a space to the issuer under it', () => {
  it('stands on a line of its own', () => {
    const text = [
      '甲县人民政府办公室关于印发2020年甲县优化营商环境实施方案的通知',
      '来源:甲县人民政府办公室',
      '甲政办函〔202058',
      '甲县人民政府办公室',
      '关于印发2020年甲县优化营商环境实施方案的通知',
      '各乡镇人民政府,县直各单位:',
      '经县人民政府同意,现将实施方案印发给你们,请结合实际,认真组织实施。各单位要明确责任分工,细化工作措施,确保各项任务落到实处。',
    ].join(' ');
    expect(unglueLine(text, true).slice(1, 4)).toEqual(['来源:甲县人民政府办公室', '甲政办函〔202058', '甲县人民政府办公室']);
  });
});

describe('a heading of two matched phrases run on into its paragraph', () => {
  it('ends after the second phrase where the paragraph addresses organs', () => {
    expect(unglueLine('一、落实责任,确保质量各责任单位要严格遵循年初公布、年底兑现的原则。', false)).toEqual([
      '一、落实责任,确保质量',
      '各责任单位要严格遵循年初公布、年底兑现的原则。',
    ]);
  });

  it('keeps a sentence whose second phrase is no heading’s', () => {
    const line = '（三）加强监管,依法查处对违法行为及时立案。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('an award list’s heading that counts its entries, run into the first name', () => {
  it('ends after the count, the names apart by spaces or run together', () => {
    expect(unglueLine('一、美丽乡村建设先进单位(6个)甲街道乙街道丙镇', false)).toEqual([
      '一、美丽乡村建设先进单位(6个)',
      '甲街道乙街道丙镇',
    ]);
    expect(unglueLine('一、美丽乡村建设先进单位(6个)甲街道 乙街道 丙镇', false)[0]).toBe('一、美丽乡村建设先进单位(6个)');
  });

  it('keeps a count that a sentence goes on after', () => {
    const line = '一、全县新建口袋公园(2个)以上，改造提升街头绿地。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a journal database’s abstract of a gazette’s notice: its start mark, the 文号, the date and the 主送 run together', () => {
  const text =
    '<正>甲市政办函[2018]54号2018年3月20日各区、县人民政府,市人民政府各工作部门:' +
    '《甲市旅游区规划建设实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。甲市旅游区规划建设实施方案';

  it('reads the 文号, the date printed under it and the 主送, and takes no date for the title', () => {
    const notice = parseNotice(text);
    expect(notice.docNumber?.text).toBe('甲市政办函〔2018〕54号');
    expect(notice.signedDate).toBe('2018-03-20');
    expect(notice.recipients).toEqual(['各区、县人民政府', '市人民政府各工作部门']);
    expect(notice.title).toBeNull();
  });

  it('keeps the start mark out of a 版头 glued after it', () => {
    const notice = parseNotice(
      '摘要\n<正>甲省人民政府文件甲政发[2021]19号各市人民政府,省政府各厅委:经研究,省政府决定取消一批行政许可事项。',
    );
    expect(notice.issuer).toBe('甲省人民政府');
    expect(notice.docNumber?.text).toBe('甲政发〔2021〕19号');
  });
});
