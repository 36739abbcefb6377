/** Parser throughput: the corpus repeated to at least 20 MB, parsed and linted notice by notice. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import type { BenchSection } from './benchSection';

const TARGET_BYTES = 20 * 1024 * 1024;

export const parseBench: BenchSection = async ({ say, corpusDir }) => {
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const sizes = texts.map((t) => Buffer.byteLength(t, 'utf8'));
  for (const text of texts) analyzeNotice(text); // warm-up
  let bytes = 0;
  let notices = 0;
  let clauses = 0;
  const started = performance.now();
  while (bytes < TARGET_BYTES) {
    const i = notices % texts.length;
    clauses += analyzeNotice(texts[i]).clauses.length;
    bytes += sizes[i];
    notices++;
  }
  const seconds = (performance.now() - started) / 1000;
  const mbPerS = bytes / 1024 / 1024 / seconds;
  say(`解析+校对：${notices} 份公文，${(bytes / 1024 / 1024).toFixed(1)} MB，${clauses} 个条款，用时 ${seconds.toFixed(2)} s`);
  say(`parse_mb_per_s = ${mbPerS.toFixed(1)}（目标 ≥ 10）`);
  return { parse_mb_per_s: Number(mbPerS.toFixed(2)) };
};
