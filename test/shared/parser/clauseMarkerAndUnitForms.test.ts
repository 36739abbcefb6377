import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import {
  SMALL_NOTICE_HEADER as HEADER,
  SMALL_NOTICE_SIGNATURE as SIGNATURE,
  noticeOfLines as notice,
  outlineWithUnits as outline,
} from './noticeHelpers';

/**
 * Invented notices in the shapes of real pages: clause markers and units in their printed forms — units with roles
 * kept, clause markers, run-on and long 一、 headings, a section heading naming its lead unit, unit parentheticals
 * of a task list, a plan assigning a department's divisions.
 */
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

describe('a run-on 一、 heading that counts something with a numeral and a measure word', () => {
  const headings = (item: string) =>
    parseNotice(['青石县人民政府关于调整县政府领导分工的通知', '各乡镇人民政府:', item].join('\n')).clauses.map((c) => c.heading);

  it('is not cut after the quantity when the paragraph repeats words of it', () => {
    expect(headings('一、第三届青石县人民代表大会第二次会议选举产生的新一届青石县人民政府,依法履行职责。')).toEqual([
      '第三届青石县人民代表大会第二次会议选举产生的新一届青石县人民政府,依法履行职责',
    ]);
    expect(headings('一、县政府第五次常务会议研究决定的第二批白沙镇改造项目,由白沙镇组织实施。')).toEqual([
      '县政府第五次常务会议研究决定的第二批白沙镇改造项目,由白沙镇组织实施',
    ]);
  });
});

describe('a section heading that names its lead unit', () => {
  it('keeps the unit in the 一、 heading as printed and still reads it; a lower item drops it from its heading', () => {
    const notice = parseNotice(
      [
        '青石县人民政府关于做好防汛工作的通知',
        '各乡镇人民政府:',
        '一、加强监测预警(县水利局牵头)',
        '(一)完善监测站网(县气象局负责)',
        '各乡镇要配合做好站点建设。',
      ].join('\n'),
    );
    expect(notice.clauses.map((c) => c.heading)).toEqual(['加强监测预警(县水利局牵头)', '完善监测站网']);
    expect(notice.clauses.map((c) => c.units.map((u) => u.name))).toEqual([['县水利局'], ['县气象局']]);
  });
});

describe('a long 一、 heading line without a full stop, its text opening a sentence on the next line', () => {
  const headings = (lines: string[]) =>
    notice(['青石县人民政府关于做好防汛工作的报告', '县人大常委会:', '现将有关情况报告如下。', ...lines]).clauses.map((c) => c.heading);

  it('is a heading-only item, however long', () => {
    expect(
      headings([
        '一、进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作',
        '',
        '按照省委关于防汛工作的部署要求,全县上下认真落实各项措施。',
      ]),
    ).toEqual(['进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作']);
  });

  it('still joins a line broken after a comma, or before words that go on with the sentence', () => {
    expect(headings(['一、进一步统一思想认识,坚持以人民为中心的发展思想,', '按照省委的部署要求,全县上下认真落实各项措施。'])).toEqual([
      '进一步统一思想认识,坚持以人民为中心的发展思想,按照省委的部署要求,全县上下认真落实各项措施',
    ]);
    expect(headings(['一、进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱', '和城乡供水保障各项工作。'])).toEqual([
      '进一步统一思想认识,坚持以人民为中心的发展思想,毫不动摇地做好防汛抗旱和城乡供水保障各项工作',
    ]);
  });
});

describe('unit parentheticals of a task list', () => {
  const units = (item: string) =>
    notice([
      '青石县人民政府关于做好防汛工作的通知',
      '各乡镇人民政府:',
      '一、工作任务',
      item,
      '(二)加强宣传。各地要加强宣传。',
    ]).clauses[1].units.map((u) => `${u.name}/${u.role}`);

  it('reads 主要责任单位 and 参与单位 labels', () => {
    expect(units('(一)加强监测预警。各地要加强监测。(主要责任单位:县水利局;参与单位:县气象局、县应急局)')).toEqual([
      '县水利局/lead',
      '县气象局/co',
      '县应急局/co',
    ]);
  });

  it('leaves out the leader named beside the units', () => {
    expect(units('(一)加强监测预警。各地要加强监测。(牵头领导:张三;责任单位:县水利局、县气象局)')).toEqual([
      '县水利局/lead',
      '县气象局/co',
    ]);
  });

  it('reads a bracket wrapped over two lines once', () => {
    expect(units('(一)加强监测预警。各地要加强监测。(牵头单位:县水利局\n配合单位:县气象局)')).toEqual(['县水利局/lead', '县气象局/co']);
  });
});

describe('a department’s plan that assigns its divisions', () => {
  it('drops the 责任科室 label from the units', () => {
    const notice = parseNotice(
      [
        '甲市教育局关于印发某年工作要点的通知',
        '各县区教育局:',
        '现将工作要点印发给你们。',
        '一、加强党的建设',
        '1.加强理论武装。深入开展学习活动。(责任科室:组织科、办公室)',
        '2.加强政治建设。严明政治纪律。',
      ].join('\n'),
    );
    expect(notice.clauses.find((c) => c.path === '一/1')?.units.map((u) => u.name)).toEqual(['组织科', '办公室']);
  });
});
