/**
 * 对照落实 measured against hand labels (test/fixtures/coverage/labels.json): every level-2 clause of the
 * first notice of a pair with the clauses of the second that carry the same task, for 大宁县↔太原市,
 * 阳泉市↔太原市 and 大宁县↔阳泉市. The baseline is a plain bigram TF-IDF: every pair of clauses whose
 * cosine reaches a threshold, given the threshold that suits it best on these very labels.
 */
import { describe, expect, it } from 'vitest';
import { compareClauses, coverageClauses } from '../../../shared/drafting/coverage';
import { cosine, ngramVectors } from '../../../shared/drafting/ngramSimilarity';
import { parseNotice } from '../../../shared/parser/parseNotice';
import labels from '../../fixtures/coverage/labels.json';
import { corpusText } from '../../corpus';

type Link = string;
const clausesOf = (name: string) => parseNotice(corpusText(name)).clauses;
const link = (pair: { local: string }, local: string, upstream: string): Link => `${pair.local}|${local}|${upstream}`;

function score(found: Set<Link>, truth: Set<Link>) {
  const hits = [...found].filter((l) => truth.has(l)).length;
  const precision = found.size === 0 ? 0 : hits / found.size;
  const recall = hits / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const truth = new Set<Link>();
for (const pair of labels.pairs)
  for (const [local, ups] of Object.entries(pair.links)) for (const up of ups) truth.add(link(pair, local, up));

function coverageLinks(): Set<Link> {
  const found = new Set<Link>();
  for (const pair of labels.pairs) {
    const report = compareClauses(clausesOf(pair.local), clausesOf(pair.upstream));
    for (const m of report.matches) for (const up of m.upstream) found.add(link(pair, m.local, up));
  }
  return found;
}

/** The baseline at a threshold: all pairs of clauses whose bigram TF-IDF cosine reaches it. */
function baselineLinks(threshold: number): Set<Link> {
  const found = new Set<Link>();
  for (const pair of labels.pairs) {
    const local = coverageClauses(clausesOf(pair.local));
    const upstream = coverageClauses(clausesOf(pair.upstream));
    const vectors = ngramVectors([...local, ...upstream].map((c) => `${c.heading}\n${c.text}`));
    local.forEach((l, i) =>
      upstream.forEach((u, j) => {
        if (cosine(vectors[i], vectors[local.length + j]) >= threshold) found.add(link(pair, l.id, u.id));
      }),
    );
  }
  return found;
}

describe('对照落实 against hand-labelled links', () => {
  it('labels every level-2 clause of each pair, by ids the coverage report uses', () => {
    for (const pair of labels.pairs) {
      const localIds = coverageClauses(clausesOf(pair.local)).map((c) => c.id);
      const upstreamIds = new Set(coverageClauses(clausesOf(pair.upstream)).map((c) => c.id));
      expect(Object.keys(pair.links).sort()).toEqual([...localIds].sort());
      for (const ups of Object.values(pair.links)) for (const up of ups) expect(upstreamIds.has(up)).toBe(true);
    }
    expect(truth.size).toBe(80);
  });

  it('finds the links a careful reader finds (F1 ≥ 0.92, precision ≥ 0.95) and beats the best-tuned bigram TF-IDF', () => {
    const ours = score(coverageLinks(), truth);
    const thresholds = Array.from({ length: 56 }, (_, k) => (k + 5) / 100);
    const baseline = Math.max(...thresholds.map((t) => score(baselineLinks(t), truth).f1));
    expect(ours.precision).toBeGreaterThanOrEqual(0.95);
    expect(ours.f1).toBeGreaterThanOrEqual(0.92);
    expect(ours.f1).toBeGreaterThan(baseline);
  });
});
