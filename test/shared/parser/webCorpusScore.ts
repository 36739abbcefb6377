/**
 * Scores a parse against a hand-checked truth of the web development set, following the conventions of
 * ../shared/corpus/web/README.md: only the truth's `visible` keys count, strings are compared after NFKC with
 * all whitespace and injected pinyin runs removed, lists earn partial credit (F1), and clauses are aligned in
 * document order. Pure: no file access, so the test and the ad-hoc report share it.
 */
import type { ParsedNotice } from '../../../shared/domain/notice';

export interface TruthDocNumber {
  text: string;
  agencyCode: string | null;
  year: number;
  serial: number;
}

export interface TruthClause {
  level: number;
  number: string;
  heading: string;
  units: string[];
}

export interface WebTruth {
  source: string;
  issuer?: string | null;
  issuers?: string[];
  docNumber?: TruthDocNumber | null;
  title?: string | null;
  recipients?: string[];
  signedDate?: string | null;
  cc?: string[];
  citations?: string[];
  attachments?: string[];
  clauses?: TruthClause[];
  lastClauseCut?: boolean;
  visible: string[];
}

export const SCORED_FIELDS = [
  'issuer',
  'issuers',
  'docNumber',
  'title',
  'recipients',
  'signedDate',
  'cc',
  'citations',
  'attachments',
  'clauses',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore {
  field: ScoredField;
  score: number;
  expected: unknown;
  actual: unknown;
}

export interface DocumentScore {
  name: string;
  fields: FieldScore[];
  /** Mean of the document's scored fields. */
  score: number;
}

/** Lower-case Latin letters with tone marks, as mirror sites inject them after characters: 發(fā). */
const PINYIN_RUN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+\)/g;

export function normalizeText(s: string | null | undefined): string {
  if (s == null) return '';
  return s.normalize('NFKC').replace(/\s+/gu, '').replace(PINYIN_RUN, '');
}

/** F1 of two multisets of normalized strings; two empty lists agree fully. */
export function listF1(expected: readonly string[], actual: readonly string[]): number {
  const want = expected.map(normalizeText);
  const got = actual.map(normalizeText);
  if (want.length === 0 && got.length === 0) return 1;
  if (want.length === 0 || got.length === 0) return 0;
  const pool = [...got];
  let hits = 0;
  for (const w of want) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      hits++;
      pool.splice(i, 1);
    }
  }
  return (2 * hits) / (want.length + got.length);
}

function docNumberScore(expected: TruthDocNumber | null, actual: ParsedNotice['docNumber']): number {
  if (!expected || !actual) return !expected && !actual ? 1 : 0;
  const parts = [
    normalizeText(expected.text) === normalizeText(actual.text),
    normalizeText(expected.agencyCode) === normalizeText(actual.agencyCode || null),
    expected.year === actual.year,
    expected.serial === actual.serial,
  ];
  return parts.filter(Boolean).length / parts.length;
}

interface ClauseView {
  level: number;
  number: string;
  heading: string;
  units: string[];
}

/** Credit of one aligned pair: level, number, heading and (unless cut) units, each a quarter. */
function clausePairScore(want: TruthClause, got: ClauseView, scoreUnits: boolean): number {
  const parts = [
    want.level === got.level ? 1 : 0,
    normalizeText(want.number) === normalizeText(got.number) ? 1 : 0,
    normalizeText(want.heading) === normalizeText(got.heading) ? 1 : 0,
  ];
  if (scoreUnits) parts.push(listF1(want.units, got.units));
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** Pairs may align only when they share the marker (level and number) or the heading. */
function alignable(want: TruthClause, got: ClauseView): boolean {
  return (
    (want.level === got.level && normalizeText(want.number) === normalizeText(got.number)) ||
    normalizeText(want.heading) === normalizeText(got.heading)
  );
}

/**
 * Monotone alignment of truth and parsed clauses maximizing the summed pair credit; the field score is the
 * F1 of that credit against both lengths, so missing and invented clauses both cost.
 */
export function clausesScore(
  expected: readonly TruthClause[],
  actual: readonly ClauseView[],
  lastClauseCut: boolean,
): { score: number; pairs: Array<[number, number, number]> } {
  const n = expected.length;
  const m = actual.length;
  if (n === 0 && m === 0) return { score: 1, pairs: [] };
  if (n === 0 || m === 0) return { score: 0, pairs: [] };
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const pairScore = (i: number, j: number): number =>
    alignable(expected[i], actual[j]) ? clausePairScore(expected[i], actual[j], !(lastClauseCut && i === n - 1)) : -1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = pairScore(i, j);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], pair >= 0 ? pair + best[i + 1][j + 1] : -1);
    }
  }
  const pairs: Array<[number, number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const pair = pairScore(i, j);
    if (pair >= 0 && best[i][j] === pair + best[i + 1][j + 1]) {
      pairs.push([i, j, pair]);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  const total = best[0][0];
  return { score: (2 * total) / (n + m), pairs };
}

function clauseViews(notice: ParsedNotice): ClauseView[] {
  return notice.clauses.map((c) => ({
    level: c.level,
    number: c.number,
    heading: c.heading,
    units: c.units.map((u) => u.name),
  }));
}

function scoreField(field: ScoredField, truth: WebTruth, notice: ParsedNotice): FieldScore {
  switch (field) {
    case 'issuer': {
      const actual = notice.issuers.length > 0 ? notice.issuers.join('、') : null;
      const expected = truth.issuer ?? null;
      return { field, expected, actual, score: normalizeText(expected) === normalizeText(actual) ? 1 : 0 };
    }
    case 'issuers':
      return {
        field,
        expected: truth.issuers ?? [],
        actual: notice.issuers,
        score: listF1(truth.issuers ?? [], notice.issuers),
      };
    case 'docNumber':
      return {
        field,
        expected: truth.docNumber?.text ?? null,
        actual: notice.docNumber ? `${notice.docNumber.text} [${notice.docNumber.agencyCode}]` : null,
        score: docNumberScore(truth.docNumber ?? null, notice.docNumber),
      };
    case 'title':
    case 'signedDate': {
      const expected = truth[field] ?? null;
      const actual = notice[field];
      return { field, expected, actual, score: normalizeText(expected) === normalizeText(actual) ? 1 : 0 };
    }
    case 'recipients':
    case 'cc':
    case 'attachments': {
      const expected = truth[field] ?? [];
      return { field, expected, actual: notice[field], score: listF1(expected, notice[field]) };
    }
    case 'citations': {
      const actual = notice.citations.map((c) => c.docNumber);
      return { field, expected: truth.citations ?? [], actual, score: listF1(truth.citations ?? [], actual) };
    }
    case 'clauses': {
      const expected = truth.clauses ?? [];
      const actual = clauseViews(notice);
      const { score } = clausesScore(expected, actual, truth.lastClauseCut === true);
      const show = (c: ClauseView | TruthClause) =>
        `L${c.level} ${c.number} ${normalizeText(c.heading).slice(0, 40)}${c.units.length ? ` [${c.units.join('、')}]` : ''}`;
      return { field, expected: expected.map(show), actual: actual.map(show), score };
    }
  }
}

export function scoreDocument(name: string, truth: WebTruth, notice: ParsedNotice): DocumentScore {
  const fields = SCORED_FIELDS.filter((f) => truth.visible.includes(f)).map((f) => scoreField(f, truth, notice));
  const score = fields.length ? fields.reduce((a, f) => a + f.score, 0) / fields.length : 1;
  return { name, fields, score };
}

export interface CorpusScore {
  documents: DocumentScore[];
  /** Per field: mean over the documents where it is visible, and how many those are. */
  fields: Record<ScoredField, { mean: number; count: number }>;
  /** Mean over every scored (document, field) pair. */
  overall: number;
}

export function scoreCorpus(documents: DocumentScore[]): CorpusScore {
  const fields = {} as CorpusScore['fields'];
  let sum = 0;
  let count = 0;
  for (const field of SCORED_FIELDS) {
    const scores = documents.flatMap((d) => d.fields.filter((f) => f.field === field).map((f) => f.score));
    fields[field] = {
      mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 1,
      count: scores.length,
    };
    sum += scores.reduce((a, b) => a + b, 0);
    count += scores.length;
  }
  return { documents, fields, overall: count ? sum / count : 1 };
}

export function formatFieldTable(score: CorpusScore): string {
  const rows = SCORED_FIELDS.map((f) => `${f.padEnd(12)} ${score.fields[f].mean.toFixed(3)}  (${score.fields[f].count} docs)`);
  return [...rows, `${'overall'.padEnd(12)} ${score.overall.toFixed(3)}`].join('\n');
}
