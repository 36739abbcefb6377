import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { isChromeLine } from '../../../shared/parser/webChrome';

const PAGE = [
  '• 设为首页| • 长辈版| • 无障碍浏览',
  '您现在所在的位置: 网站首页 > 政府信息公开 > 通知公告',
  '青石县人民政府办公室关于做好汛期值班工作的通知',
  '发布时间:2024-06-03 10:12 来源:县政府办公室 浏览次数:312',
  '【字体:大 中 小】【打印本页】【关闭窗口】',
  '青石县人民政府办公室关于做好汛期值班工作的通知',
  '各乡镇人民政府,县直各有关单位:',
  '为确保安全度汛,现就有关事项通知如下:',
  '一、严格值班制度',
  '各单位实行24小时值班。',
  '青石县人民政府办公室',
  '2024年6月1日',
].join('\n');

describe('a notice copied from a web page with its banner, breadcrumb and toolbar', () => {
  const notice = parseNotice(PAGE);

  it('takes the title from the notice, never from the chrome', () => {
    expect(notice.title).toBe('青石县人民政府办公室关于做好汛期值班工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.signedDate).toBe('2024-06-01');
    expect(notice.clauses.map((c) => c.heading)).toEqual(['严格值班制度']);
  });

  it('joins a title wrapped over three lines and drops a truncated heading above it', () => {
    const wrapped = parseNotice(
      [
        '您的位置:主页 > 政策文件',
        '《青石县城乡供水保障',
        '青石县人民政府关于印发青石县',
        '城乡供水保障三年行动',
        '方案的通知',
        '青政发〔2024〕8号',
        '各乡镇人民政府:',
        '现将方案印发给你们,请认真执行。',
      ].join('\n'),
    );
    expect(wrapped.title).toBe('青石县人民政府关于印发青石县城乡供水保障三年行动方案的通知');
    expect(wrapped.docNumber?.text).toBe('青政发〔2024〕8号');
  });

  it('drops a 文号 glued to the title and a toolbar glued in front of it', () => {
    const glued = parseNotice(['字体:[ ]青石县人民政府关于划定禁渔区的通告(青政告〔2024〕2号)', '为保护渔业资源,决定如下。'].join('\n'));
    expect(glued.title).toBe('青石县人民政府关于划定禁渔区的通告');
  });

  it('takes a news repost title after the lead, and keeps a title that names a printer', () => {
    const news = parseNotice(
      ['日前,青石县印发《青石县节水行动方案》。全文如下:', '青石县节水行动方案', '为推进节水型社会建设,制定本方案。'].join('\n'),
    );
    expect(news.title).toBe('青石县节水行动方案');
    expect(isChromeLine('青石县财政局关于规范打印机采购的通知')).toBe(false);
    expect(isChromeLine('【打印】【关闭】')).toBe(true);
  });

  it('takes a font-size widget that lost its buttons as chrome, not as the 主送 above the real one', () => {
    const notice = parseNotice(
      [
        '甲市人民政府办公室关于印发某项分工方案的通知',
        '发布时间:2021-10-22 09:01来源:市政府办',
        '【字体大小:',
        '各县、区人民政府,市政府各部门:',
        '现将某项分工方案印发给你们,请认真贯彻落实。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各县、区人民政府', '市政府各部门']);
    const traditional = parseNotice(
      ['甲市人民政府辦公室關于印發某方案的通知', '【字體:', '各縣人民政府,市政府各部門:', '現將某方案印發給你們,請認真貫徹執行。'].join(
        '\n',
      ),
    );
    expect(traditional.recipients).toEqual(['各縣人民政府', '市政府各部門']);
  });

  it('takes each share button line as chrome, and a sentence that mentions 微信 as text', () => {
    for (const line of ['网易新闻', '微信 微博 qq空间', '微博 QQ 空间', '分享到:微信']) expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine('微信公众号开通后由县政务服务中心负责维护。')).toBe(false);
  });
});

describe('a page whose meta description leaked above it as text', () => {
  it('leaves the leaked sentence out, so the heading under the breadcrumb is the title', () => {
    const notice = parseNotice(
      [
        '为切实做好我市草原禁牧工作,加强草原保护修复。根据《甲省草原条例》《关于进" />',
        'APP下载',
        '当前位置:首页 > 新闻资讯 > 正文',
        '甲市草原禁牧公告',
        '来源:甲市人民政府网 阅读:2185次 时间:2024/4/24 16:20:31',
        '为切实做好我市草原禁牧工作,加强草原保护修复,特发布本公告。',
        '一、禁牧区和禁牧期',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市草原禁牧公告');
  });
});

describe("a site's column in brackets before the title, and markup tags a mirror left on lines of their own", () => {
  it('reads the title without the column', () => {
    const notice = parseNotice(
      [
        '【工作动态】关于青石县2023年度防汛工作先进集体的通报',
        '发布时间:2024-03-27 15:23 浏览次数:【字号:默认 大 特大】',
        '各乡镇人民政府,县直各有关单位:',
        '2023年以来,各单位认真落实防汛责任,现予通报表扬。',
        '青石县人民政府',
        '2024年3月27日',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于青石县2023年度防汛工作先进集体的通报');
  });

  it('reads the metadata table and 主送 under lines of tags, one of them numbered', () => {
    const notice = parseNotice(
      [
        '青石县人民政府欢迎您',
        '<tbody id="rxb7u"><output id="rxb7u"></output></tbody>',
        '• <tbody id="rxb7u"></tbody>',
        '1. <th id="rxb7u"></th>',
        '当前位置:首页>>政府信息公开',
        '索 引 号: 011746318/2019-00884 主题分类: 综合政务',
        '发布机构: 青石县人民政府 发文日期: 2019-01-07',
        '文 号: 青政发〔2019〕2号 主 题 词:',
        '青石县人民政府关于做好防汛工作的通知',
        '各乡镇人民政府,县直各有关单位:',
        '现将有关事项通知如下。',
        '一、压实责任。各乡镇要落实防汛责任。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('青政发〔2019〕2号');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.clauses.map((c) => c.number)).toEqual(['一']);
  });
});

describe("a page's share notice and its collection line ending with a colon, above the notice", () => {
  it('takes neither for the 主送', () => {
    const notice = parseNotice(
      [
        '分享成功',
        '关于变更甲区部分行政区划的通知!涉及乙镇、丙镇等乡镇',
        '本文已经收录在专题:',
        '甲区人民政府关于变更部分行政区划的通知',
        '甲区政发〔2021〕11号',
        '各乡镇人民政府、街道办事处,区各直属单位:',
        '根据省政府有关批复精神,现就变更我区部分行政区划通知如下。',
        '一、撤销乙镇,设立乙街道。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲区人民政府关于变更部分行政区划的通知');
    expect(notice.docNumber?.text).toBe('甲区政发〔2021〕11号');
    expect(notice.recipients).toEqual(['各乡镇人民政府、街道办事处', '区各直属单位']);
  });
});

describe("a gazette's page: its description in sentences above the notice's 版头 and 文号", () => {
  it('reads the notice from its 版头, 文号 included', () => {
    const notice = parseNotice(
      [
        '政府公报',
        '《甲省人民政府公报》是由甲省人民政府主管主办并公开发行的政府出版物。《政府公报》刊登的各类文件与正式文件具有同等效力。',
        '甲省人民政府办公厅文件',
        '甲政办发〔2021〕7号',
        '甲省人民政府办公厅关于对2020年',
        '真抓实干成效明显地区予以表扬激励的通报',
        '各市人民政府,省政府各厅委、各直属机构:',
        '2020年,各地区认真贯彻落实党中央、国务院决策部署,取得明显成效。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲政办发〔2021〕7号');
    expect(notice.title).toBe('甲省人民政府办公厅关于对2020年真抓实干成效明显地区予以表扬激励的通报');
  });
});

describe("a news site's page: banner sentences, then a breadcrumb and the order's title", () => {
  it('takes the title under the breadcrumb', () => {
    const notice = parseNotice(
      [
        '首 页 国内要闻 甲市时政 社会新闻 民生新闻',
        '【甲市防汛抗旱指挥部】提醒广大市民,汛期将至,请注意天气变化。',
        '  您当前的位置 : 东北网  >  甲市新闻网  >  甲市时政',
        '甲市人民政府2018年森林防火命令',
        '//jia.example.cn  2018-03-15 10:28:44',
        '为有效预防森林火灾,保障人民生命财产安全,特发布命令如下。',
        '一、2018年全市春季森林防火期为3月15日—6月15日。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲市人民政府2018年森林防火命令');
  });
});

describe("a database's validity tag before the title", () => {
  it('is no part of the title or the issuer', () => {
    const notice = parseNotice(
      ['【现行有效】甲市乙区丙镇人民政府突发事件应急预案', '1 总则', '为提高丙镇应对突发事件的能力,制定本预案。'].join('\n'),
    );
    expect(notice.title).toBe('甲市乙区丙镇人民政府突发事件应急预案');
  });
});

describe("a news site's ticker label before a 公示's title, and a photo caption under it", () => {
  it('takes the title after the label', () => {
    const notice = parseNotice(
      [
        '当前滚动:甲省教育厅办公室关于拟支持建设2022年社区教育实验区名单的公示',
        '2023-02-27 09:06:46 教育厅办公室',
        '(资料图片仅供参考)',
        '根据有关通知要求,经省教育厅组织专家评审,拟支持8个县(市、区)建设社区教育实验区,现予公示。',
        '自公布之日起7日内,任何单位和个人对公示的名单持有异议的,可向省教育厅反映。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省教育厅办公室关于拟支持建设2022年社区教育实验区名单的公示');
  });
});

describe('a news lead reprinting a notice whose 文号 stands above its issuer and title', () => {
  it('reads the 文号 with the notice', () => {
    const notice = parseNotice(
      [
        '8月14日,记者获悉,甲市人民政府防汛抗旱指挥部发布关于终止防汛三级应急响应的通知。',
        '通知如下:',
        '甲汛发〔2023〕13号',
        '甲市人民政府防汛抗旱指挥部',
        '关于终止防汛三级应急响应的通知',
        '各区、县(市)人民政府防汛抗旱指挥部,市防指各成员单位:',
        '根据当前雨情汛情,决定自8月14日12时起终止防汛三级应急响应。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲汛发〔2023〕13号');
    expect(notice.title).toBe('甲市人民政府防汛抗旱指挥部关于终止防汛三级应急响应的通知');
  });
});

describe('a page’s “back to top” link printed as 回顶部 above its breadcrumb', () => {
  it('takes no part of it into the title or the issuer', () => {
    const notice = parseNotice(
      [
        '回顶部',
        '当前位置: 首页 » 重要通告 » 正文',
        '甲省农业农村厅关于开展乡村建设示范县遴选的通知',
        '放大字体  缩小字体 2023-02-07  来源:甲省农业农村厅',
        '各省辖市农业农村局:',
        '为落实全省乡村建设工作部署,现就有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省农业农村厅关于开展乡村建设示范县遴选的通知');
    expect(notice.issuer).toBe('甲省农业农村厅');
  });
});

describe('a traditional-script mirror’s welcome line and its banner of the county’s honorifics', () => {
  it('takes the welcome for chrome', () => {
    expect(isChromeLine('歡迎訪問')).toBe(true);
  });

  it('takes no honorific for an addressee', () => {
    const notice = parseNotice(
      [
        '歡迎訪問',
        '中國長壽之鄉,中國樹莓之鄉,中國金銀花之鄉',
        '甲縣地處甲省東北部,轄19個鄉鎮,609個行政村。',
        '甲縣人民政府土地征收啟動公告',
        '為保障經濟發展用地需求,現發布公告如下:',
        '一、擬征收土地用途',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual([]);
  });
});

describe('a mirror that strews commas before other marks in a title without a 主送', () => {
  it('still reads the title, its issuers’ line above it', () => {
    const notice = parseNotice(
      [
        '中共甲省委 甲省人民政府',
        '關于命名2019年度先進縣(市,、區)、先進鄉鎮,、示范村的決定',
        '(2020年3月27日)',
        '2019年,,各地、各部門堅持新發展理念,,全面推進鄉村振興。',
      ].join('\n'),
    );
    expect(notice.title).toBe('中共甲省委甲省人民政府關于命名2019年度先進縣(市,、區)、先進鄉鎮,、示范村的決定');
    expect(notice.signedDate).toBe('2020-03-27');
  });
});
