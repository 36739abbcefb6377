import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const NOTICE = [
  '青石县人民政府办公室关于印发青石县秸秆禁烧工作方案的通知',
  '各乡镇人民政府,县直各有关单位:',
  '《青石县秸秆禁烧工作方案》已经县政府同意,现印发给你们,请认真贯彻执行。',
  '青石县人民政府办公室',
  '2024年5月6日',
  '(此件公开发布)',
];
const PLAN = [
  '一、工作目标',
  '全县不发生大面积焚烧秸秆现象。',
  '二、主要措施',
  '(一)落实网格责任。按照《市政府办公室关于加强秸秆综合利用的通知》(青市政办发〔2024〕12号)要求,划定网格。(县农业农村局牵头,各乡镇配合)',
];

describe('an 印发 notice followed by the plan it issues', () => {
  it('takes the plan after the date without a 附件 label as the notice clauses, not unplaced text', () => {
    const notice = parseNotice([...NOTICE, '青石县秸秆禁烧工作方案(2024—2025年)', ...PLAN].join('\n'));
    expect(notice.signedDate).toBe('2024-05-06');
    expect(notice.unplaced).toEqual([]);
    expect(notice.clauses.map((c) => `${c.level} ${c.number} ${c.heading}`)).toEqual([
      '1 一 工作目标',
      '1 二 主要措施',
      '2 一 落实网格责任',
    ]);
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['青市政办发〔2024〕12号']);
  });

  it('does the same when the plan starts with its first item, and with a 附件 label', () => {
    expect(parseNotice([...NOTICE, ...PLAN].join('\n')).clauses).toHaveLength(3);
    const labelled = parseNotice([...NOTICE, '附件', '青石县秸秆禁烧工作方案', ...PLAN].join('\n'));
    expect(labelled.clauses).toHaveLength(3);
    expect(labelled.unplaced).toEqual([]);
  });

  it('keeps page text after the date unplaced', () => {
    const notice = parseNotice([...NOTICE, '网站主办:青石县人民政府办公室 备案号:12345678号'].join('\n'));
    expect(notice.clauses).toEqual([]);
    expect(notice.unplaced).toHaveLength(1);
  });
});
