import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { CORPUS_NAMES, corpusText } from '../../corpus';

function expectWellFormed(notice: ParsedNotice): void {
  for (const list of [notice.recipients, notice.cc, notice.clauses, notice.citations, notice.findings, notice.unplaced, notice.issuers]) {
    expect(Array.isArray(list)).toBe(true);
  }
  for (const clause of notice.clauses) {
    expect([1, 2, 3, 4]).toContain(clause.level);
    expect(clause.parentIndex === null || notice.clauses[clause.parentIndex].level < clause.level).toBe(true);
  }
  JSON.stringify(notice);
}

/** Pieces that notices are made of, so random text hits the parser's paths. */
const PIECES = [
  '一、',
  '（一）',
  '(二)',
  '1.',
  '1．',
  '（1）',
  '。',
  '，',
  '、',
  '：',
  '\n',
  '\n\n',
  '\r\n',
  '（',
  '）',
  '〔',
  '〕',
  '《',
  '》',
  '县应急局',
  '负责',
  '牵头',
  '分工负责',
  '等部门',
  '以下均需县级政府负责，不再一一列明',
  '责任单位：',
  '大政发〔2025〕1号',
  '[2025]',
  '第07号',
  '2025年4月3日',
  '二〇二五年五月八日',
  '抄送：',
  '印发',
  '附件：',
  '附件1',
  '— 3 —',
  '文件',
  '（此件公开发布）',
  '各乡镇，县直各部门：',
  '关于做好安全生产工作的通知',
  '签发人：张三',
  '特急',
  '机密★1年',
  '|',
  '\u0000',
  '\uFFFD',
  ' ',
  ' | ',
  '\t',
  '序号 | 重点任务 | 牵头单位 | 配合单位',
  '1 | 开展排查 | 县应急局 | 县公安局',
  '主送：',
  '出席：',
  '第5期',
  '县政府常务会议纪要',
  '【打印本页】',
  '当前位置：首页 > 政务公开',
  '（牵头）',
  '牵头单位：',
  '配合单位：',
  '主题词：',
  '一．',
  '附件',
  '发文机关：',
  '成文日期：',
  '特此通知。',
  '县人民政府办公室 2025年5月12日',
];

describe('the parser on random and damaged input', () => {
  it('never throws on random text and always returns a notice with findings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(analyzeNotice(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random sequences of notice pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 }), (parts) => {
        expectWellFormed(analyzeNotice(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on corpus notices with lines dropped, repeated and cut', () => {
    const corpusLines = CORPUS_NAMES.map((name) => corpusText(name).split('\n'));
    fc.assert(
      fc.property(
        fc.nat(corpusLines.length - 1),
        fc.array(fc.tuple(fc.nat(10_000), fc.constantFrom('drop', 'repeat', 'cut', 'insert')), { maxLength: 30 }),
        fc.constantFrom(...PIECES),
        (which, mutations, piece) => {
          const lines = [...corpusLines[which]];
          for (const [at, kind] of mutations) {
            const i = at % lines.length;
            if (kind === 'drop') lines.splice(i, 1);
            else if (kind === 'repeat') lines.splice(i, 0, lines[i]);
            else if (kind === 'cut') lines[i] = lines[i].slice(0, lines[i].length >> 1);
            else lines.splice(i, 0, piece);
            if (lines.length === 0) lines.push('');
          }
          expectWellFormed(analyzeNotice(lines.join('\n')));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on deep nesting, very long lines and very many lines', () => {
    expectWellFormed(analyzeNotice(`一、加强领导${'（'.repeat(100_000)}县应急局负责）`));
    expectWellFormed(analyzeNotice(`（一）${'县应急局、'.repeat(100_000)}负责`));
    expectWellFormed(analyzeNotice(Array.from({ length: 20_000 }, (_, i) => `${(i % 99) + 1} | 任务 | 县应急局 | 县公安局`).join('\n')));
    // A header of 200 000 page labels: as many cuts as labels, never spread into one call's arguments.
    expectWellFormed(analyzeNotice('索引号:甲'.repeat(200_000)));
  });

  it('reads a glued page of many breadcrumbs, labels and dates without sentences in linear time', () => {
    const started = performance.now();
    expectWellFormed(analyzeNotice(`${'当前位置:首页 > 政务 '.repeat(2_000)}${'甲县人民政府关于做好工作的通知 '.repeat(500)}`));
    expectWellFormed(analyzeNotice('甲县人民政府2023年5月6日附件:情况表2023年5月6日'.repeat(2_000)));
    expectWellFormed(analyzeNotice('浏览量:各县人民政府:'.repeat(2_000)));
    expectWellFormed(analyzeNotice('索引号:甲'.repeat(20_000)));
    // Cubic work on these lines took minutes; linear work takes well under a second, even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('returns an empty notice with missing-element findings for empty text', () => {
    const notice = analyzeNotice('');
    expect(notice.clauses).toEqual([]);
    expect(notice.findings.map((f) => f.rule)).toContain('missing-element');
  });
});
