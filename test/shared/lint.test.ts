import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause, ClauseLevel, ParsedNotice } from '../../shared/domain/notice';
import { LINT_RULES, lintNotice } from '../../shared/lint/lint';
import { clauses, lead, notice } from './noticeFixture';

const rulesOf = (n: ParsedNotice) => lintNotice(n).map((f) => f.rule);
const only = (n: ParsedNotice, rule: string) => lintNotice(n).filter((f) => f.rule === rule);

/** A task-division notice numbered the way most of the corpus is: level 2 straight through. */
const wellFormed = clauses([
  ['一、', '强化政治引领'],
  ['（一）', '强化理论学习。', ['各乡镇党委及政府']],
  ['（二）', '常态宣传引导。', ['县安委会成员单位']],
  ['二、', '深化三年行动'],
  ['（三）', '着力解决重大问题。', ['县安委会有关成员单位']],
  ['1.', '矿山领域。', ['县能源局']],
  ['2.', '危化领域。', ['县应急局']],
  ['（四）', '着力消除重大隐患。', ['县应急局']],
]);

describe('lintNotice on a well-formed notice', () => {
  it('finds nothing', () => {
    expect(lintNotice(notice({ clauses: wellFormed }))).toEqual([]);
  });

  it('accepts level-2 numbers that restart at 1 under each level-1 heading', () => {
    const restarting = clauses([
      ['一、', '总体要求'],
      ['（一）', '目标。', ['县应急局']],
      ['（二）', '原则。', ['县应急局']],
      ['二、', '重点任务'],
      ['（一）', '排查。', ['县应急局']],
      ['（二）', '整治。', ['县应急局']],
    ]);
    expect(lintNotice(notice({ clauses: restarting }))).toEqual([]);
  });
});

describe('文号 rules', () => {
  it('reports each defect of the 文号 as written, with the right form in the message', () => {
    const findings = lintNotice(notice({ docNumberRaw: '大政发[2025]第01号' }));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['doc-number-bracket', 'error'],
      ['doc-number-di', 'error'],
      ['doc-number-leading-zero', 'error'],
    ]);
    expect(findings[0].message).toBe('文号年份应使用六角括号〔〕，“[2025]”应为“〔2025〕”');
  });

  it('reports a 文号 that lost its 号, with the right form', () => {
    const [f] = only(notice({ docNumberRaw: '甲政办（2023）12' }), 'doc-number-hao');
    expect(f).toMatchObject({ severity: 'error', message: '文号末尾缺少“号”，“甲政办（2023）12”应为“甲政办〔2023〕12号”' });
  });

  it('reports the stray space of 阳政发〔2025〕1 号', () => {
    expect(only(notice({ docNumberRaw: ' 阳政发〔2025〕1 号' }), 'doc-number-spacing')).toHaveLength(1);
  });

  it('reports a two-digit year as an error', () => {
    const [f] = only(notice({ docNumberRaw: '大政发〔25〕1号' }), 'doc-number-year');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('〔2025〕');
  });

  it('warns when the 文号 year differs from the 成文日期 year', () => {
    const n = notice({
      docNumber: { text: '大政发〔2024〕1号', agencyCode: '大政发', year: 2024, serial: 1 },
      docNumberRaw: '大政发〔2024〕1号',
    });
    expect(only(n, 'doc-number-year')).toEqual([
      { rule: 'doc-number-year', severity: 'warning', message: '文号年份“〔2024〕”与成文日期“2025年4月3日”的年份不一致，请核对' },
    ]);
  });

  it('reads the defects of a raw 文号 that carries a label', () => {
    expect(rulesOf(notice({ docNumberRaw: '发文字号：大政发（2025）1号' }))).toEqual(['doc-number-bracket']);
  });
});

describe('date-format', () => {
  it.each([
    ['二〇二五年四月三日', '成文日期“二〇二五年四月三日”用了汉字数字，应为“2025年4月3日”'],
    ['2025年04月03日', '成文日期“2025年04月03日”月、日编了虚位，应为“2025年4月3日”'],
    ['2025-04-03', '成文日期“2025-04-03”月、日编了虚位、未用“年月日”，应为“2025年4月3日”'],
    ['2025.4.3', '成文日期“2025.4.3”未用“年月日”，应为“2025年4月3日”'],
  ])('reports the 成文日期 %s', (raw, message) => {
    expect(only(notice({ signedDateRaw: raw }), 'date-format')).toEqual([{ rule: 'date-format', severity: 'warning', message }]);
  });

  it('accepts Chinese numerals in a notice written before GB/T 9704-2012 took effect (2012-07-01)', () => {
    expect(only(notice({ signedDateRaw: '二〇一〇年七月二十六日', signedDate: '2010-07-26' }), 'date-format')).toEqual([]);
    expect(only(notice({ signedDateRaw: '二〇一二年七月一日', signedDate: '2012-07-01' }), 'date-format')).toHaveLength(1);
  });

  it('accepts the spaces a PDF puts into 2025 年 3 月 31 日', () => {
    expect(only(notice({ signedDateRaw: '2025 年 3 月 31 日', signedDate: '2025-03-31' }), 'date-format')).toEqual([]);
  });

  it('reports a 成文日期 it cannot read, and does not call it missing', () => {
    const findings = lintNotice(notice({ signedDateRaw: '2025年2月30日', signedDate: null }));
    expect(findings.map((f) => f.rule)).toEqual(['date-format']);
  });
});

describe('missing-element', () => {
  it('reports each missing element once: 文号 and title as errors, issuer and 成文日期 as warnings', () => {
    const findings = lintNotice(
      notice({
        issuer: null,
        docNumber: null,
        docNumberRaw: null,
        title: '  ',
        signedDate: null,
        signedDateRaw: null,
      }),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['missing-element', 'warning', '未找到发文机关（版头和署名中都没有）'],
      ['missing-element', 'error', '未找到发文字号（文号），如“大政发〔2025〕1号”'],
      ['missing-element', 'error', '未找到标题'],
      ['missing-element', 'warning', '未找到成文日期'],
    ]);
  });

  it('does not ask a 纪要 for a 文号: it is numbered by 期号', () => {
    const findings = lintNotice(notice({ docNumber: null, docNumberRaw: null, title: '大宁县人民政府常务会议纪要', docKind: '纪要' }));
    expect(findings).toEqual([]);
  });
});

describe('unplaced-text', () => {
  it('reports one finding per unplaced fragment, quoting its start', () => {
    const findings = only(
      notice({
        unplaced: ['（七）夯实部门监管责任。认真贯彻落实“三管三必须”实施细则，分级负责、各有侧重，', '\t'],
      }),
      'unplaced-text',
    );
    expect(findings).toEqual([
      {
        rule: 'unplaced-text',
        severity: 'warning',
        message: '有一段文字未能归入公文的任何部分，原文已保留，请核对：“（七）夯实部门监管责任。认真贯彻落实“三管三必须”实施细则，…”',
      },
    ]);
  });
});

describe('numbering-gap and numbering-duplicate', () => {
  it('reports a skipped number among siblings, naming what is missing and where', () => {
    const c = clauses([
      ['一、', '总体要求'],
      ['二、', '重点任务'],
      ['四、', '保障措施'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-gap')).toEqual([
      {
        rule: 'numbering-gap',
        severity: 'warning',
        message: '序号“四、”之前缺少“三、”',
        at: { line: 14, excerpt: '四、保障措施', clauseIndex: 2 },
      },
    ]);
  });

  it('names a range of missing numbers', () => {
    const c = clauses([
      ['（一）', '甲。', ['县应急局']],
      ['（五）', '乙。', ['县应急局']],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-gap')[0].message).toBe('序号“（五）”之前缺少“（二）”至“（四）”');
  });

  it('reports a first sibling that does not start at 1', () => {
    const c = clauses([
      ['一、', '总体要求'],
      ['2.', '目标。'],
      ['3.', '原则。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-gap')[0].message).toBe('序号“2.”之前缺少“1.”');
  });

  it('reports a repeated number as an error, pointing at the first one', () => {
    const c = clauses([
      ['一、', '甲'],
      ['二、', '乙'],
      ['二、', '丙'],
      ['三、', '丁'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-duplicate')).toEqual([
      {
        rule: 'numbering-duplicate',
        severity: 'error',
        message: '序号“二、”与第12行的“二、”重复',
        at: { line: 14, excerpt: '二、丙', clauseIndex: 2 },
      },
    ]);
    expect(only(notice({ clauses: c }), 'numbering-gap')).toEqual([]);
  });

  it('reports numbers out of order', () => {
    const c = clauses([
      ['1.', '甲。'],
      ['3.', '乙。'],
      ['2.', '丙。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-gap').map((f) => f.message)).toEqual([
      '序号“3.”之前缺少“2.”',
      '序号“2.”排在“3.”之后，顺序颠倒',
    ]);
  });

  it('judges numbers among siblings: 1. 2. under each （一） is no duplicate', () => {
    const c = clauses([
      ['（一）', '甲。', ['县应急局']],
      ['1.', '子甲。'],
      ['2.', '子乙。'],
      ['（二）', '乙。', ['县应急局']],
      ['1.', '子丙。'],
      ['2.', '子丁。'],
    ]);
    expect(rulesOf(notice({ clauses: c }))).toEqual([]);
  });

  it('follows numbering that runs through the document and reports a slip in it', () => {
    const c = clauses([
      ['一、', '甲'],
      ['（一）', 'a。', ['县应急局']],
      ['（二）', 'b。', ['县应急局']],
      ['二、', '乙'],
      ['（三）', 'c。', ['县应急局']],
      ['（五）', 'd。', ['县应急局']],
      ['三、', '丙'],
      ['（六）', 'e。', ['县应急局']],
      ['（六）', 'f。', ['县应急局']],
    ]);
    expect(lintNotice(notice({ clauses: c })).map((f) => f.message)).toEqual([
      '序号“（五）”之前缺少“（四）”',
      '序号“（六）”与第24行的“（六）”重复',
    ]);
  });

  it('reads 一、 after 三、 as the start of an attachment numbered on its own', () => {
    const c = clauses([
      ['一、', '甲'],
      ['二、', '乙'],
      ['三、', '丙'],
      ['一、', '总体要求'],
      ['二、', '重点任务'],
      ['二、', '保障措施'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-duplicate').map((f) => f.message)).toEqual(['序号“二、”与第18行的“二、”重复']);
  });

  it('reads numbers beyond 九十九 and full-width digits without failing', () => {
    const c = clauses([
      ['99.', '甲。'],
      ['１０２.', '乙。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-gap').map((f) => f.message)).toEqual([
      '序号“99.”之前缺少“1.”至“98.”',
      '序号“１０２.”之前缺少“100.”至“101.”',
    ]);
  });
});

describe('numbering-mixed-width', () => {
  it('reports the half-width markers of a mostly full-width document (大宁 2025)', () => {
    const c = clauses([
      ['一、', '甲'],
      ['(一)', 'a。', ['县应急局']],
      ['（二）', 'b。', ['县应急局']],
      ['（三）', 'c。', ['县应急局']],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-mixed-width')).toEqual([
      {
        rule: 'numbering-mixed-width',
        severity: 'warning',
        message: '序号“(一)”用了半角括号，本文其他序号多用全角“（）”，应统一',
        at: { line: 12, excerpt: '(一)a。', clauseIndex: 1 },
      },
    ]);
  });

  it('reports the full-width dots of a mostly half-width document', () => {
    const c = clauses([
      ['1.', 'a。'],
      ['2．', 'b。'],
      ['3.', 'c。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-mixed-width').map((f) => f.message)).toEqual([
      '序号“2．”用了全角点号，本文其他序号多用半角“.”，应统一',
    ]);
  });

  it('accepts full-width brackets with half-width dots, the usual 9704 combination', () => {
    const c = clauses([
      ['（一）', 'a。'],
      ['1.', 'b。'],
      ['（1）', 'c。'],
      ['（二）', 'd。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-mixed-width')).toEqual([]);
  });

  it('reports a marker whose two brackets differ', () => {
    const c = clauses([
      ['（一）', 'a。'],
      ['(二）', 'b。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-mixed-width').map((f) => f.message)).toEqual([
      '序号“(二）”的括号一半全角、一半半角，应统一',
    ]);
  });
});

describe('numbering-level-skip', () => {
  it('reports （1） right under 一、', () => {
    const c = clauses([
      ['一、', '甲'],
      ['（1）', 'a。'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-level-skip').map((f) => f.message)).toEqual([
      '序号“（1）”直接出现在“一、”之下，跳过了层次，其下一层应使用“（一）”这样的序号',
    ]);
  });

  it('accepts going back up any number of levels and a first clause below level 1', () => {
    const c = clauses([
      ['（一）', 'a。'],
      ['1.', 'b。'],
      ['（1）', 'c。'],
      ['二、', 'd'],
    ]);
    expect(only(notice({ clauses: c }), 'numbering-level-skip')).toEqual([]);
  });
});

describe('units-missing', () => {
  it('reports a level-2 clause without units in a notice that assigns them', () => {
    const c = clauses([
      ['一、', '甲'],
      ['（一）', 'a。', ['县应急局']],
      ['（二）', '深化警示教育。'],
    ]);
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([
      {
        rule: 'units-missing',
        severity: 'warning',
        message: '条款“（二）深化警示教育。”未写责任单位',
        at: { line: 14, excerpt: '（二）深化警示教育。', clauseIndex: 2 },
      },
    ]);
  });

  it('counts inherited units (以下事项均需县级政府负责) as units', () => {
    const c = clauses([
      ['（一）', 'a。', ['市安委会成员单位']],
      ['（二）', 'b。'],
    ]);
    c[1].inheritedUnits = [lead('县级政府')];
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([]);
  });

  it('does not ask sub-clauses for units their heading carries', () => {
    const c = clauses([
      ['（一）', '强化企业主体责任。', ['县应急局']],
      ['1.', '落实责任制。'],
      ['（1）', '主要负责人。'],
    ]);
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([]);
  });

  it('does not ask a heading for units its sub-clauses carry', () => {
    const c = clauses([
      ['（一）', '加强重点灾种防范'],
      ['1.', '森林草原火灾。', ['县林业局']],
      ['2.', '水旱灾害。', ['县水务局']],
    ]);
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([]);
  });

  it('leaves level-1 headings alone', () => {
    const c = clauses([
      ['一、', '总体要求'],
      ['（一）', 'a。', ['县应急局']],
    ]);
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([]);
  });

  it('notes once, as info, that a notice names no unit anywhere (西营镇 2021)', () => {
    const c = clauses([
      ['一、', '提高政治站位'],
      ['（一）', 'a。'],
      ['（二）', 'b。'],
    ]);
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([
      {
        rule: 'units-missing',
        severity: 'info',
        message: '本文各条款都未写责任单位，分工时需另行明确',
        at: { line: 12, excerpt: '（一）a。', clauseIndex: 1 },
      },
    ]);
  });

  it('says nothing about units in a notice without clauses below level 1', () => {
    const c = clauses([
      ['一、', '会议时间'],
      ['二、', '会议地点'],
    ]);
    expect(only(notice({ clauses: c }), 'units-missing')).toEqual([]);
  });
});

describe('LINT_RULES', () => {
  it('lists every rule the lint can report, each with a severity and a Chinese description', () => {
    expect(Object.keys(LINT_RULES).sort()).toEqual([
      'date-format',
      'doc-number-bracket',
      'doc-number-di',
      'doc-number-hao',
      'doc-number-leading-zero',
      'doc-number-spacing',
      'doc-number-year',
      'missing-element',
      'numbering-duplicate',
      'numbering-gap',
      'numbering-level-skip',
      'numbering-mixed-width',
      'units-missing',
      'unplaced-text',
    ]);
    for (const rule of Object.values(LINT_RULES)) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('spells every finding with a catalogued rule id', () => {
    const messy = notice({
      issuer: null,
      docNumberRaw: '大政发[25]第01 号',
      signedDateRaw: '二〇二五年四月三日',
      unplaced: ['残文'],
      clauses: clauses([
        ['一、', '甲'],
        ['(1)', 'a。', ['县应急局']],
        ['（3）', 'b。'],
        ['（3）', 'c。'],
      ]),
    });
    const ids = new Set(lintNotice(messy).map((f) => f.rule));
    expect(ids.size).toBeGreaterThan(8);
    for (const id of ids) expect(LINT_RULES).toHaveProperty(id);
  });
});

describe('robustness', () => {
  const oddText = fc.oneof(fc.string(), fc.constantFrom('', ' ', '十', '〇', '99', '１０', '(', '（一）', '大政发[25]第01号'));
  const clauseArb: fc.Arbitrary<Clause> = fc.record({
    level: fc.integer({ min: -1, max: 6 }).map((n) => n as ClauseLevel),
    number: oddText,
    marker: oddText,
    path: oddText,
    heading: oddText,
    text: oddText,
    units: fc.array(fc.record({ name: oddText, role: fc.constantFrom('lead' as const, 'co' as const) }), { maxLength: 2 }),
    inheritedUnits: fc.array(fc.record({ name: oddText, role: fc.constantFrom('lead' as const, 'co' as const) }), { maxLength: 1 }),
    parentIndex: fc.option(fc.integer({ min: -3, max: 30 })),
    line: fc.integer(),
  });
  const noticeArb = fc.record({
    issuer: fc.option(oddText),
    docNumber: fc.option(fc.record({ text: oddText, agencyCode: oddText, year: fc.integer(), serial: fc.integer() })),
    docNumberRaw: fc.option(oddText),
    title: fc.option(oddText),
    signedDate: fc.option(fc.oneof(oddText, fc.constant('2025-13-45'), fc.constant('2025-04-03'))),
    signedDateRaw: fc.option(oddText),
    clauses: fc.array(clauseArb, { maxLength: 25 }),
    unplaced: fc.array(oddText, { maxLength: 3 }),
  });

  it('never throws, whatever the notice holds, and always returns catalogued findings', () => {
    fc.assert(
      fc.property(noticeArb, (overrides) => {
        for (const f of lintNotice(notice(overrides))) {
          expect(LINT_RULES).toHaveProperty(f.rule);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when a clause is its own ancestor', () => {
    const c = clauses([
      ['（一）', 'a。', ['县应急局']],
      ['（二）', 'b。'],
    ]);
    c[0].parentIndex = 1;
    c[1].parentIndex = 0;
    expect(() => lintNotice(notice({ clauses: c }))).not.toThrow();
  });
});
