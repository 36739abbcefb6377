import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';
import { splitGluedNames } from '../../../shared/parser/unitNames';
import { SHORT_NOTICE_LINES as PRINTED } from './shortNotice';

/**
 * Small notices of the shapes glued text takes (one line, or paragraphs glued in pairs), each parsed back
 * as it was printed; and the sentences that must never be split.
 */

/** What a reader checks: header, closing and the clause tree. */
function reading(text: string) {
  const n = parseNotice(text);
  return {
    issuers: n.issuers,
    docNumber: n.docNumber?.text ?? null,
    title: n.title,
    recipients: n.recipients,
    signedDate: n.signedDate,
    attachments: n.attachments,
    clauses: n.clauses.map((c) => `${c.level}:${c.number} ${c.heading} [${c.units.map((u) => u.name).join('、')}]`),
  };
}

/** Lines glued in pairs: the break after every second line kept (from `offset` on). */
function gluedInPairs(lines: readonly string[], offset: number): string {
  return lines.map((l, i) => (i % 2 === offset ? `${l}\n` : l)).join('');
}

describe('a notice glued in pairs of lines', () => {
  it('reads title glued to 主送, 署名 glued to its date, as printed', () => {
    expect(reading(gluedInPairs(PRINTED, 1))).toEqual(reading(PRINTED.join('\n')));
  });

  it('reads an 附件 label glued to the 署名 above its date, as printed', () => {
    expect(reading(gluedInPairs(PRINTED, 0))).toEqual(reading(PRINTED.join('\n')));
  });
});

describe('short glued header lines', () => {
  it('cut a title from the page chrome glued after its 文种', () => {
    expect(unglueLine('甲县人民政府办公室关于做好汛期安全工作的通知发布日期:2023-05-08访问次数:', true)).toEqual([
      '甲县人民政府办公室关于做好汛期安全工作的通知',
      '发布日期:2023-05-08访问次数:',
    ]);
  });

  it('keep a code that ends in a 文种 character whole, and a page row with its values', () => {
    const line = '甲政办函〔2023〕18号《甲县人民政府办公室关于做好汛期安全工作的函》';
    expect(unglueLine(line, true)).toEqual([line]);
    const row = '来源:甲县人民政府办公室 日期:2023-05-08 17:08 字号:【';
    expect(unglueLine(row, true)).toEqual([row]);
  });

  it('take a page banner’s date and weekday for no 成文日期', () => {
    expect(unglueLine('甲县人民政府 2023年5月6日星期六', true)).toEqual(['甲县人民政府 2023年5月6日星期六']);
  });
});

describe('a heading run straight on into its paragraph', () => {
  it('ends after the heading’s last word where the paragraph opens', () => {
    expect(
      unglueLine(
        '一、总体要求（一）指导思想以新时代中国特色社会主义思想为指导，全面落实安全发展理念。（二）工作目标到2025年，全县汛期安全责任体系全面建立。',
        false,
      ),
    ).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '以新时代中国特色社会主义思想为指导，全面落实安全发展理念。',
      '（二）工作目标',
      '到2025年，全县汛期安全责任体系全面建立。',
    ]);
  });

  it('leaves a heading that ends in its own 。 and a sentence that only mentions a goal', () => {
    const line = '（一）加强目标管理要求各单位建立台账，按月报送进展情况。（二）压实责任。各乡镇要落实包村干部责任。';
    expect(unglueLine(line, false)).toEqual([
      '（一）加强目标管理要求各单位建立台账，按月报送进展情况。',
      '（二）压实责任。各乡镇要落实包村干部责任。',
    ]);
  });
});

describe('joint issuers glued together', () => {
  const JOINT = [
    '中共甲县县委办公室甲县人民政府办公室关于做好汛期安全工作的通知',
    '各乡镇党委和人民政府，县直各单位：',
    '为做好今年汛期安全工作，经县委、县政府同意，现将有关事项通知如下。',
    '一、提高思想认识。各单位要充分认识汛期安全工作的重要性，克服麻痹思想。',
    '中共甲县县委办公室',
    '甲县人民政府办公室',
    '2023年5月6日',
  ];

  it('are read apart from the title and from a glued 署名', () => {
    for (const text of [JOINT.join(''), gluedInPairs(JOINT, 0), gluedInPairs(JOINT, 1)]) {
      expect(parseNotice(text).issuers).toEqual(['中共甲县县委办公室', '甲县人民政府办公室']);
    }
  });

  it('leave a single name whole, a party department too', () => {
    expect(splitGluedNames('中共甲县县委组织部')).toEqual(['中共甲县县委组织部']);
    expect(splitGluedNames('甲县人民政府办公室')).toEqual(['甲县人民政府办公室']);
  });
});

describe('the closing of a notice joined with spaces', () => {
  const BODY = '为做好今年汛期安全工作，经县政府同意，现将有关事项通知如下。一、提高思想认识。各单位要充分认识汛期安全工作的重要性。';

  it('reads joint 署名 side by side after an 附件 line', () => {
    const notice = parseNotice(
      `甲县农业局 甲县财政局关于申报产业项目的通知 各镇政府、各街道办事处： ${BODY} 附件：1、市农业局《关于申报产业项目的通知》 甲县农业局 甲县财政局 2018年6月22日`,
    );
    expect(notice.issuers).toEqual(['甲县农业局', '甲县财政局']);
    expect(notice.attachments).toEqual(['市农业局《关于申报产业项目的通知》']);
    expect(notice.signedDate).toBe('2018-06-22');
  });

  it('reads a date alone after the 附件 line, but not a date after a label', () => {
    const notice = parseNotice(
      `甲县人民政府办公室关于做好汛期安全工作的通知 各乡镇人民政府： ${BODY} 附件：汛期值班表 2022年2月21日 （此件公开发布）`,
    );
    expect(notice.attachments).toEqual(['汛期值班表']);
    expect(notice.signedDate).toBe('2022-02-21');
    const line = '请各乡镇于会议当天准时参加。会议时间： 2023年5月6日 （星期六）上午九时，地点另行通知。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a notice run together without any separator', () => {
  it('reads a traditional-character title apart from its 主送', () => {
    const notice = parseNotice(
      '甲縣人民政府關于做好汛期安全工作的實施意見各鄉鎮人民政府,縣直各單位:為做好今年汛期安全工作,經縣政府同意,提出如下意見。一、提高思想認識。各單位要充分認識汛期安全工作的重要性。',
    );
    expect(notice.title).toBe('甲縣人民政府關于做好汛期安全工作的實施意見');
    expect(notice.recipients).toEqual(['各鄉鎮人民政府', '縣直各單位']);
  });

  it('reads joint 署名 glued after the 附件 title’s 》', () => {
    const notice = parseNotice(
      '各镇政府、各街道办事处:现将省农业局《关于申报产业项目的通知》转发给你们,请认真组织申报。一、申报材料报县农业局。附件:省农业局《关于申报产业项目的通知》甲县农业局甲县财政局2018年6月22日',
    );
    expect(notice.issuers).toEqual(['甲县农业局', '甲县财政局']);
    expect(notice.attachments).toEqual(['省农业局《关于申报产业项目的通知》']);
    expect(notice.signedDate).toBe('2018-06-22');
  });
});

describe('a page heading glued to a title that names the same issuer again', () => {
  it('is cut where the second name starts', () => {
    expect(unglueLine('甲省乙市人民政府乙市人民政府关于修改《乙市规范性文件管理规定》的决定', true)).toEqual([
      '甲省乙市人民政府',
      '乙市人民政府关于修改《乙市规范性文件管理规定》的决定',
    ]);
    const joint = '中共乙市委办公室乙市人民政府办公室关于做好汛期安全工作的通知';
    expect(unglueLine(joint, true)).toEqual([joint]);
  });
});

describe('more glued header and heading shapes', () => {
  it('cuts the second half of a wrapped title from the 主送 glued after it', () => {
    expect(unglueLine('重点任务责任落实分工的通知各乡镇人民政府,县政府各部门:', true)).toEqual([
      '重点任务责任落实分工的通知',
      '各乡镇人民政府,县政府各部门:',
    ]);
  });

  it('ends a heading before a paragraph opening with 本 or 自', () => {
    expect(unglueLine('三、土地现状调查安排本公告发布后，由镇政府组织调查。四、其他事项自本公告发布之日起，不得抢栽抢建。', false)).toEqual(
      ['三、土地现状调查安排', '本公告发布后，由镇政府组织调查。', '四、其他事项', '自本公告发布之日起，不得抢栽抢建。'],
    );
  });
});

describe('a breadcrumb run together with the title after it', () => {
  it('ends at its last separator when the title opens with 关于, and a page label after the 文种 is cut off', () => {
    expect(unglueLine('您的位置: 首页 » 资料库 » 法规 »关于同意甲县开展边境旅游活动的复函时间:2024-07-24 06:03:01', true)).toEqual([
      '您的位置: 首页 » 资料库 » 法规 »',
      '关于同意甲县开展边境旅游活动的复函',
      '时间:2024-07-24 06:03:01',
    ]);
  });

  it('ends before joint issuers opening with 中共, the label’s own words kept with it', () => {
    expect(
      unglueLine('当前位置:首页 > 政务公开 > 政策法规中共甲市委办公室甲市人民政府办公室印发《关于做好汛期安全工作的意见》的通知', true),
    ).toEqual(['当前位置:首页 > 政务公开 > 政策法规', '中共甲市委办公室甲市人民政府办公室印发《关于做好汛期安全工作的意见》的通知']);
  });

  it('ends before an issuer named again in the 署名, past a title cut off with its 《 unclosed', () => {
    const text =
      '您的位置:主页 > 通知公告 > 文件《甲县汛期安全工作实施甲县人民政府办公室关于印发甲县汛期安全工作实施方案的通知各乡镇人民政府:《甲县汛期安全工作实施方案》已经县政府同意,现印发给你们。甲县人民政府办公室2023年5月6日';
    const notice = parseNotice(text);
    expect(notice.title).toBe('甲县人民政府办公室关于印发甲县汛期安全工作实施方案的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府']);
    expect(notice.signedDate).toBe('2023-05-06');
  });

  it('is left alone when no organ’s name can be told from the label before the title', () => {
    const line = '当前位置:首页 > 政府文件甲县人民政府关于做好汛期安全工作的通知';
    expect(unglueLine(line, true)).toEqual([line]);
  });
});

describe('a page field run together with the 主送 after it', () => {
  const BODY = '为做好今年汛期安全工作，经县政府同意，现将有关事项通知如下。一、提高思想认识。各单位要充分认识汛期安全工作的重要性。';

  it('leaves the issuer named as the page’s 来源 to the page row', () => {
    const notice = parseNotice(
      `甲县人民政府办公室关于做好汛期安全工作的通知发布日期:2023-03-21访问次数:信息来源:甲县人民政府办公室各乡镇人民政府,各街道办事处,县政府各部门:${BODY}`,
    );
    expect(notice.title).toBe('甲县人民政府办公室关于做好汛期安全工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '各街道办事处', '县政府各部门']);
  });

  it('starts after a publication time or an empty counter', () => {
    expect(parseNotice(`甲县人民政府关于做好汛期安全工作的批复发布日期 2021-02-07 09:54甲镇、乙镇人民政府:${BODY}`).recipients).toEqual([
      '甲镇、乙镇人民政府',
    ]);
    expect(
      parseNotice(`甲市人民政府关于做好汛期安全工作的通知字号:【视力保护色:浏览量:各县市区人民政府,甲湖新区、乙管理区,市直各单位:${BODY}`)
        .recipients,
    ).toEqual(['各县市区人民政府', '甲湖新区', '乙管理区', '市直各单位']);
  });
});

describe('a 成文日期 glued to the line after it or before it', () => {
  it('is read under the 署名 with the attached 方案’s title glued after it', () => {
    const notice = parseNotice(
      [
        '甲县人民政府办公室关于印发甲县汛期安全工作方案的通知',
        '各乡镇人民政府：',
        '《甲县汛期安全工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
        '甲县人民政府办公室',
        '2023年5月6日甲县汛期安全工作方案',
        '一、总体要求。全面落实安全发展理念。',
      ].join('\n'),
    );
    expect(notice.issuers).toEqual(['甲县人民政府办公室']);
    expect(notice.signedDate).toBe('2023-05-06');
  });

  it('is read with the 署名 glued after an 附件 title that ends in its 文种', () => {
    const notice = parseNotice(
      '关于调整汛期值班安排的报告县人大常委会:现将汛期值班安排报告如下。一、值班时间为六月至九月。附件:甲县汛期值班安排方案甲县人民政府二0二三年五月六日',
    );
    expect(notice.attachments).toEqual(['甲县汛期值班安排方案']);
    expect(notice.issuers).toEqual(['甲县人民政府']);
    expect(notice.signedDate).toBe('2023-05-06');
  });

  it('is read with the 署名 glued after an 附件 table’s name, which is no organ’s', () => {
    const notice = parseNotice(
      '各乡镇人民政府:为全面完成《政府工作报告》确定的各项任务,现将任务分解如下。一、各乡镇要按时报送进展。附件:《政府工作报告》任务分解表甲县人民政府办公室2021年1月25日',
    );
    expect(notice.attachments).toEqual(['《政府工作报告》任务分解表']);
    expect(notice.issuers).toEqual(['甲县人民政府办公室']);
    expect(notice.signedDate).toBe('2021-01-25');
  });

  it('is read at the end of an 附件 line, and not where a sentence opens with it', () => {
    expect(unglueLine('附件:2022年汛期安全工作情况表2022年2月21日', false)).toEqual(['附件:2022年汛期安全工作情况表', '2022年2月21日']);
    const line = '2023年5月6日县政府召开汛期安全工作会议';
    expect(unglueLine(line, false, [], '各乡镇要按时报送情况。')).toEqual([line]);
  });
});

describe('clause markers in lines glued in pairs', () => {
  it('end a heading before a paragraph opening with 主要围绕', () => {
    expect(unglueLine('二、主要工作任务主要围绕汛期安全十项指标开展工作，逐项落实到位。', false)).toEqual([
      '二、主要工作任务',
      '主要围绕汛期安全十项指标开展工作，逐项落实到位。',
    ]);
  });

  it('go on numbering from the line before, but not from a line with another number', () => {
    expect(unglueLine('县教育局 县农商银行2、职能单位末位排名', false, [], '1、窗口单位末位排名')).toEqual([
      '县教育局 县农商银行',
      '2、职能单位末位排名',
    ]);
    const line = '县教育局 县农商银行2、职能单位末位排名';
    expect(unglueLine(line, false, [], '2、窗口单位末位排名')).toEqual([line]);
  });
});

describe('page chrome joined by a space to the title after it', () => {
  const BODY =
    '为做好今年汛期安全工作，经县政府研究，现将有关事项公告如下。一、各单位要落实汛期值班制度，主要负责人带班，确保信息畅通。二、各乡镇要组织巡查，对河道、水库、山塘和地质灾害隐患点逐一排查，及时排除隐患。三、各村要做好群众转移准备。';

  it('is cut off before the title, so the title and its issuer are read', () => {
    for (const chrome of ['The Beginning', '点击此处下载', '热门站点| 甲县资料网 | 收藏本站| 首页']) {
      const notice = parseNotice(`${chrome} 甲县人民政府关于做好汛期安全工作的公告 ${BODY} 甲县人民政府 2022年1月29日`);
      expect(notice.title).toBe('甲县人民政府关于做好汛期安全工作的公告');
      expect(notice.issuers).toEqual(['甲县人民政府']);
    }
  });

  it('leaves a breadcrumb’s label that holds a 文种 word to the breadcrumb', () => {
    const notice = parseNotice(
      `当前位置:首页 > 政务公开 > 工作要点 甲县人民政府关于做好汛期安全工作的公告 ${BODY} 甲县人民政府 2022年1月29日`,
    );
    expect(notice.title).toBe('甲县人民政府关于做好汛期安全工作的公告');
  });
});

describe('a title run together with what the page prints after it', () => {
  it('ends before a page address, which is chrome', () => {
    const notice = parseNotice(
      '甲县人民政府关于撤销乙镇建制设立乙街道的批复http://www.example.gov.cn/zwgk/1.html发文字号甲政发〔2021〕1号发布日期2021-02-07 09:54乙镇人民政府:你镇申请的撤镇设街道工作已经批准同意,现批复如下。一、同意撤销乙镇,设立乙街道。',
    );
    expect(notice.title).toBe('甲县人民政府关于撤销乙镇建制设立乙街道的批复');
    expect(notice.docNumber?.text).toBe('甲政发〔2021〕1号');
    expect(notice.recipients).toEqual(['乙镇人民政府']);
  });

  it('ends before a code that ends in a 文种 character, the code kept whole', () => {
    expect(unglueLine('甲市人民政府办公室关于印发甲市若干措施的通知甲政办函〔2023〕18号各县区人民政府:', true)).toEqual([
      '甲市人民政府办公室关于印发甲市若干措施的通知',
      '甲政办函〔2023〕18号',
      '各县区人民政府:',
    ]);
  });
});

describe('a title printed twice and run together', () => {
  const TITLE = '甲市人民政府办公室关于印发甲市促进民间投资若干措施的通知';
  const REST = '甲政办函〔2023〕18号各县区人民政府:《甲市促进民间投资若干措施》已经市政府同意,现印发给你们。';

  it('is read once, whether the first copy stands in 《》 or not', () => {
    for (const text of [`《${TITLE}》${TITLE}${REST}`, `${TITLE}${TITLE}${REST}`]) {
      const notice = parseNotice(text);
      expect(notice.title).toBe(TITLE);
      expect(notice.docNumber?.text).toBe('甲政办函〔2023〕18号');
      expect(notice.recipients).toEqual(['各县区人民政府']);
    }
  });
});

describe('a page’s metadata rows joined with spaces', () => {
  const page = [
    '• 无障碍 • 长辈版 您现在所在的位置: 网站首页> 政务公开 > 通知公告',
    '索引号: 00001/2024-00012 组配分类: 通知公告',
    '发布机构: 甲县人民政府办公室 主题分类: 农业 / 通知',
    '名称: 甲县人民政府办公室关于做好春耕备耕工作的通知 文号: 甲政办〔2024〕3号',
    '发布日期: 2024-02-20 09:30',
    '甲县人民政府办公室关于做好春耕备耕工作的通知',
    '各乡镇人民政府,县直各单位:',
    '为做好今年春耕备耕工作,现将有关事项通知如下。',
    '一、压实责任。各乡镇要落实包村责任。',
  ];

  it('keeps a 文种 that is a row’s value and a label’s value with their rows, so the title is read', () => {
    const n = parseNotice(page.join(' '));
    expect([n.title, n.docNumber?.text, n.recipients]).toEqual([
      '甲县人民政府办公室关于做好春耕备耕工作的通知',
      '甲政办〔2024〕3号',
      ['各乡镇人民政府', '县直各单位'],
    ]);
    expect(reading(page.join(' '))).toEqual(reading(page.join('\n')));
  });

  it('opens a row at each known label when the rows run together, and ends a row at its time', () => {
    const rows = [...page.slice(0, 6), '各乡镇人民政府,县直各单位,甲县经开区:', ...page.slice(7)];
    expect(reading(rows.join(''))).toEqual(reading(rows.join('\n')));
    expect(parseNotice(rows.join('')).recipients).toEqual(['各乡镇人民政府', '县直各单位', '甲县经开区']);
  });
});

describe('a law database’s page joined with spaces', () => {
  const page = [
    '您的位置: 首页 » 法规库 »',
    '时间:2023-03-02 14: 58: 15 来源: 法规网',
    '关于同意设立乙县殡仪馆的复函',
    '甲省民政厅',
    '关于同意设立乙县殡仪馆的复函',
    '甲省民政厅',
    '(2001年3月2日 甲省民政厅)',
    '乙县人民政府:',
    '你县《关于设立殡仪馆的请示》收悉。经研究,同意设立乙县殡仪馆,由县民政局管理。请按规定办理登记手续,做好选址、建设和运营管理工作。',
  ];

  it('reads the issuer line glued before a title and the 题注 under it, and no clock as a 主送', () => {
    const n = parseNotice(page.join(' '));
    expect([n.issuers, n.title, n.recipients, n.signedDate]).toEqual([
      ['甲省民政厅'],
      '关于同意设立乙县殡仪馆的复函',
      ['乙县人民政府'],
      '2001-03-02',
    ]);
  });
});

describe('a page toolbar joined with spaces to the 主送', () => {
  it('leaves nothing of the toolbar on the 主送', () => {
    const text =
      '甲县人民政府关于做好防汛工作的通知 来源:甲县政府网 日期:2023-01-12 17:08 字号:【 视力保护色: 浏览量: 各乡镇人民政府,县直各单位: 为做好今年防汛工作,确保人民群众生命财产安全,现将有关事项通知如下。一、压实责任。各乡镇要落实包村干部责任,逐村逐户排查隐患。二、加强值守。各单位要严格执行值班制度。';
    expect(parseNotice(text).recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });
});

describe('a web page run together onto one line', () => {
  const body =
    '为做好今年防汛工作,确保人民群众生命财产安全,现将有关事项通知如下。一、压实责任。各乡镇要落实包村干部责任,逐村逐户排查隐患。二、加强值守。各单位要严格执行值班制度。';

  it('reads a 文号 with pinyin after its characters glued before the title', () => {
    const text = `甲政辦發(fā)〔2023〕7號甲縣人民政府辦公室關于做好防汛工作的通知各鄉(xiāng)鎮(zhèn)人民政府:${body}`;
    const n = parseNotice(text);
    expect([n.docNumber?.text, n.title]).toEqual(['甲政辦發(fā)〔2023〕7號', '甲縣人民政府辦公室關于做好防汛工作的通知']);
  });

  it('reads the 文号 and the 主送 past a toolbar button glued before them', () => {
    const text = `甲县人民政府关于做好防汛工作的通知发布时间:2023-05-08 09:30【字体:大 中 小】打印甲政〔2023〕7号朗读各乡镇人民政府:${body}`;
    const n = parseNotice(text);
    expect([n.docNumber?.text, n.recipients]).toEqual(['甲政〔2023〕7号', ['各乡镇人民政府']]);
  });

  it('keeps a 文号 printed with a space whole before the 主送', () => {
    const text = `甲县人民政府关于做好防汛工作的通知文章来源:甲县应急管理局 更新时间:2023-05-08 09:30甲政〔2023〕7 号各乡镇人民政府,县直各单位:${body}`;
    expect(parseNotice(text).recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('ends a title with its bracketed 文号 where the body runs on, past a site’s opening marker', () => {
    const text = `The Beginning甲县人民政府防汛抗旱公告(甲防公告〔2023〕2号)为做好今年防汛工作,确保人民群众生命财产安全,根据有关法律法规的规定,现公告如下:一、压实责任。各乡镇要落实包村干部责任,逐村逐户排查隐患。二、加强值守。各单位要严格执行值班制度。`;
    const n = parseNotice(text);
    expect([n.issuer, n.title, n.docNumber?.text]).toEqual(['甲县人民政府', '甲县人民政府防汛抗旱公告', '甲防公告〔2023〕2号']);
  });
});

describe('a closing run together', () => {
  const head =
    '甲县人民政府办公室关于做好防汛工作的通知各乡镇人民政府,县直各单位:为做好今年防汛工作,确保人民群众生命财产安全,现将有关事项通知如下。';
  const clauses = '一、压实责任。各乡镇要落实包村干部责任,逐村逐户排查隐患。二、加强值守。各单位要严格执行值班制度,每月5日前报送值班表。';

  it('reads 特此通知 that lost its 特, the 附件 after it and the date glued to the 附件 title before a 附注', () => {
    const n = parseNotice(`${head}${clauses}此通知附件:防汛值班情况表2023年5月8日(联系人:张三,联系电话:1234567)(此件公开发布)`);
    expect([n.attachments, n.signedDate]).toEqual([['防汛值班情况表'], '2023-05-08']);
  });

  it('leaves a sentence that opens with 此通知 alone', () => {
    const line = '各单位要认真落实。此通知自印发之日起施行,有效期两年。';
    expect(unglueLine(line, false)).toEqual([line]);
  });

  it('reads the date under 特此公告 with a page’s end marker glued after it', () => {
    const lines = [
      '甲县人民政府防汛公告',
      '为做好今年防汛工作,确保人民群众生命财产安全,现公告如下。',
      '一、各乡镇要落实包村干部责任。',
      '特此公告',
      '2023年5月8日THE END',
    ];
    expect(parseNotice(`${lines[0]}\n${lines[1]}${lines[2]}\n${lines[3]}\n${lines[4]}`).signedDate).toBe('2023-05-08');
  });
});

describe('a page with text lost in extraction joined with spaces', () => {
  const page = [
    '甲县人民政府办公室关于印发甲县防汛应急预案的通知',
    '索引号:0001/2023-0012 发文日期:2023年05月10日 文 号: 成文日期:',
    '甲政办发〔202318',
    '各乡镇人民政府,县级有关部门:',
    '经县人民政府同意,现将《甲县防汛应急预案》印发给你们,请认真贯彻执行,原2015年印发的《甲县防汛应急预案》同时废止。',
    '甲县人民政府办公室',
    '(此件公开发布)',
    '{ 2023 5 8',
    '甲县防汛应急预案',
  ];

  it('reads a 文号 after an empty date label and a date that lost its 年月日, as printed', () => {
    const n = parseNotice(page.join(' '));
    expect([n.docNumber?.text, n.signedDate]).toEqual(['甲政办发〔2023〕18号', '2023-05-08']);
    expect(reading(page.join(' '))).toEqual(reading(page.join('\n')));
  });
});

describe('a news repost joined with spaces', () => {
  it('reads the 主送 after a lead that ends in 如下:', () => {
    const text =
      '近日,甲省人民政府门户网站发布关于“甲省人民政府关于乙市行政区划调整的批复”,同意撤销乙市丙镇,设立丙街道。 具体内容如下: 乙市人民政府: 你市《关于丙镇撤镇设街道的请示》收悉。经研究,同意撤销乙市丙镇,设立丙街道,上述区划调整后行政区域不变。你市要严格执行中央关于厉行节约的规定,认真组织实施上述行政区划调整,所需经费由你市自行解决。';
    expect(parseNotice(text).recipients).toEqual(['乙市人民政府']);
  });
});

describe('a 成文日期 glued where no sentence marks it', () => {
  it('reads a date glued after an 附件 item that ends in its bracket, as printed', () => {
    const printed = [
      '乙市水利局关于召开防汛预案修订座谈会的通知',
      '各县区水利局：',
      '为做好今年防汛准备工作，定于下周召开防汛预案修订座谈会，请各单位派员参加。',
      '附件：1.参会人员回执',
      '2.《乙市防汛应急预案（修订稿）》（含预案流程图、各成员单位职责清单）',
      '2024年4月12日',
    ];
    expect(reading(gluedInPairs(printed, 1))).toEqual(reading(printed.join('\n')));
    expect(reading(printed.join(''))).toEqual(reading(printed.join('\n')));
  });

  it('reads a date in Chinese numerals after a sentence, before the title of the document it issues, as printed', () => {
    const printed = [
      '丙市人民政府令',
      '第3号',
      '《丙市城市绿化管理办法》已经市政府常务会议通过，现予公布，自二○○七年一月一日起施行。',
      '二○○六年十二月五日',
      '丙市城市绿化管理办法',
      '第一条为加强城市绿化管理，制定本办法。',
    ];
    expect(reading(gluedInPairs(printed, 0)).signedDate).toBe('2006-12-05');
    expect(reading(printed.join('')).signedDate).toBe('2006-12-05');
    expect(reading(printed.join('\n')).signedDate).toBe('2006-12-05');
  });
});

describe('a law database’s 题注 glued between title and 主送', () => {
  it('reads the 题注’s date and issuer and the 主送 after it, as printed', () => {
    const printed = [
      '关于同意丁县开展边境旅游活动的复函',
      '丁省旅游局',
      '(1995年3月8日 丁省旅游局)',
      '丁县人民政府:',
      '你县关于开展边境旅游活动的请示收悉。经研究，同意你县试办边境旅游活动一年。',
      '特此函复。',
    ];
    const glued = reading(printed.join(''));
    expect(glued.recipients).toEqual(['丁县人民政府']);
    expect(glued).toEqual(reading(printed.join('\n')));
  });
});

describe('an 附件 list run together', () => {
  it('reads its items after a contact’s number and the date glued to its last item, as printed', () => {
    const printed = [
      '戊县卫生健康局关于征求健康戊县行动方案意见的通知',
      '各有关单位：',
      '请各单位认真研究方案，提出修改意见，于本月底前反馈。',
      '联系人：王明 13800000000',
      '附件：1.征求意见单位名单',
      '2.《健康戊县行动方案（征求意见稿）》（含考核指标、成员名单）',
      '2024年6月3日',
    ];
    expect(reading(printed.join(''))).toEqual(reading(printed.join('\n')));
  });
});

describe('a title run straight on into its body', () => {
  it('ends after its 文种 where the body opens with a year or a preposition, as printed', () => {
    const report = ['己县2024年度安全生产工作情况报告', '2024年，己县坚持安全发展理念，全年未发生较大以上生产安全事故。'];
    expect(reading(report.join('')).title).toBe('己县2024年度安全生产工作情况报告');
    const plan = ['己县城乡环境整治实施方案', '为进一步改善城乡人居环境，结合我县实际，制定本方案。'];
    expect(reading(plan.join('')).title).toBe('己县城乡环境整治实施方案');
  });
});

describe('a page row that printed the title without its issuer', () => {
  it('yields to the document’s own title line with the issuer, as printed', () => {
    const printed = [
      '索引号 00123/2022-0456 文号 庚政办〔2022〕31号',
      '庚政办(2022)31号转发庚市城市道路占用管理办法的通知',
      '发布日期: 2022-05-10',
      '庚政办〔2022〕31号',
      '庚县人民政府办公室转发庚市城市道路占用管理办法的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将《庚市城市道路占用管理办法》转发给你们，请认真贯彻执行。',
    ];
    const glued = reading(printed.join(''));
    expect(glued.title).toBe('庚县人民政府办公室转发庚市城市道路占用管理办法的通知');
    expect(glued.issuers).toEqual(reading(printed.join('\n')).issuers);
  });
});

describe('an untitled page’s name glued before its column and the notice', () => {
  it.each([' ', ''])('is cut off before the title (joined by "%s")', (separator) => {
    const notice = parseNotice(
      [
        '无标题文档',
        '政府文件',
        '甲市人民政府办公室关于印发甲市义务教育督导评估实施细则的通知',
        '各乡镇人民政府,市政府有关部门:',
        '经市政府同意,现将细则印发给你们,请认真贯彻执行。',
        '甲市人民政府办公室',
        '2020年9月29日',
      ].join(separator),
    );
    expect(notice.issuer).toBe('甲市人民政府办公室');
    expect(notice.title).toBe('甲市人民政府办公室关于印发甲市义务教育督导评估实施细则的通知');
  });
});
