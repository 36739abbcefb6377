/**
 * The archive's speed: import of a synthetic archive of 10,000 notices built from the corpus (files in a
 * folder, through the same import the command line uses), search p50/p95 for 1-, 2-, 4- and 8-character
 * queries and a two-term query drawn from the texts, each next to a brute-force scan of the same stored
 * texts (SQL instr over every notice, what an archive without the index would do), and the database size
 * over the raw text size. GONGWEN_BENCH_NOTICES sets another archive size for a quick look.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../core/createCore';
import { foldForSearch } from '../../core/archive/search/searchText';
import type { BenchSection } from './benchSection';
import { seededRandom, syntheticNotices } from './syntheticNotices';

const QUERY_KINDS = ['1', '2', '4', '8', 'two-term'] as const;
type QueryKind = (typeof QUERY_KINDS)[number];
const SEARCHES_PER_KIND = 100;
const SCANS_PER_KIND = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
}

const round = (n: number) => Number(n.toFixed(2));

export const archiveBench: BenchSection = async ({ say, corpusDir, tmpDir }) => {
  const count = Number(process.env.GONGWEN_BENCH_NOTICES ?? 10_000);
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const folder = join(tmpDir, 'archive-notices');
  let rawBytes = 0;
  const sample: string[] = [];
  for (const notice of syntheticNotices(corpus, count, 2025)) {
    const sub = join(folder, notice.name.slice(0, 3));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, notice.name), notice.text);
    rawBytes += Buffer.byteLength(notice.text, 'utf8');
    if (sample.length < 500) sample.push(foldForSearch(notice.text));
  }
  say(`合成档案：${count} 份公文，原文 ${(rawBytes / 1048576).toFixed(1)} MB`);

  const dbPath = join(tmpDir, 'archive-bench.db');
  const core = createCore({ dbPath });
  try {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const summary = await core.archive.importPaths([folder], ({ index, total }) => {
      if (index % 2000 === 0) say(`  导入 ${index}/${total} …`);
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const perSecond = count / seconds;
    say(`导入：${summary.imported} 份新导入，${summary.possibleDuplicates} 份疑似重复，${summary.failed} 份失败，用时 ${seconds.toFixed(1)} s`);
    // Wall time depends on what else the machine runs: the CPU time (both threads of the import) tells more.
    say(`  每份 CPU 时间 ${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms（两个线程合计；本机负载 ${loadavg()[0].toFixed(1)}，${availableParallelism()} 核）`);
    say(`import_notices_per_s = ${perSecond.toFixed(0)}（目标 ≥ 200）`);

    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = statSync(dbPath).size;
    const ratio = dbBytes / rawBytes;
    say(`db_size_ratio = ${ratio.toFixed(2)}（数据库 ${(dbBytes / 1048576).toFixed(1)} MB / 原文 ${(rawBytes / 1048576).toFixed(1)} MB，目标 ≤ 4）`);

    const random = seededRandom(7);
    const draw = (length: number, text = sample[Math.floor(random() * sample.length)]) => {
      const start = Math.floor(random() * Math.max(1, text.length - length));
      return text.slice(start, start + length);
    };
    const queryOf = (kind: QueryKind) => {
      if (kind !== 'two-term') return draw(Number(kind));
      const text = sample[Math.floor(random() * sample.length)];
      return `${draw(2, text)} ${draw(2, text)}`;
    };
    const scan = core.db
      .prepare(`SELECT count(*) FROM notices n JOIN notice_texts t ON t.notice_id = n.id
        WHERE n.deleted_at IS NULL AND instr(t.original_text, ?) > 0 AND instr(t.original_text, ?) > 0`)
      .pluck();

    const searchP95: Record<string, number> = {};
    const scanP95: Record<string, number> = {};
    for (const kind of QUERY_KINDS) {
      const searchTimes: number[] = [];
      let hits = 0;
      for (let i = 0; i < SEARCHES_PER_KIND; i++) {
        const query = queryOf(kind);
        const t0 = performance.now();
        const result = core.search.query({ query, limit: 50 });
        searchTimes.push(performance.now() - t0);
        if (result.ok) hits += result.value.total;
      }
      const scanTimes: number[] = [];
      for (let i = 0; i < SCANS_PER_KIND; i++) {
        const [a, b = a] = queryOf(kind).split(' ');
        const t0 = performance.now();
        scan.get(a, b);
        scanTimes.push(performance.now() - t0);
      }
      searchP95[kind] = round(percentile(searchTimes, 0.95));
      scanP95[kind] = round(percentile(scanTimes, 0.95));
      say(
        `检索 ${kind.padEnd(8)}：p50 ${percentile(searchTimes, 0.5).toFixed(1)} ms，p95 ${searchP95[kind]} ms（平均命中 ${(hits / SEARCHES_PER_KIND).toFixed(0)} 份）` +
          ` | 全表扫描 p50 ${percentile(scanTimes, 0.5).toFixed(0)} ms，p95 ${scanP95[kind]} ms，快 ${(scanP95[kind] / searchP95[kind]).toFixed(0)} 倍`,
      );
    }
    return {
      import_notices_per_s: Math.round(perSecond),
      search_p95_ms: searchP95,
      scan_p95_ms: scanP95,
      db_size_ratio: round(ratio),
    };
  } finally {
    core.close();
  }
};
