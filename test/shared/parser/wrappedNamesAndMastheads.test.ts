import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { analyzeFixture as parse, outlineByNumber as outline } from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages (and fixture notices in test/fixtures/notices/): titles and organ
 * names wrapped over lines (after 的, before the 文种, mid-name), titles naming another organ's document or their
 * government without the place, issuers and verb on a joint title's first line, and 版头 printed over two lines.
 */
describe("an office's 版头 printed under its organ's line, below a page heading that glued the 文号 with a colon", () => {
  it('names the office and takes the title without the colon', () => {
    const notice = parseNotice(
      [
        '青政办发〔2017〕85号:关于印发青石县扶贫资金管理办法的通知',
        '青石县人民政府',
        '办公室文件',
        '青政办发〔2017〕85号',
        '青石县人民政府办公室关于印发',
        '青石县扶贫资金管理办法的通知',
        '各乡镇人民政府,县直各单位:',
        '《青石县扶贫资金管理办法》已经县政府同意,现印发给你们,请认真贯彻执行。',
        '2017年10月16日',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('青石县人民政府办公室');
    expect(notice.title).toBe('青石县人民政府办公室关于印发青石县扶贫资金管理办法的通知');
  });
});

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

describe('a plan’s name wrapped before its 文种', () => {
  it('joins the name’s line to the line holding only the 文种', () => {
    const notice = parseNotice(
      [
        '丙州2019年落实某项补助政策',
        '实施方案',
        '为深入贯彻落实有关政策,巩固工作成果,结合我州实际,特编制本实施方案。',
        '一、名称:丙州2019年落实某项补助政策',
        '二、实施单位:丙州人民政府',
      ].join('\n'),
    );
    expect(notice.title).toBe('丙州2019年落实某项补助政策实施方案');
  });
});

describe('a long organ’s name wrapped mid-name', () => {
  it('joins it in the title and in the 署名', () => {
    const notice = parseNotice(
      [
        '甲省应对某某灾害工作',
        '领导小组关于印发某项工作指南的通知',
        '各市人民政府,省直有关部门:',
        '现将《某项工作指南》印发给你们,请结合实际抓好贯彻落实。',
        '甲省应对某某灾害',
        '工作领导小组',
        '2020年3月2日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省应对某某灾害工作领导小组关于印发某项工作指南的通知');
    expect(notice.signature).toBe('甲省应对某某灾害工作领导小组');
    expect(notice.issuer).toBe('甲省应对某某灾害工作领导小组');
  });

  it('does not join a closing phrase to a name with its own place', () => {
    const notice = parseNotice(
      [
        '甲县人民政府办公室关于某项工作的通知',
        '各乡镇人民政府:',
        '请认真抓好落实。',
        '特此通知',
        '甲县人民政府办公室',
        '2020年3月2日',
      ].join('\n'),
    );
    expect(notice.signature).toBe('甲县人民政府办公室');
  });
});

describe('a title by which one organ carries out another organ’s 关于 document', () => {
  it('names the organ before 贯彻 the issuer, not both organs', () => {
    const notice = parseNotice(
      '甲省人民政府贯彻国务院关于进一步推进某地区改革开放和经济社会发展指导意见的实施意见 甲政发[2009]9号 2009-11-03 ' +
        '为贯彻《国务院关于进一步推进某地区改革开放和经济社会发展的指导意见》(国发[2008]3号,以下简称《指导意见》)精神,' +
        '现结合我省实际,按照突出重点的原则,提出以下实施意见。 一、总体要求 (一)基本原则。坚持科学发展,推进转型升级,' +
        '努力保持经济平稳较快发展;坚持和谐发展,着力保障和改善民生。 (二)主要目标。到2012年,全省经济总量明显增加。 ' +
        '二、主要任务 (一)推进改革。深化改革开放,力争在重要领域率先取得突破。 (二)扩大开放。提高对外开放水平。',
    );
    expect(notice.issuer).toBe('甲省人民政府');
    expect(notice.docNumber?.text).toBe('甲政发〔2009〕9号');
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

describe('a joint 印发 notice whose issuers and verb stand on the title’s first line', () => {
  const notice = parseNotice(
    [
      '辛政发〔2025〕4号',
      '辛市人民政府 辛市中级人民法院印发',
      '关于完善行政争议化解机制的意见的通知',
      '各县(区)人民政府、法院,市政府各部门:',
      '《关于完善行政争议化解机制的意见》已经审议通过,现印发给你们,请认真贯彻执行。',
      '辛市人民政府 辛市中级人民法院',
      '2025年4月30日',
      '关于完善行政争议化解机制的意见',
      '一、指导思想',
      '坚持依法行政,为建设法治辛市提供保障。',
      '二、重点任务',
      '(一)完善重大事项事前研判机制。各级政府作出重大行政决策时,可邀请法院参与论证。',
      '(二)建立重大案件沟通协调',
    ].join('\n'),
  );

  it('keeps the issuers and 印发 in the title', () => {
    expect(notice.title).toBe('辛市人民政府辛市中级人民法院印发关于完善行政争议化解机制的意见的通知');
    expect(notice.issuers).toEqual(['辛市人民政府', '辛市中级人民法院']);
  });

  it('reports the last item, cut where its run-on sibling would have its 。, instead of emitting it', () => {
    expect(outline(notice)).toEqual(['1:一 指导思想', '1:二 重点任务', '2:一 完善重大事项事前研判机制']);
    expect(notice.findings.map((f) => f.rule)).toContain('truncated-ending');
  });
});

describe('a 版头 printed over two lines, its place above the letter-spaced organ', () => {
  it('names the organ with its place', () => {
    const notice = parseNotice(
      [
        '丁维吾尔自治区',
        '人 民 政 府 文 件',
        '丁政发〔2008〕3号',
        '关于表彰2007年度某项竞赛获奖单位的通报',
        '各州、市、县(市)人民政府,自治区人民政府各部门:',
        '2007年,各地认真开展竞赛活动,取得显著成效。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('丁维吾尔自治区人民政府');
    expect(notice.title).toBe('关于表彰2007年度某项竞赛获奖单位的通报');
  });
});

describe('a 联合行文 whose 版头 names both organs on one line, 文件 on the next', () => {
  const notice = parse('joint-party-government');

  it('reads both issuers, the host first', () => {
    expect(notice.issuers).toEqual(['中共隰县县委办公室', '隰县人民政府办公室']);
    expect(notice.issuer).toBe('中共隰县县委办公室');
    expect(notice.signature).toBe('中共隰县县委办公室 隰县人民政府办公室');
    expect(notice.recipients).toEqual(['各乡镇党委和人民政府', '县直各部门', '各人民团体']);
    expect(notice.findings).toEqual([]);
  });
});

describe('a title wrapped under its issuer, its 文号 printed after it on the 关于 line', () => {
  it('opens the title with the issuer’s line and still reads the 文号', () => {
    const notice = parseNotice(
      [
        '青石县人民政府办公室',
        '关于印发《青石县森林火灾应急预案 (修订)》的通知 青政办发〔2019〕12号',
        '各乡镇人民政府,县政府有关部门:',
        '《青石县森林火灾应急预案(修订)》已经县政府同意,现印发给你们,请认真遵照执行。',
        '青石县人民政府办公室',
        '2019年3月8日',
      ].join('\n'),
    );
    expect(notice.title).toBe('青石县人民政府办公室关于印发《青石县森林火灾应急预案(修订)》的通知');
    expect(notice.issuer).toBe('青石县人民政府办公室');
    expect(notice.docNumber?.text).toBe('青政办发〔2019〕12号');
  });
});
