/**
 * Text similarity by character bigrams: each text becomes a TF-IDF weighted bigram vector over the
 * collection it is compared within, so phrases every clause shares (安全生产, 责任) weigh little and
 * the distinctive ones (应急预案, 警示教育) decide. Punctuation and width do not matter.
 */
import { foldWidth } from '../domain/textNormalize';

export type NgramVector = Map<string, number>;

/** Only letters, digits and CJK characters count; width folded. */
export function similarityText(text: string): string {
  return foldWidth(text).replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

function countGrams(text: string, n: number): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(text);
  if (chars.length > 0 && chars.length < n) counts.set(chars.join(''), 1);
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Weighted, length-normalized vectors for every text of one collection. */
export function ngramVectors(texts: string[], n = 2): NgramVector[] {
  const counts = texts.map((t) => countGrams(similarityText(t), n));
  const documentFrequency = new Map<string, number>();
  for (const c of counts) for (const gram of c.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const total = counts.length;
  return counts.map((c) => {
    const vector: NgramVector = new Map();
    let squares = 0;
    for (const [gram, count] of c) {
      const weight = (1 + Math.log(count)) * Math.log(1 + total / documentFrequency.get(gram)!);
      vector.set(gram, weight);
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const [gram, weight] of vector) vector.set(gram, weight / norm);
    return vector;
  });
}

/** Cosine of two normalized vectors, 0 … 1. */
export function cosine(a: NgramVector, b: NgramVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [gram, weight] of small) {
    const other = large.get(gram);
    if (other !== undefined) sum += weight * other;
  }
  return Math.min(1, sum);
}
