import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { tidyTitle } from '../../../shared/parser/titleTidy';
import { cleanTitleLine } from '../../../shared/parser/titleChoice';

describe('tidyTitle', () => {
  it('cuts page matter glued after the 文种', () => {
    expect(tidyTitle('甲市人民政府关于进一步优化营商环境的实施方案来自:甲市政府门户网站')).toBe(
      '甲市人民政府关于进一步优化营商环境的实施方案',
    );
    expect(tidyTitle('甲县人民政府关于命名示范社区的决定-')).toBe('甲县人民政府关于命名示范社区的决定');
    expect(tidyTitle('甲县疫情防控指挥部通告 (县疫情防控指挥部第1号)')).toBe('甲县疫情防控指挥部通告');
    expect(tidyTitle('甲市大气污染防治管理办法.docx-')).toBe('甲市大气污染防治管理办法');
    expect(tidyTitle('甲县人民政府关于某工作的通知( 甲政发〔2023〕7号 )')).toBe('甲县人民政府关于某工作的通知');
  });

  it('cuts a page button or the body’s first heading after the 文种, keeping a qualifier before it', () => {
    expect(tidyTitle('甲县人民政府关于做好防汛工作的通知大中小')).toBe('甲县人民政府关于做好防汛工作的通知');
    expect(tidyTitle('甲县人民政府关于做好防汛工作的通知打印本页')).toBe('甲县人民政府关于做好防汛工作的通知');
    expect(tidyTitle('甲县招商引资优惠办法第一章总则')).toBe('甲县招商引资优惠办法');
    expect(tidyTitle('甲县招商引资优惠办法（试行）第一章　总则')).toBe('甲县招商引资优惠办法（试行）');
    expect(tidyTitle('甲县招商引资优惠办法(试行)-')).toBe('甲县招商引资优惠办法(试行)');
  });

  it('keeps a qualifier, a title’s own words and a 文种 inside a cited name', () => {
    for (const title of [
      '甲县乡村振兴实施方案（试行）',
      '甲市“十四五”综合交通规划(2021-2025年)',
      '关于甲县公布森林防火禁火令的公示',
      '甲市人民政府关于印发《甲市某办法》的通知',
      '关于印发甲县行动计划任务分工',
      '甲县关于转发《乙市某某的通知》',
    ])
      expect(tidyTitle(title)).toBe(title);
  });

  it('drops the quotation marks of a title a page quoted whole, keeping those inside it', () => {
    expect(tidyTitle('“甲县人民政府关于做好防汛工作的通知”')).toBe('甲县人民政府关于做好防汛工作的通知');
    expect(tidyTitle('甲县关于开展“查隐患”活动的通知')).toBe('甲县关于开展“查隐患”活动的通知');
  });

  it('reads a title printed twice in a row once', () => {
    expect(tidyTitle('甲省卫生健康委关于省政协第4143号提案的答复甲省卫生健康委关于省政协第4143号提案的答复')).toBe(
      '甲省卫生健康委关于省政协第4143号提案的答复',
    );
  });

  it('is the last step of parsing, whatever rule chose the title', () => {
    const notice = parseNotice(
      [
        '甲县人民政府关于加强森林防火工作的通知.pdf-',
        '各乡镇人民政府:',
        '为做好森林防火工作,现就有关事项通知如下。',
        '甲县人民政府',
        '2023年3月1日',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲县人民政府关于加强森林防火工作的通知');
  });
});

describe('a title line with its 文号 glued on', () => {
  it('keeps out a 文号 a mirror’s pronunciations run through', () => {
    expect(cleanTitleLine('關于印發(fā)某方案的通知甲政發(fā)〔2023〕1號')).toBe('關于印發(fā)某方案的通知');
  });
});

describe('a title whose issued rules open with the issuer’s name', () => {
  it('is no title printed twice', () => {
    expect(tidyTitle('甲省乙市丙丁区人民政府关于印发《甲省乙市丙丁区人民政府工作规则》的通知')).toBe(
      '甲省乙市丙丁区人民政府关于印发《甲省乙市丙丁区人民政府工作规则》的通知',
    );
  });
});

describe('a site’s validity tag after the title', () => {
  it('is no part of it', () => {
    expect(tidyTitle('甲市人民政府办公室关于印发甲市养老托育领域实施方案的通知(有效)')).toBe(
      '甲市人民政府办公室关于印发甲市养老托育领域实施方案的通知',
    );
    expect(tidyTitle('甲市人民政府关于加强管理的通知（已废止）')).toBe('甲市人民政府关于加强管理的通知');
    expect(tidyTitle('甲市森林防火管理办法(试行)')).toBe('甲市森林防火管理办法(试行)');
  });
});
