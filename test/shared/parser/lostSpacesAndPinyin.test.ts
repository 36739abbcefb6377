import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { withLostSpacesRestored } from '../../../shared/parser/lostSpaces';
import { noticeOfLines as notice, outlineByNumber as outline } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: text a page's encoding damaged — full-width spaces lost as ?
 * (indents, padding before the 署名 and date), mirrors printing pinyin pronunciations (in the title's 关于, the 文号, a
 * heading over the title), and a copy that kept its HTML markup.
 */
describe('a page whose full-width indents were lost as ?? at line starts', () => {
  const notice = parseNotice(
    [
      '各区人民政府,市政府各部门:',
      '??经市政府同意,现将《甲市养老服务发展规划(2020—2025年)》印发给你们,请认真贯彻执行。',
      '甲市人民政府办公室',
      '??2020年3月9日',
      '??甲市养老服务发展规划(2020—2025年)',
      '??一、发展基础',
      '??近年来,我市养老服务体系不断健全。',
      '??二、总体要求',
      '??(一)指导思想。',
      '??坚持以人民为中心。',
    ].join('\n'),
  );

  it('reads the signature, the date and the clauses as if the indents were spaces', () => {
    expect(notice.issuer).toBe('甲市人民政府办公室');
    expect(notice.signedDate).toBe('2020-03-09');
    expect(notice.clauses.map((c) => c.heading)).toEqual(['发展基础', '总体要求', '指导思想']);
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

describe('full-width spaces lost as question marks', () => {
  it('reads the 署名 and the date indented by question marks', () => {
    const notice = parseNotice(
      [
        '某市人民政府关于印发某项实施方案的通知',
        '各区人民政府,市各委、办、局:',
        '现将《某项实施方案》印发给你们,请认真贯彻执行。',
        '?',
        '??????????????? ?某市人民政府',
        '???????????? 2018年12月4日',
        '?',
        '某项实施方案',
        '一、总体要求',
        '(一)指导思想。坚持稳中求进。',
        '(二)目标指标。三年内完成。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('某市人民政府');
    expect(notice.signedDate).toBe('2018-12-04');
    expect(notice.clauses.length).toBeGreaterThan(0);
  });

  it('keeps a question mark that is not at a line’s start, and keeps offsets', () => {
    const text = '为什么?是否可行?\n?? 某局';
    const restored = withLostSpacesRestored(text);
    expect(restored).toBe('为什么?是否可行?\n   某局');
    expect(restored.length).toBe(text.length);
  });
});

describe('a signature and date pushed right by padding a wrong encoding turned into ? marks', () => {
  it('reads the 署名 and the 成文日期 behind the marks', () => {
    const parsed = notice([
      '青石县人民政府办公室关于表彰防汛工作先进单位的通报',
      '各乡镇人民政府,县政府各部门:',
      '???今年汛期,各乡镇各部门共同努力,圆满完成防汛任务。',
      '???希望受到表彰的单位再接再厉。',
      '?????????????????????????????????????? 青石县人民政府办公室',
      '???????????????????????????????????????? 2015年4月1日',
    ]);
    expect(parsed.signature).toBe('青石县人民政府办公室');
    expect(parsed.signedDate).toBe('2015-04-01');
    expect(parsed.body).not.toContain('?');
  });
});

describe('a 署名 padded with ? marks after a space, and a line of ? marks under its date', () => {
  it('reads the 署名 and the date', () => {
    const notice = parseNotice(
      [
        '各乡(镇)人民政府,县直有关部门:',
        '新修订的《甲县森林防火应急预案》已经县人民政府同意,现印发给你们,请认真贯彻执行。',
        '?',
        '甲县人民政府办公室 ???????',
        '2025年7月8日 ?????????',
        '?????????',
        '(此件公开发布)',
      ].join('\n'),
    );
    expect(notice.signature).toBe('甲县人民政府办公室');
    expect(notice.signedDate).toBe('2025-07-08');
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

describe('a page heading naming the attached 方案, shortened and in 《》, over a title printed with pinyin', () => {
  it('takes the notice title that issues it', () => {
    const title = '關(guān)于印發(fā)《甲縣關(guān)于發(fā)展租賃住房的實(shí)施方案》的通知';
    const notice = parseNotice(
      [
        '《甲縣發(fā)展租賃住房的實(shí)施方案》',
        '甲政辦發(fā)〔2022〕31號(hào)',
        title,
        '各鄉(xiāng)鎮(zhèn)人民政府:',
        '現(xiàn)將方案印發(fā)給你們,請(qǐng)認(rèn)真執(zhí)行。',
        '甲縣人民政府辦公室',
        '2022年7月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe(title);
  });
});

describe('a notice copied with its HTML markup', () => {
  const notice = parseNotice(
    [
      '发文机关:甲省人民政府',
      '文号 :甲政发〔2024〕9号',
      '<p>各市、县人民政府,省直各部门:</p><p> 现将《甲省乡村道路养护方案》印发给你们,请认真组织实施。</p>' +
        '<p style="text-align: right;"> 甲省人民政府</p><p style="text-align: right;"> 2024年3月2日</p>' +
        '<p style="text-align: center;"><strong>甲省乡村道路养护方案</strong></p><p><br/></p>' +
        '<p><strong> 一、总体要求</strong></p><p>&nbsp;坚持分级负责,确保道路安全畅通。</p>' +
        '<p><strong> 二、主要任务</strong></p><p> 各地要建立养护台账。</p>',
    ].join('\n'),
  );

  it('reads the lines the page showed: signature, date and the 方案 headings without tags', () => {
    expect(notice.recipients).toEqual(['各市、县人民政府', '省直各部门']);
    expect(notice.issuers).toEqual(['甲省人民政府']);
    expect(notice.signedDate).toBe('2024-03-02');
    expect(outline(notice)).toEqual(['1:一 总体要求', '1:二 主要任务']);
  });
});

describe('an organ’s name line ending in a mirror’s pronunciation above its 关于 line', () => {
  it('opens the title and names the issuer', () => {
    const notice = parseNotice(
      [
        '新華社北京1月22日電',
        '中央甲乙指導(dǎo)委員會(huì)',
        '關(guān)于表彰第二批全國文明單位的決定',
        '2005年表彰首批全國文明單位以來,各地各部門高舉旗幟。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('中央甲乙指導(dǎo)委員會(huì)');
    expect(notice.title).toBe('中央甲乙指導(dǎo)委員會(huì)關(guān)于表彰第二批全國文明單位的決定');
  });
});

describe('a 主送 group whose one-character part carries a mirror’s pronunciation', () => {
  it('keeps 各社区(街道)、镇 whole', () => {
    const notice = parseNotice(
      [
        '關(guān)于做好元旦春節(jié)期間工作的通知',
        '各直屬公司,各社區(qū)(街道)、鎮(zhèn),在區(qū)各部隊(duì):',
        '現(xiàn)將有關(guān)事項(xiàng)通知如下。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各直屬公司', '各社區(qū)(街道)、鎮(zhèn)', '在區(qū)各部隊(duì)']);
  });
});

describe('a mirror that prints a space before a pronunciation’s closing bracket ("會(huì )")', () => {
  it('reads its 主送 as it reads the tight runs', () => {
    const notice = parseNotice(
      [
        '甲省安委會(huì )辦公室關(guān)于加強安全生產(chǎn)工作的通知',
        '各設區市人民政府,甲江新區管委會(huì ),省安委會(huì )各成員單位:',
        '現(xiàn)將有關(guān)事項(xiàng)通知如下。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各設區市人民政府', '甲江新區管委會(huì)', '省安委會(huì)各成員單位']);
  });
});
