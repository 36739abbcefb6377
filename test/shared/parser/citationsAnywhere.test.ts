import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** The web README: citations are the 文号 of other documents anywhere in the excerpt, not in the body alone. */
describe('a forwarded 办法 run together after the date, which the parser cannot place', () => {
  it('still lists the documents its articles cite', () => {
    const notice = parseNotice(
      [
        '甲区人民政府办公室转发区文化局制定的《甲区文化发展专项资金管理办法》的通知(甲府办发〔2012〕19号)',
        '区政府各有关单位、各街道:',
        '经区政府研究同意,现将《甲区文化发展专项资金管理办法》转发给你们,请遵照执行。',
        '特此通知甲区人民政府办公室二〇一二年六月十二日甲区文化发展专项资金管理办法第一章总则第一条目的和依据为了完善公共文化服务,' +
          '根据《甲区文化发展三年行动计划(2012年-2014年》(甲委[2012]15号)和《甲区人民政府办公室关于转发区财政局制定的' +
          '甲区专项资金管理试行办法的通知》(甲府办发[2011]24号)等文件的有关规定,制定本办法。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('甲府办发〔2012〕19号');
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['甲委〔2012〕15号', '甲府办发〔2011〕24号']);
  });
});

describe('a cited document whose 文号 lost its agency code', () => {
  it('is cited by year and number right after its 《title》, and a bare bracketed number elsewhere is not', () => {
    const notice = parseNotice(
      [
        '甲州2018年草原补助政策实施方案',
        '一、政策依据',
        '农业部 财政部《关于草原生态保护补助奖励机制政策实施的指导意见》[2011]85号,甲省《实施办法》(〔2012〕第3号)。',
        '二、实施规模',
        '全州共有牧户〔2018〕户,其中禁牧区12号草场暂不实施。',
      ].join('\n'),
    );
    expect(notice.citations.map((c) => [c.docNumber, c.title])).toEqual([
      ['〔2011〕85号', '关于草原生态保护补助奖励机制政策实施的指导意见'],
      ['〔2012〕3号', '实施办法'],
    ]);
  });
});

describe("a page's links to the notice's files after its text", () => {
  it('cite nothing', () => {
    const notice = parseNotice(
      [
        '各镇人民政府、街道办事处:',
        '根据《甲省行政许可事项清单管理办法》(甲政字〔2023〕163号)要求,现就有关事项通知如下。',
        '甲市乙区人民政府',
        '2024年5月14日',
        '(此件公开发布)',
        '【word版】甲乙政字〔2024〕8号 关于调整行政审批事项实施机关的通知.doc',
        '【PDF版】甲乙政字〔2024〕8号 关于调整行政审批事项实施机关的通知.pdf',
      ].join('\n'),
    );
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['甲政字〔2023〕163号']);
  });
});
