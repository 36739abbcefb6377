import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the shapes of real pages from a sixth held-out set. */

describe('an ad-hoc body’s 通告 whose long name wraps after its 的', () => {
  it('joins the whole name into the title and names the body its issuer', () => {
    const notice = parseNotice(
      [
        '青石县突发急性呼吸道传染病的',
        '联防联控工作指挥部',
        '通 告',
        '(县指挥部第2号)',
        '为切实做好当前防控工作,保障人民群众身体健康,现就有关事项通告如下。',
        '2021年2月3日',
      ].join('\n'),
    );
    expect(notice.title).toBe('青石县突发急性呼吸道传染病的联防联控工作指挥部通告');
    expect(notice.issuer).toBe('青石县突发急性呼吸道传染病的联防联控工作指挥部');
    expect(notice.docNumber).toBeNull();
  });

  it('leaves a page’s words ending in 的 out, and names a government titled alone over its 通告', () => {
    const notice = parseNotice(
      ['最新发布的', '青石县人民政府', '通 告', '为加强河道管理,现将有关事项通告如下。', '2021年2月3日'].join('\n'),
    );
    expect(notice.title).toBe('青石县人民政府通告');
    expect(notice.issuer).toBe('青石县人民政府');
  });
});

describe('a 公告 printed under a news report on the same page', () => {
  it('starts at its issuer’s line above the bare 公告, with its year-only 文号', () => {
    const notice = parseNotice(
      [
        '5月6日,县人大常委会主任主持召开县十届人大常委会第九次会议。',
        '会议审议通过了关于召开县十届人大三次会议的决定。',
        '白河县人民代表大会常务委员会',
        '公 告',
        '〔2022〕第3号',
        '(2022年5月6日县十届人大常委会第九次会议通过)',
        '县十届人大常委会第九次会议决定:白河县第十届人民代表大会第三次会议于2022年6月1日在县城召开。',
        '白河县人民代表大会常务委员会',
        '2022年5月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe('白河县人民代表大会常务委员会公告');
    expect(notice.issuer).toBe('白河县人民代表大会常务委员会');
    expect(notice.docNumber?.text).toBe('〔2022〕3号');
    expect(notice.citations).toEqual([]);
  });
});

describe('a mirror printing pronunciations inside the title’s 关于', () => {
  it('joins the title wrapped over two lines under a heading that carries the bulletin’s issue', () => {
    const notice = parseNotice(
      [
        '國務(wù)院關(guān)于同意乙省設(shè)立丙市的批復(fù)(2003年5號)',
        '國務(wù)院關(guān)于同意乙省',
        '設(shè)立丙市的批復(fù)',
        '國函〔2003〕7號',
        '乙省人民政府:',
        '你省《關(guān)于設(shè)立丙市的請示》收悉。現(xiàn)批復(fù)如下:',
        '一、同意設(shè)立丙市。',
        '國 務(wù) 院',
        '二○○三年一月九日',
      ].join('\n'),
    );
    expect(notice.title).toBe('國務(wù)院關(guān)于同意乙省設(shè)立丙市的批復(fù)');
    expect(notice.docNumber?.text).toBe('國函〔2003〕7號');
  });
});

describe('a database print view’s title with its date in double brackets after a space', () => {
  it('keeps the date out of the title and reads it as the date the notice was signed', () => {
    const notice = parseNotice(
      [
        '丁市人民政府办公厅关于转发丁市地方志编纂方案的通知 ((1991年3月5日))',
        '各区、县人民政府,市政府各委、办、局: 经市政府同意,现将《丁市地方志编纂方案》转发给你们,请认真组织实施。',
      ].join('\n'),
    );
    expect(notice.title).toBe('丁市人民政府办公厅关于转发丁市地方志编纂方案的通知');
    expect(notice.signedDate).toBe('1991-03-05');
    expect(notice.issuer).toBe('丁市人民政府办公厅');
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

describe('a law database’s 题注 that names the 文号 and then the date', () => {
  it('dates the notice and keeps the page’s rows above it out of the 主送', () => {
    const notice = parseNotice(
      [
        '施行日期2001年05月10日',
        '效力级别国务院规范性文件',
        '(国函[2001]41号 2001年5月10日)',
        '丙省人民政府:',
        '你省《关于设立丁市的请示》收悉。现批复如下:',
        '一、同意设立丁市。',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2001-05-10');
    expect(notice.docNumber?.text).toBe('国函〔2001〕41号');
    expect(notice.recipients).toEqual(['丙省人民政府']);
  });
});

describe('a news site reprinting a notice whose title wraps, under a related article’s title and its own heading', () => {
  it('starts at the notice’s title above its 主送', () => {
    const notice = parseNotice(
      [
        '乙部等部门关于印发《钢铁行业节能专项行动计划》的',
        '甲市打好蓝天保卫战 实施“十大”行动计划',
        '环境网获悉,4月8日,甲市人民政府发布了《关于落实重点工作任务分工的通知》,提出加强生态环境治理。',
        '打好蓝天保卫战,集中力量解决突出问题。',
        '全文如下:',
        '甲市人民政府印发关于落实国务院',
        '《政府工作报告》重点工作任务分工的通知',
        '各区人民政府,市政府各委、办、局:',
        '现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。',
        '甲市人民政府',
        '2022年4月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知');
    expect(notice.recipients).toEqual(['各区人民政府', '市政府各委、办、局']);
    expect(notice.issuer).toBe('甲市人民政府');
  });
});

describe('a page that lost its full-width spaces to question marks before the 署名 and its date', () => {
  it('reads the 署名 and the date after the long runs, above the site’s footer', () => {
    const notice = parseNotice(
      [
        '乙省人民政府辦公廳關於表彰水污染防治先進單位的通報',
        '各市人民政府,省人民政府各工作部門:',
        '??? 為表彰先進,經省政府同意,對考核優秀的甲市獎勵100萬元。',
        '??? 希望受到表彰的單位再接再厲,不斷促進水質持續改善。',
        `${'?'.repeat(68)} 乙省人民政府辦公廳`,
        `${'?'.repeat(72)} 2016年5月3日`,
        '乙ICP備1004160號 網站標識碼6100000017',
        '乙省人民政府辦公廳主辦',
      ].join('\n'),
    );
    expect(notice.signedDate).toBe('2016-05-03');
    expect(notice.signature).toBe('乙省人民政府辦公廳');
  });
});

describe('a mirror printing pronunciations inside the header’s 文号', () => {
  it('reads the 文号 whose code ends in 函 and keeps the 主送 under it whole', () => {
    const notice = parseNotice(
      [
        '國(guó)務(wù)院關(guān)于同意乙省設(shè)立丙市的批復(fù)',
        '國(guó)函 〔2004〕 17號(hào)',
        '乙省人民政府:',
        '你省請(qǐng)示收悉。現(xiàn)批復(fù)如下:',
        '國(guó) 務(wù) 院',
        '二○○四年五月六日',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('國(guó)函〔2004〕17號');
    expect(notice.recipients).toEqual(['乙省人民政府']);
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

describe('a 简报 whose header names the office that compiled it beside a date that lost its 日', () => {
  it('names that office the issuer and keeps it out of the title', () => {
    const notice = parseNotice(
      [
        '青石县政务督查',
        '',
        '15期',
        '',
        '青石县人民政府督查室           2022年8月19',
        '关于2022年重点工作',
        '上半年推进情况的通报',
        '各乡镇人民政府,县政府各部门:',
        '根据县政府工作安排,县政府督查室对重点工作推进情况进行了督查。现将有关情况通报如下。',
        '一、总体情况',
        '各单位推进有力。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('青石县人民政府督查室');
    expect(notice.title).toBe('关于2022年重点工作上半年推进情况的通报');
  });
});

describe('a title naming its government without the place, signed in full under an attachment list', () => {
  it('takes the full name from the signature over its date line', () => {
    const notice = parseNotice(
      [
        '市政府关于下达2019年重点项目计划的通知',
        '各县、区人民政府,市各委办局:',
        '现将2019年重点项目计划下达给你们,请认真组织实施。',
        '附件:1.2019年青石市重点项目计划表',
        '     2.2019年青石市重点项目责任分解表',
        '青石市人民政府',
        '2019年38',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('青石市人民政府');
  });

  it('takes no full name from a list of units that prints one without a date under it', () => {
    const notice = parseNotice(
      [
        '市政府关于表彰2019年重点项目先进单位的通知',
        '各县、区人民政府:',
        '经考核,决定对以下单位予以表彰。',
        '白河市人民政府',
        '东关区人民政府',
      ].join('\n'),
    );
    expect(notice.issuer).not.toBe('白河市人民政府');
  });
});
