import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { CORPUS_NAMES, corpusText, fixtureText } from '../../corpus';

/** The reviewed expectation for each corpus notice: every element and every clause. */
function expectationOf(notice: ParsedNotice) {
  return {
    issuer: notice.issuer,
    docNumber: notice.docNumber?.text ?? null,
    title: notice.title,
    recipients: notice.recipients,
    signedDate: notice.signedDate,
    remark: notice.remark,
    cc: notice.cc,
    printer: notice.printer,
    printedDate: notice.printedDate,
    citations: notice.citations,
    unplacedCount: notice.unplaced.length,
    clauses: notice.clauses.map((c) => ({
      path: c.path,
      level: c.level,
      number: c.number,
      heading: c.heading,
      units: c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)),
      inheritedUnits: c.inheritedUnits.map((u) => u.name),
    })),
  };
}

describe('the five corpus notices', () => {
  it('are all present', () => {
    expect(CORPUS_NAMES).toHaveLength(5);
  });

  for (const name of CORPUS_NAMES) {
    it(`parses ${name} completely: elements, every clause, its level, number, heading and units`, () => {
      const expected = JSON.parse(fixtureText(`corpus-expected/${name}.json`));
      expect(expectationOf(parseNotice(corpusText(name)))).toEqual(expected);
    });
  }
});

describe('corpus details a clerk would check', () => {
  const taiyuan = parseNotice(corpusText('taiyuan-city-2025'));
  const yangquan = parseNotice(corpusText('yangquan-city-2025'));
  const yangcheng = parseNotice(corpusText('yangcheng-county-2024'));
  const daning = parseNotice(corpusText('daning-county-2025'));
  const xiying = parseNotice(corpusText('xiying-town-2021'));

  it('takes the issuer from the signature, not from the web page table that names the office', () => {
    expect(taiyuan.issuer).toBe('太原市人民政府');
    expect(taiyuan.metadata['发文机关']).toBe('太原市人民政府办公室');
    expect(taiyuan.findings.map((f) => f.rule)).toContain('source-conflict');
  });

  it('takes the issuer from the 版头 mark when there is no signature', () => {
    expect(xiying.issuer).toBe('交城县西营镇人民政府');
    expect(daning.issuer).toBe('大宁县人民政府');
    expect(daning.signedDate).toBeNull();
  });

  it('keeps 各县(市、区)政府 as one unit and splits 和 between two complete names', () => {
    expect(taiyuan.clauses[1].units.map((u) => u.name)).toEqual(['市安委会成员单位', '各县(市、区)政府']);
  });

  it('records a standing default (以下事项均需县级政府负责) as inherited by every later clause', () => {
    const declaring = taiyuan.clauses.findIndex((c) => c.path === '一/一');
    expect(taiyuan.clauses[declaring].inheritedUnits).toEqual([]);
    for (const clause of taiyuan.clauses.slice(declaring + 1)) {
      expect(clause.inheritedUnits.map((u) => u.name)).toEqual(['县级政府']);
    }
    expect(yangcheng.clauses.at(-1)!.inheritedUnits.map((u) => u.name)).toEqual(['各乡（镇）人民政府']);
  });

  it('marks the unit before 牵头 as lead and the others as co', () => {
    const clause = yangcheng.clauses.find((c) => c.path === '三/十八')!;
    expect(clause.units[0]).toEqual({ name: '县住建局', role: 'lead' });
    expect(clause.units.slice(1).every((u) => u.role === 'co')).toBe(true);
  });

  it('drops the role phrase: 指导督促落实, 督促企业落实, 等部门分工负责', () => {
    const names = taiyuan.clauses.flatMap((c) => c.units.map((u) => u.name));
    expect(names).toContain('市级负有安全生产监管职责的部门');
    expect(names.some((n) => /负责|落实|等部门/.test(n))).toBe(false);
  });

  it('unions the units of named items under one heading (森林草原火灾：…, 水旱灾害：…)', () => {
    const clause = yangcheng.clauses.find((c) => c.path === '四/二十四')!;
    expect(clause.heading).toBe('加强重点灾种防范');
    expect(clause.units.map((u) => u.name)).toEqual(expect.arrayContaining(['县林业局', '县水务局', '县气象局', '县自然资源局']));
  });

  it('joins hard-wrapped lines: 阳泉 wraps every 28 characters with blank lines between', () => {
    expect(yangquan.title).toBe('阳泉市人民政府关于做好2025年安全生产工作的通知');
    expect(yangquan.clauses[1].heading).toBe('强化学习贯彻');
    expect(yangquan.clauses[1].text).toContain('作为党委（党组）第一议题及时跟进学习');
  });

  it('cites the provincial notice with its title, its 文号 written across a line break', () => {
    expect(yangquan.citations).toEqual([{ docNumber: '晋政发〔2025〕1号', title: '关于做好2025年安全生产工作的通知' }]);
  });

  it('keeps the stray fragment after the 印发 line as unplaced text', () => {
    expect(yangquan.unplaced).toHaveLength(1);
    expect(yangquan.unplaced[0]).toContain('夯实部门监管责任');
    expect(yangquan.printer).toBe('阳泉市人民政府办公室');
    expect(yangquan.printedDate).toBe('2025-03-31');
  });

  it('reads 抄送 wrapped over two lines and the 印发 line of 阳城', () => {
    expect(yangcheng.cc).toEqual(['县委', '县人大', '县政协', '县法院', '县检察院', '各人民团体', '各新闻单位']);
    expect(yangcheng.printer).toBe('阳城县人民政府办公室');
  });

  it('tells 阳泉市 and 阳城县 apart although both use 阳政发', () => {
    expect(yangquan.docNumber?.agencyCode).toBe('阳政发');
    expect(yangcheng.docNumber?.agencyCode).toBe('阳政发');
    expect(yangquan.issuer).not.toBe(yangcheng.issuer);
  });

  it('keeps the paragraph after a page break inside its clause (大宁 “为大宁 / 高质量发展”)', () => {
    expect(daning.body).toContain('为大宁高质量发展提供安全稳定的社会环境。');
  });
});
