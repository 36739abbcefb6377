/**
 * Coverage (对照落实) between two notices — a local notice and its upstream, or two siblings carrying
 * out the same notice. Clauses are aligned by the similarity of their wording (character bigrams),
 * never by equal numbers: the local notice renumbers, merges, splits and rewords.
 */
import type { Clause } from '../domain/notice';
import { splitUnitsNote } from './clauseText';
import { cosine, ngramVectors, similarityText, type NgramVector } from './ngramSimilarity';

/** The clause fields coverage needs; a parsed notice's clauses and a draft's rendered clauses both have them. */
export type CoverageInputClause = Pick<Clause, 'level' | 'number' | 'path' | 'heading' | 'text'>;

/** One task-level clause: its id as the report names it and its text with sub-clauses folded in. */
export interface CoverageClause {
  /** Level-2 number ("十三"), or a path ("二/三") when level-2 numbers restart per section. */
  id: string;
  heading: string;
  /** Index into the notice's clauses. */
  index: number;
  text: string;
}

export interface CoverageMatch {
  local: string;
  /** Upstream clauses this local clause carries out, best first. */
  upstream: string[];
  /** Similarity of the best pair, 0 … 1, two decimals. */
  score: number;
  /** Similarity of each upstream entry, same order. */
  scores: number[];
}

export interface CoverageReport {
  matches: CoverageMatch[];
  /** Upstream clauses no local clause carries out. */
  uncoveredUpstream: string[];
  /** Local clauses with no upstream counterpart. */
  newLocal: string[];
}

/** Below this a pair is taken for two different tasks (unrelated clauses of one topic score ≈ 0.05–0.15). */
export const MATCH_THRESHOLD = 0.2;

/**
 * Two sentences this alike carry one task, wherever they stand: a local clause that took one sentence
 * of another upstream clause (a merge the clause scores alone do not show) is linked to it too.
 */
export const SENTENCE_THRESHOLD = 0.4;

/** A whole local clause this alike one sentence of an upstream clause carries that sentence's task. */
export const PART_THRESHOLD = 0.2;

/** The least likeness of each piece when several local clauses split one upstream clause. */
export const SPLIT_THRESHOLD = 0.05;

/** Sentences short of this many characters (套话: 久久为功，持续发力) are too common to tie two clauses. */
const SENTENCE_MIN_LENGTH = 14;

/**
 * The clauses coverage compares: level 2 where the notice has level 2 (its tasks), else level 1;
 * each with the text of its deeper sub-clauses, without the responsible-unit note.
 */
export function coverageClauses(clauses: readonly CoverageInputClause[]): CoverageClause[] {
  const taskLevel = clauses.some((c) => c.level === 2) ? 2 : 1;
  const picked: CoverageClause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (clause.level !== taskLevel) continue;
    const parts = [splitUnitsNote(clause.text).body];
    for (let j = i + 1; j < clauses.length && clauses[j].level > taskLevel; j++) parts.push(splitUnitsNote(clauses[j].text).body);
    picked.push({ id: clause.number, heading: clause.heading, index: i, text: parts.join('\n') });
  }
  const numbersRepeat = new Set(picked.map((c) => c.id)).size < picked.length;
  if (numbersRepeat) for (const c of picked) c.id = clauses[c.index].path || c.id;
  const seen = new Map<string, number>();
  for (const c of picked) {
    const n = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, n);
    if (n > 1) c.id = `${c.id}#${n}`;
  }
  return picked;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Aligns the clauses of `local` with those of `upstream` and reports what is covered, missing and new. */
export function compareClauses(local: readonly CoverageInputClause[], upstream: readonly CoverageInputClause[]): CoverageReport {
  const localClauses = coverageClauses(local);
  const upstreamClauses = coverageClauses(upstream);
  const vectors = ngramVectors([...localClauses, ...upstreamClauses].map((c) => `${c.heading}\n${c.text}`));
  const localVectors = vectors.slice(0, localClauses.length);
  const upstreamVectors = vectors.slice(localClauses.length);
  const score = localVectors.map((lv) => upstreamVectors.map((uv) => cosine(lv, uv)));

  // 1. One-to-one pairs, strongest first.
  const pairs: Array<{ i: number; j: number; s: number }> = [];
  score.forEach((row, i) => row.forEach((s, j) => s >= MATCH_THRESHOLD && pairs.push({ i, j, s })));
  pairs.sort((a, b) => b.s - a.s);
  const upstreamOf = new Map<number, number[]>();
  const upstreamTaken = new Set<number>();
  for (const { i, j } of pairs) {
    if (upstreamOf.has(i) || upstreamTaken.has(j)) continue;
    upstreamOf.set(i, [j]);
    upstreamTaken.add(j);
  }
  // 2. A local clause that merges several upstream ones takes the rest of them.
  upstreamClauses.forEach((_, j) => {
    if (upstreamTaken.has(j)) return;
    const best = argmax(localClauses.map((__, i) => score[i][j]));
    if (best < 0 || score[best][j] < MATCH_THRESHOLD) return;
    upstreamOf.set(best, [...(upstreamOf.get(best) ?? []), j]);
    upstreamTaken.add(j);
  });
  // 3. Local clauses that split one upstream clause each point at it.
  localClauses.forEach((_, i) => {
    if (upstreamOf.has(i)) return;
    const best = argmax(score[i]);
    if (best >= 0 && score[i][best] >= MATCH_THRESHOLD) upstreamOf.set(i, [best]);
  });
  // 4. A local clause still alone may carry one part of a long upstream clause (防汛抗旱 of 补强自然灾害防范短板).
  const parts = partLinks(localVectors, upstreamVectors);
  localClauses.forEach((_, i) => {
    if (upstreamOf.has(i) || parts[i] === null) return;
    upstreamOf.set(i, [parts[i]]);
    upstreamTaken.add(parts[i]);
  });
  // 5. Several clauses still alone that are each nearest one upstream clause split it between them.
  const splits = new Map<number, number[]>();
  localClauses.forEach((_, i) => {
    if (upstreamOf.has(i)) return;
    const best = argmax(score[i]);
    if (best >= 0 && score[i][best] >= SPLIT_THRESHOLD) splits.set(best, [...(splits.get(best) ?? []), i]);
  });
  for (const [j, pieces] of splits) {
    if (pieces.length < 2) continue;
    for (const i of pieces) upstreamOf.set(i, [j]);
    upstreamTaken.add(j);
  }
  // 6. A sentence carried over nearly as written ties its two clauses, whatever else each says.
  for (const [i, j] of sentenceLinks(localClauses, upstreamClauses)) {
    const list = upstreamOf.get(i) ?? [];
    if (!list.includes(j)) upstreamOf.set(i, [...list, j]);
    upstreamTaken.add(j);
  }

  const matches: CoverageMatch[] = [];
  localClauses.forEach((clause, i) => {
    const js = upstreamOf.get(i);
    if (!js) return;
    const ordered = [...js].sort((a, b) => score[i][b] - score[i][a]);
    matches.push({
      local: clause.id,
      upstream: ordered.map((j) => upstreamClauses[j].id),
      score: round2(score[i][ordered[0]]),
      scores: ordered.map((j) => round2(score[i][j])),
    });
  });
  return {
    matches,
    uncoveredUpstream: upstreamClauses.filter((_, j) => !upstreamTaken.has(j)).map((c) => c.id),
    newLocal: localClauses.filter((_, i) => !upstreamOf.has(i)).map((c) => c.id),
  };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/[。；！？;!?\n]/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => similarityText(sentence).length >= SENTENCE_MIN_LENGTH);
}

/** Pairs (local clause, upstream clause) with a sentence each that are near copies of one another. */
function sentenceLinks(localClauses: CoverageClause[], upstreamClauses: CoverageClause[]): [number, number][] {
  const local = localClauses.flatMap((c, i) => sentencesOf(c.text).map((text) => ({ clause: i, text })));
  const upstream = upstreamClauses.flatMap((c, j) => sentencesOf(c.text).map((text) => ({ clause: j, text })));
  const vectors = ngramVectors([...local, ...upstream].map((s) => s.text));
  const links: [number, number][] = [];
  local.forEach((sentence, a) => {
    let best = -1;
    let bestScore = 0;
    upstream.forEach((_, b) => {
      const s = cosine(vectors[a], vectors[local.length + b]);
      if (s > bestScore) {
        bestScore = s;
        best = b;
      }
    });
    if (best >= 0 && bestScore >= SENTENCE_THRESHOLD) links.push([sentence.clause, upstream[best].clause]);
  });
  return links;
}

/**
 * For each local clause, the upstream clause that contains most of its wording (the share of its
 * weighted bigrams found there), when that share is large: a piece split off a long upstream clause
 * scores low by cosine, the long clause being mostly about other things, but is contained in it.
 */
function partLinks(localVectors: NgramVector[], upstreamVectors: NgramVector[]): (number | null)[] {
  return localVectors.map((lv) => {
    const shares = upstreamVectors.map((uv) => containment(lv, uv));
    const best = argmax(shares);
    return best >= 0 && shares[best] >= PART_THRESHOLD ? best : null;
  });
}

/** The share of a's (squared, normalized) weight on bigrams b also has, 0 … 1. */
function containment(a: NgramVector, b: NgramVector): number {
  let sum = 0;
  for (const [gram, weight] of a) if (b.has(gram)) sum += weight * weight;
  return sum;
}

function argmax(values: number[]): number {
  let best = -1;
  for (let k = 0; k < values.length; k++) if (best < 0 || values[k] > values[best]) best = k;
  return best;
}

/** One upstream task and the local clauses that carry it, each with the units that own it. */
export interface UpstreamCarrier {
  upstream: CoverageClause;
  carriers: { local: CoverageClause; owners: string[] }[];
}

/**
 * For each upstream task, which local clauses carry it and which local units own them (对照落实 and the
 * lineage picture): `ownersAt` gives the units of the local clause at an index.
 */
export function upstreamCarriers(
  local: readonly CoverageInputClause[],
  upstream: readonly CoverageInputClause[],
  ownersAt: (index: number) => string[],
): UpstreamCarrier[] {
  const report = compareClauses(local, upstream);
  const localById = new Map(coverageClauses(local).map((c) => [c.id, c]));
  return coverageClauses(upstream).map((clause) => ({
    upstream: clause,
    carriers: report.matches
      .filter((m) => m.upstream.includes(clause.id))
      .flatMap((m) => {
        const carrier = localById.get(m.local);
        return carrier ? [{ local: carrier, owners: ownersAt(carrier.index) }] : [];
      }),
  }));
}
