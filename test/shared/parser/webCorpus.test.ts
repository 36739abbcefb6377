import { describe, expect, it } from 'vitest';
import { WEB_NAMES, scoreWebCorpus } from './webCorpusData';
import { SCORED_FIELDS, clausesScore, formatFieldTable, listF1, normalizeText } from './webCorpusScore';

/** Floors raised as the parser improves: the suite fails when a change lowers the score below them. */
const OVERALL_FLOOR = 0.999;
const FIELD_FLOOR = 0.99;

describe('the scorer follows the web set conventions', () => {
  it('compares after NFKC with whitespace and injected pinyin removed', () => {
    expect(normalizeText('發(fā)布 2020 年（一）')).toBe('發布2020年(一)');
  });

  it('gives lists partial credit and full credit to two empty lists', () => {
    expect(listF1([], [])).toBe(1);
    expect(listF1(['甲局', '乙局'], ['甲局'])).toBeCloseTo(2 / 3);
    expect(listF1(['甲局'], [])).toBe(0);
  });

  it('aligns clauses in order and skips the units of a clause the excerpt cuts', () => {
    const truth = [
      { level: 1, number: '一', heading: '总体要求', units: [] },
      { level: 2, number: '一', heading: '加强调度', units: [] },
    ];
    const parsed = [
      { level: 1, number: '一', heading: '总体要求', units: [] },
      { level: 2, number: '一', heading: '加强调度', units: ['县应急局'] },
    ];
    expect(clausesScore(truth, parsed, true).score).toBe(1);
    expect(clausesScore(truth, parsed, false).score).toBeLessThan(1);
    expect(clausesScore(truth, parsed.slice(0, 1), true).score).toBeCloseTo(2 / 3);
  });
});

describe('the web development set', () => {
  it('holds forty documents', () => {
    expect(WEB_NAMES).toHaveLength(40);
  });

  it('scores at or above the floors, overall and per field', () => {
    const score = scoreWebCorpus();
    const worst = [...score.documents].sort((a, b) => a.score - b.score).slice(0, 5);
    console.log(
      `web development set\n${formatFieldTable(score)}\nworst: ${worst.map((d) => `${d.name} ${d.score.toFixed(2)}`).join(', ')}`,
    );
    expect(score.overall).toBeGreaterThanOrEqual(OVERALL_FLOOR);
    for (const field of SCORED_FIELDS) expect(score.fields[field].mean, field).toBeGreaterThanOrEqual(FIELD_FLOOR);
  });
});
