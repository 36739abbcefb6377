import { describe, expect, it } from 'vitest';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Invented notices in the page shapes found on real web notices outside the development set. */
const outline = (notice: ParsedNotice) => notice.clauses.map((c) => `${c.level}:${c.number} ${c.heading}`);

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
