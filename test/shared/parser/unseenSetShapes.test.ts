/**
 * Shapes first met in the real-notice sets AX and AY (stop 32), each written here as a small invented notice: a 文号
 * that lost both brackets and its 号, a date inside a sentence before the title it dates, a 决定's opening sentence
 * ending in a colon, a page's label glued after the date under a title, zones and villages listed under one head,
 * a page heading that lost a word before the title, and a forwarded notice opening at its own 主送 under the 附件说明.
 */
import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../shared/domain/docNumber';
import { noticeOfLines } from './noticeHelpers';

describe('a 文号 alone on its line that lost both brackets and its 号', () => {
  it('is read where its code ends in 办 or 府', () => {
    expect(parseDocNumber('丁府办20213')?.docNumber.text).toBe('丁府办〔2021〕3号');
    expect(parseDocNumber('丁市府20218')?.docNumber.text).toBe('丁市府〔2021〕8号');
    const notice = noticeOfLines([
      '丁市人民政府关于印发丁市农业发展规划的通知',
      '丁市府20218',
      '各县(市、区)人民政府,市政府各部门:',
      '现将《丁市农业发展规划》印发给你们,请认真贯彻执行。',
    ]);
    expect(notice.docNumber?.text).toBe('丁市府〔2021〕8号');
  });

  it('is not read from an organ’s name with a date glued on, nor from a long run of words', () => {
    expect(parseDocNumber('丁县人民政府202198')).toBeNull();
    expect(parseDocNumber('丁县农业农村发展办20218')).toBeNull();
  });
});

describe('a date inside a sentence, before the title of the document it dates', () => {
  it('is no 署名 and 成文日期, and the 决定 opening with that sentence has no 主送', () => {
    const notice = noticeOfLines([
      '戊省人民政府关于设立戊县的决定',
      '戊省人民政府批准戊州人民委员会2019年9月19日关于设立戊县的报告,并决定:',
      '设立戊县,县人民政府驻戊城镇。',
    ]);
    expect(notice.recipients).toEqual([]);
    expect(notice.signedDate).toBeNull();
    expect(notice.signature).toBeNull();
  });
});

describe('a page’s label glued after the date printed under the title', () => {
  it('opens a row of its own, and the date is the document’s', () => {
    const notice = noticeOfLines([
      '戊省人民政府关于设立戊县的决定',
      '戊省人民政府关于设立戊县的决定 2019年10月18日 发布机关:戊省人民政府 |',
      '设立戊县,县人民政府驻戊城镇。',
    ]);
    expect(notice.signedDate).toBe('2019-10-18');
    expect(notice.recipients).toEqual([]);
  });
});

describe('addressees listed under one head', () => {
  it('keeps zones whose committee the last one names together: a scenic area’s as a development zone’s', () => {
    const notice = noticeOfLines([
      '己县人民政府关于做好森林防火工作的通知',
      '各乡镇人民政府,丙山经济开发区、乙河风景区管委会、丁城管理处,县直有关单位:',
      '现将有关事项通知如下。',
    ]);
    expect(notice.recipients).toEqual(['各乡镇人民政府', '丙山经济开发区、乙河风景区管委会', '丁城管理处', '县直有关单位']);
  });

  it('keeps the villages and communities a 各 group goes on listing', () => {
    const notice = noticeOfLines(['关于开展环境卫生整治活动的通知', '各企事业单位、行政村:', '现将有关事项通知如下。']);
    expect(notice.recipients).toEqual(['各企事业单位、行政村']);
  });
});

describe('a page heading that lost a word, glued before the title', () => {
  it('ends before the title’s 关于, and the full title is read', () => {
    const notice = noticeOfLines([
      '关于做好、社区“两委”换届选举准备工作的函关于做好嘎查、社区“两委”换届选举准备工作的函各苏木镇:做好换届选举工作,意义十分重大。',
    ]);
    expect(notice.title).toBe('关于做好嘎查、社区“两委”换届选举准备工作的函');
    expect(notice.recipients).toEqual(['各苏木镇']);
  });
});

describe('a forwarded notice printed under the 附件说明 that names it', () => {
  it('opens at its own 主送: the note names one attachment, and the forwarded notice’s own 附 line is no attachment', () => {
    const notice = noticeOfLines([
      '庚市财政局转发省财政厅《关于印发〈救灾资金管理办法〉的通知》',
      '各区、县财政局:',
      '现将省财政厅《关于印发〈救灾资金管理办法〉的通知》转发给你们,请遵照执行。',
      '附件:省财政厅关于印发《救灾资金管理办法》的通知',
      '各市、县财政局:',
      '为加强救灾资金管理,我厅制定了《救灾资金管理办法》。现印发给你们,请遵照执行。',
      '附:救灾资金管理办法',
      '一、总则',
    ]);
    expect(notice.attachments).toEqual(['省财政厅关于印发《救灾资金管理办法》的通知']);
  });
});

describe('a breadcrumb ending in the page’s own step, the title glued after it', () => {
  it('ends after 正文, before the title’s 关于', () => {
    const notice = noticeOfLines([
      '当前位置:主页 > 政策 > 甲县 > 正文关于组织开展环境卫生整治活动的通知2021-06-02 甲县 收藏各企事业单位、行政村:为改善农村环境卫生状况,镇政府决定开展整治活动。',
    ]);
    expect(notice.title).toBe('关于组织开展环境卫生整治活动的通知');
  });
});

describe('a law database’s 题注 holding the date and the 文号, the body glued after it', () => {
  it('gives the 成文日期 and the 文号, and opens no citation', () => {
    const notice = noticeOfLines([
      '甲省人民政府关于任免国家机关工作人员问题的通知',
      '(1985年5月4日甲政〔1985〕38号)  根据有关规定,现将任免权限通知如下:',
      '一、任免权限',
    ]);
    expect(notice.docNumber?.text).toBe('甲政〔1985〕38号');
    expect(notice.signedDate).toBe('1985-05-04');
    expect(notice.citations).toEqual([]);
  });
});

describe('a page heading naming the issuer by its short form, over the document’s own title', () => {
  it('gives way to the title with the full name', () => {
    const notice = noticeOfLines([
      '甲省政府关于任免国家机关工作人员问题的通知',
      '【发布文号】-----------',
      '【文件来源】-----------',
      '甲省人民政府关于任免国家机关工作人员问题的通知',
      '(1985年5月4日甲政〔1985〕38号)',
      '根据有关规定,现将任免权限通知如下:',
    ]);
    expect(notice.title).toBe('甲省人民政府关于任免国家机关工作人员问题的通知');
    expect(notice.issuer).toBe('甲省人民政府');
  });
});

describe('a list item written as one sentence, its second phrase opening with a preposition', () => {
  it('is one heading, not a heading of two phrases run into a paragraph addressed to 各部门', () => {
    const notice = noticeOfLines([
      '甲省人民政府关于任免工作人员问题的通知',
      '各市人民政府:',
      '现将有关事项通知如下。',
      '一、任免权限',
      '1、下列工作人员,由省人民政府各部门任免:',
      '本部门内设机构的处长、副处长。',
    ]);
    expect(notice.clauses.map((c) => c.heading)).toContain('下列工作人员,由省人民政府各部门任免:');
  });
});

describe('a compilation page printing the next document after the 抄送', () => {
  it('ends the 抄送 at the mark of the next document', () => {
    const notice = noticeOfLines([
      '甲省民政厅关于同意乙县乡镇行政区划调整的批复',
      '乙县人民政府:',
      '你县的请示收悉。经研究,同意调整。',
      '甲省民政厅',
      '2015年11月30日',
      '抄送:省委办公厅、省人民政府办公厅、丙州民政局',
      '第二篇',
      '省人民政府关于同意丁县乡镇',
      '行政区划调整的批复',
    ]);
    expect(notice.cc).toEqual(['省委办公厅', '省人民政府办公厅', '丙州民政局']);
  });
});

describe('a forum’s links to the threads beside the one it shows', () => {
  it('are no part of the title wrapped under them', () => {
    const notice = noticeOfLines([
      '上一主题 下一主题',
      '人民政府关于同意甲县部分乡镇',
      '行政区划调整的批复',
      '甲府函〔2016〕22号',
      '乙市人民政府:',
      '你市的请示收悉。现批复如下。',
    ]);
    expect(notice.title).toBe('人民政府关于同意甲县部分乡镇行政区划调整的批复');
  });
});

describe('a joint notice’s letterhead over a title that names its issuers', () => {
  it('does not open the title', () => {
    const notice = noticeOfLines([
      '中共甲省委组织部 甲省人力资源和社会保障厅',
      '中共甲省委组织部、甲省人力资源社会保障厅关于印发《事业单位工作人员考核办法》的通知',
      '甲人社发〔2023〕6号',
      '各市党委组织部、政府人力资源社会保障厅(局),省直各部门:',
      '现将《事业单位工作人员考核办法》印发给你们,请认真贯彻执行。',
    ]);
    expect(notice.title).toBe('中共甲省委组织部、甲省人力资源社会保障厅关于印发《事业单位工作人员考核办法》的通知');
    expect(notice.recipients).toEqual(['各市党委组织部、政府人力资源社会保障厅(局)', '省直各部门']);
  });
});

describe('an agency code with a 文种 character inside it, a mirror’s pinyin after the next one', () => {
  it('is read whole on its line', () => {
    const notice = noticeOfLines([
      '关于转发《省住房城乡建设厅关于印发〈扬尘治理方案〉的通知》的通知',
      '甲建函質(zhì)〔2019〕76號',
      '各市住建局:',
      '现将省住房城乡建设厅的通知转发给你们,请认真贯彻执行。',
    ]);
    expect(notice.docNumber?.text).toBe('甲建函質(zhì)〔2019〕76號');
  });
});

describe('divisions of two kinds listed before the department of each', () => {
  it('stay one addressee: 各省辖市、省直管县(市)…局', () => {
    const notice = noticeOfLines([
      '甲省住房和城乡建设厅关于做好扬尘治理工作的通知',
      '各省辖市、省直管县(市)住房和城乡建设主管局(委),乙实验区住房城乡建设主管部门:',
      '现将有关事项通知如下。',
    ]);
    expect(notice.recipients).toEqual(['各省辖市、省直管县(市)住房和城乡建设主管局(委)', '乙实验区住房城乡建设主管部门']);
  });
});

describe('a 署名 under a short 附件说明, the copy cut inside its date', () => {
  it('is read: the issuer signs, the attachments are listed, no date', () => {
    const notice = noticeOfLines([
      '各行政村、镇属有关单位:',
      '冬季森林火险等级高,现就做好森林防火工作通知如下。',
      '一、认真部署,确保各项措施到位',
      '各村要把森林防火作为当前的重要工作。',
      '附:',
      '1、甲镇森林防火责任制落实表',
      '2、森林防火宣传标语',
      '甲镇人民政府',
      '二',
    ]);
    expect(notice.issuer).toBe('甲镇人民政府');
    expect(notice.attachments).toEqual(['甲镇森林防火责任制落实表', '森林防火宣传标语']);
    expect(notice.signedDate).toBeNull();
  });
});

describe('a zone’s name over the committee that governs it and another zone, signing', () => {
  it('is one issuer', () => {
    const notice = noticeOfLines([
      '关于做好安全生产工作的通知',
      '各部门、各单位:',
      '现将有关事项通知如下,请认真贯彻执行。',
      '甲经济技术开发区',
      '乙新兴产业园区管理委员会',
      '2023年5月6日',
    ]);
    expect(notice.issuer).toBe('甲经济技术开发区乙新兴产业园区管理委员会');
  });

  it('is one issuer side by side on one line too', () => {
    const notice = noticeOfLines([
      '关于做好安全生产工作的通知',
      '各部门、各单位:',
      '现将有关事项通知如下,请认真贯彻执行。',
      '甲经济技术开发区 乙新兴产业园区管理委员会',
      '2023年5月6日',
    ]);
    expect(notice.issuers).toEqual(['甲经济技术开发区乙新兴产业园区管理委员会']);
  });
});

describe('a mirror’s 署名 with pinyin after its characters, glued after an attachment’s file name', () => {
  it('is read whole: the bracket closing a pinyin run opens no name', () => {
    const notice = noticeOfLines([
      '关于转发扬尘治理方案的通知 各市住建局: 现将方案转发给你们,请认真贯彻执行。 附件:《扬尘治理方案》.pdf 甲州市住房和城鄉(xiāng)建設(shè)局 2019年3月29日',
    ]);
    expect(notice.issuer).toBe('甲州市住房和城鄉(xiāng)建設(shè)局');
    expect(notice.signedDate).toBe('2019-03-29');
  });
});

describe('a 署名 glued after the last entry of a numbered 附件说明', () => {
  it('signs the notice: an attachment’s name holds no unit', () => {
    const notice = noticeOfLines([
      '甲省教育厅关于表彰优秀教师的决定 各市教育局: 经研究,决定授予张三等同志优秀教师称号。 附件: 1.优秀教师名单 2.优秀教育工作者名单 甲 省 教 育 厅 2019年9月4日 特别声明:本文转载仅仅是出于传播信息的需要。',
    ]);
    expect(notice.signedDate).toBe('2019-09-04');
    expect(notice.attachments).toEqual(['优秀教师名单', '优秀教育工作者名单']);
  });
});

describe('a 署名 run together after an 附件 line', () => {
  it('follows a list named a 目录', () => {
    const notice = noticeOfLines([
      '关于印发甲县2024年度重大行政决策事项目录的通知各乡镇人民政府:现将目录印发给你们,请认真执行。附件:甲县2024年度重大行政决策事项目录甲县人民政府办公室2024年5月14日',
    ]);
    expect(notice.signedDate).toBe('2024-05-14');
    expect(notice.attachments).toEqual(['甲县2024年度重大行政决策事项目录']);
  });

  it('follows a file’s name, the names holding a mirror’s pinyin', () => {
    const notice = noticeOfLines([
      '关于转发扬尘治理方案的通知各市住建局:现将方案转发给你们,请认真贯彻执行。附件:《扬尘治理方案》.pdf甲州市住房和城鄉(xiāng)建設(shè)局2019年3月29日',
    ]);
    expect(notice.issuer).toBe('甲州市住房和城鄉(xiāng)建設(shè)局');
    expect(notice.signedDate).toBe('2019-03-29');
  });
});

describe('a 通告 whose body opens as a news lead does ("近期，…")', () => {
  it('keeps that paragraph: under the title it is the body, and its citation is read', () => {
    const notice = noticeOfLines([
      '甲县人民政府关于发布森林防火禁火令的通告',
      '近期,全县天气干燥,极易发生森林火灾。根据《甲市指挥部关于发布预警信号的通知》(甲森防指〔2025〕1号)要求,县人民政府决定发布禁火令。',
      '特此通告。',
      '甲县人民政府',
      '2025年1月9日',
    ]);
    expect(notice.body).toContain('近期,全县天气干燥');
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['甲森防指〔2025〕1号']);
  });

  it('still drops a lead between the page’s heading and the notice it reprints', () => {
    const notice = noticeOfLines([
      '甲县人民政府关于做好防汛工作的通知',
      '近日,甲县人民政府印发《关于做好防汛工作的通知》。全文如下:',
      '甲县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '现将有关事项通知如下。',
    ]);
    expect(notice.body).not.toContain('全文如下');
    expect(notice.recipients).toEqual(['各乡镇人民政府']);
  });
});

describe('a 成文日期 that lost its 月 and 日 but reads one way only', () => {
  it('is read ("2026年18": 18月 is no month)', () => {
    const notice = noticeOfLines([
      '甲县人民政府关于发布禁火令的通告',
      '县人民政府决定发布禁火令。',
      '特此通告。',
      '甲县人民政府',
      '2026年18',
    ]);
    expect(notice.signedDate).toBe('2026-01-08');
  });

  it('is left unread where it reads two ways and no page date bounds it', () => {
    const notice = noticeOfLines([
      '甲县人民政府关于发布禁火令的通告',
      '县人民政府决定发布禁火令。',
      '特此通告。',
      '甲县人民政府',
      '2022128',
    ]);
    expect(notice.signedDate).toBeNull();
  });
});

describe('a title citing a document by its 文号 ("贯彻国发〔2015〕59号文件")', () => {
  it('is read whole over its lines, the cited 文号 no part of the header', () => {
    const notice = noticeOfLines([
      '甲省人民政府',
      '关于贯彻国发〔2015〕59号文件进一步做好',
      '防范和处置非法集资工作的实施意见',
      '甲政发〔2016〕8号',
      '各市人民政府,省政府各部门:',
      '近年来,我省防范和处置非法集资工作取得了积极进展。',
    ]);
    expect(notice.title).toBe('甲省人民政府关于贯彻国发〔2015〕59号文件进一步做好防范和处置非法集资工作的实施意见');
    expect(notice.docNumber?.text).toBe('甲政发〔2016〕8号');
  });
});

describe('a 主送 of one ministry or one office, written alone', () => {
  it('is read: "公安部:", a mirror’s "自治區審計廳:"', () => {
    for (const addressee of ['公安部', '自治區(qū)審計廳']) {
      const notice = noticeOfLines(['国务院关于对交通民警给予表彰的决定', `${addressee}:`, '现将有关事项决定如下。']);
      expect(notice.recipients).toEqual([addressee]);
    }
  });

  it('is no page field ending as an addressee does ("主辦單位:", "應急預案發布機構:")', () => {
    const notice = noticeOfLines(['• 主辦單位:', '甲市人民政府關于印發養犬管理辦法的通知', '各縣人民政府:', '現將辦法印發給你們。']);
    expect(notice.recipients).toEqual(['各縣人民政府']);
  });
});

describe('kinds of health institution a 各 group goes on listing', () => {
  it('stay with it: "各医院、社区卫生服务中心"', () => {
    const notice = noticeOfLines([
      '甲区卫生健康局关于做好防控工作的通知',
      '各镇街卫生院,各医院、社区卫生服务中心,局直属各单位:',
      '现将有关事项通知如下。',
    ]);
    expect(notice.recipients).toEqual(['各镇街卫生院', '各医院、社区卫生服务中心', '局直属各单位']);
  });
});

describe('a 文号 labelled inside a sentence of the body ("批准文号:…")', () => {
  it('is cited, not taken for the page’s 文号 field', () => {
    const notice = noticeOfLines([
      '甲市人民政府审议批准了新增城乡道路名称,批准文号:甲政函〔2023〕67号。现将有关批复情况公告如下:',
      '批准甲镇新增道路名称有中沟路、五福路等122个。',
    ]);
    expect(notice.docNumber).toBeNull();
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['甲政函〔2023〕67号']);
  });
});

describe('a heading of two phrases apart by a comma ("一、充分认识…,加强…领导")', () => {
  const lines = [
    '甲省人民政府关于切实加强统计工作的通知',
    '各市州人民政府:',
    '现就有关问题通知如下:',
    '一、充分认识统计工作的重要作用,加强对统计工作的领导',
    '统计是国家科学决策和科学管理的一项重要的基础工作。各级政府要充分认识统计工作的重要作用,加强对统计工作的领导。',
    '二、建立健全统计组织体系,提高统计人员素质',
    '各级政府要配齐配强统计人员,加强统计人员的业务培训,不断提高统计人员的业务素质。',
  ];

  it('is a heading of its own line, the paragraph under it no part of it', () => {
    expect(noticeOfLines(lines).clauses.map((c) => c.heading)).toEqual([
      '充分认识统计工作的重要作用,加强对统计工作的领导',
      '建立健全统计组织体系,提高统计人员素质',
    ]);
  });

  it('ends at the space where a page ran the lines together', () => {
    expect(noticeOfLines([lines.join(' ')]).clauses.map((c) => c.heading)).toEqual([
      '充分认识统计工作的重要作用,加强对统计工作的领导',
      '建立健全统计组织体系,提高统计人员素质',
    ]);
  });
});

describe('a numbered item opening with a year ("2、2014年度立项的…")', () => {
  it('is an item: the digits after its mark are a year, no decimal', () => {
    const notice = noticeOfLines([
      '关于报送科技项目进展情况的通知',
      '各有关单位:',
      '现将有关事项通知如下。',
      '一、项目范围',
      '1、2011-2013年立项的重大专项项目;',
      '2、2014年度立项的重点科技攻关项目;',
      '3、2015年度立项的低碳科技重大专项项目。',
    ]);
    expect(notice.clauses.filter((c) => c.level === 3).map((c) => c.number)).toEqual(['1', '2', '3']);
  });
});

describe('"其他…" after a group of addressees', () => {
  it('names the rest of that group', () => {
    const notice = noticeOfLines(['关于开展退役军人信息采集工作的公告', '全区广大退役军人、其他优抚对象:', '现将有关事项公告如下。']);
    expect(notice.recipients).toEqual(['全区广大退役军人、其他优抚对象']);
  });
});

describe('a banner linking to the governments above the site’s own', () => {
  it('is chrome, no issuer over the title', () => {
    const notice = noticeOfLines([
      '中国政府网 甲省政府 乙市政府',
      '当前位置:首页 > 通知公告 > 正文',
      '丙县民政局关于丙县道路命名征求意见的公告',
      '为方便群众出行,县民政局拟定了道路命名方案。现予以公告,征求社会各界的意见。',
    ]);
    expect(notice.title).toBe('丙县民政局关于丙县道路命名征求意见的公告');
    expect(notice.issuer).toBe('丙县民政局');
  });
});
