import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/domain/dates';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** The written forms of 文号, dates, units and clause markers that real notices print, each in a small invented notice. */
const HEADER = '甲县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府,县直各单位:\n现将有关事项通知如下。\n';
const SIGNATURE = '\n甲县人民政府办公室\n2024年5月6日';
const outline = (notice: ParsedNotice) =>
  notice.clauses.map(
    (c) => `${c.level}:${c.number} ${c.heading} [${c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)).join('、')}]`,
  );

describe('a 文号 under the title in every printed form', () => {
  it.each([
    ['甲政办发[2024]5号', 'doc-number-bracket'],
    ['甲政办发［2024］5号', 'doc-number-bracket'],
    ['甲政办发(2024)5号', 'doc-number-bracket'],
    ['甲政办发（2024）5号', 'doc-number-bracket'],
    ['甲政办发【2024】5号', 'doc-number-bracket'],
    ['甲政办发﹝2024﹞5号', 'doc-number-bracket'],
    ['甲政办发〔2024〕5', 'doc-number-hao'],
    ['甲政办发 〔 2024 〕 5 号', 'doc-number-spacing'],
    ['甲政办发〔2024〕第5号', 'doc-number-di'],
  ])('reads %s as 甲政办发〔2024〕5号 and reports %s', (printed, rule) => {
    const notice = analyzeNotice(
      `甲县人民政府办公室关于做好防汛工作的通知\n${printed}\n各乡镇人民政府:\n现将有关事项通知如下。${SIGNATURE}`,
    );
    expect(notice.docNumber?.text).toBe('甲政办发〔2024〕5号');
    expect(notice.findings.map((f) => f.rule)).toContain(rule);
  });

  it('keeps traditional 發/號 as printed and still reports a wrong bracket', () => {
    const notice = analyzeNotice(
      `甲县人民政府办公室关于做好防汛工作的通知\n甲政辦發[2024]5號\n各乡镇人民政府:\n现将有关事项通知如下。${SIGNATURE}`,
    );
    expect(notice.docNumber).toMatchObject({ text: '甲政辦發〔2024〕5號', agencyCode: '甲政辦發', year: 2024, serial: 5 });
    expect(notice.findings.map((f) => f.rule)).toContain('doc-number-bracket');
  });

  it.each([
    ['glued after the title', '甲县人民政府办公室关于做好防汛工作的通知甲政办发〔2024〕5号\n各乡镇人民政府,县直各单位:'],
    ['glued before the 主送', '甲县人民政府办公室关于做好防汛工作的通知\n甲政办发〔2024〕5号各乡镇人民政府,县直各单位:'],
  ])('reads a 文号 %s', (_, head) => {
    const notice = parseNotice(`${head}\n现将有关事项通知如下。${SIGNATURE}`);
    expect(notice.docNumber?.text).toBe('甲政办发〔2024〕5号');
    expect(notice.title).toBe('甲县人民政府办公室关于做好防汛工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });
});

describe('a 成文日期 in every printed form', () => {
  it.each([
    ['二〇二四年三月五日', '2024-03-05'],
    ['二O二四年三月五日', '2024-03-05'],
    ['二０二四年三月五日', '2024-03-05'],
    ['二OO八年二月二十六日', '2008-02-26'],
    ['2024 年 3 月 5 日', '2024-03-05'],
    ['二 ○ 二 四 年 三 月 五 日', '2024-03-05'],
    ['二0二四年3月5日', '2024-03-05'],
  ])('reads %s under the signature', (written, iso) => {
    expect(parseDate(written)?.iso).toBe(iso);
    expect(parseNotice(`${HEADER}一、加强领导。各单位要高度重视。\n甲县人民政府办公室\n${written}`).signedDate).toBe(iso);
  });
});

describe('units in every printed form, roles kept', () => {
  const notice = parseNotice(
    HEADER +
      [
        '一、加强隐患排查。全面排查山洪沟道。（责任单位：县水利局、县应急局）',
        '二、落实值班制度。严格执行领导带班。【牵头单位：县应急局；责任单位：县水利局、各乡镇人民政府】',
        '三、加强物资储备。储备防汛物资。[牵头单位:县发改局;配合单位:县财政局、县商务局]',
        '四、强化宣传教育。开展防汛知识宣传。',
        '牵头单位：县委宣传部  配合单位：县教育局、县融媒体中心',
        '五、做好转移安置。制定转移方案。',
        '牵头单位：县民政局',
        '配合单位：各乡镇人民政府',
        '六、重点任务',
        '序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限',
        '1 | 开展隐患排查 | 县水利局 | 县应急局、各乡镇 | 6月底',
      ].join('\n') +
      SIGNATURE,
  );

  it('reads each clause’s units, the lead first', () => {
    expect(outline(notice)).toEqual([
      '1:一 加强隐患排查 [县水利局*、县应急局]',
      '1:二 落实值班制度 [县应急局*、县水利局、各乡镇人民政府]',
      '1:三 加强物资储备 [县发改局*、县财政局、县商务局]',
      '1:四 强化宣传教育 [县委宣传部*、县教育局、县融媒体中心]',
      '1:五 做好转移安置 [县民政局*、各乡镇人民政府]',
      '1:六 重点任务 []',
      '2:1 开展隐患排查 [县水利局*、县应急局、各乡镇]',
    ]);
  });
});

describe('clause markers', () => {
  const notice = parseNotice(
    HEADER +
      [
        '一、总体要求',
        '（一）指导思想。坚持人民至上。',
        '1.加强组织。成立领导小组。',
        '2．压实责任。落实包保责任。',
        '3、强化督查。开展专项督查。',
        '（1）明察暗访。每月一次。',
        '①建立台账。逐项登记。',
        '二、工作措施。一是加强监测，二是及时预警。',
        '第一条 本办法适用于全县。',
      ].join('\n') +
      SIGNATURE,
  );

  it('reads 一、 （一） 1. 1． 1、 （1） ① and leaves 一是… and 第一条 in their text', () => {
    expect(notice.clauses.map((c) => `${c.level}:${c.number} ${c.heading}`)).toEqual([
      '1:一 总体要求',
      '2:一 指导思想',
      '3:1 加强组织',
      '3:2 压实责任',
      '3:3 强化督查',
      '4:1 明察暗访',
      '4:1 建立台账',
      '1:二 工作措施',
    ]);
  });

  it('reports an item cut before its first 。 instead of emitting half of it', () => {
    const cut = parseNotice(`${HEADER}一、加强领导。各单位要高度重视。\n二、落实责任，各乡镇要压实属地`);
    expect(cut.clauses.map((c) => c.number)).toEqual(['一']);
    expect(cut.findings.map((f) => f.rule)).toContain('truncated-ending');
  });
});

describe('an 印发 notice whose 方案 follows the date', () => {
  it.each([
    ['without a label', ''],
    ['with a 附件 label', '附件\n'],
  ])('gives the 方案’s clauses %s', (_, label) => {
    const notice = parseNotice(
      `甲县人民政府办公室关于印发甲县防汛工作方案的通知\n各乡镇人民政府:\n现将《甲县防汛工作方案》印发给你们,请认真贯彻执行。${SIGNATURE}\n${label}甲县防汛工作方案\n一、总体要求\n坚持人民至上。\n二、主要任务\n（一）加强监测。实时监测雨情。（责任单位：县水利局）`,
    );
    expect(outline(notice)).toEqual(['1:一 总体要求 []', '1:二 主要任务 []', '2:一 加强监测 [县水利局*]']);
  });
});
