/**
 * Import memory: a folder of GONGWEN_BENCH_BIG_FILES files (30 by default) of 19.9 MB each — a corpus
 * notice grown with numbered clauses of its own — imported through the command line's in-process client,
 * the process's resident memory (main thread, worker and SQLite together) sampled all along. The import
 * reads ahead and commits within byte budgets, so the peak stays far below the folder's size.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportSummary } from '../../../shared/api/localContract';
import { createLocalApi } from '../../core/api/localApi';
import { createCore } from '../../core/createCore';
import type { BenchSection } from './benchSection';

const FILE_BYTES = 19.9 * 1024 * 1024;
const MB = 1024 * 1024;

/** A notice of about FILE_BYTES: the corpus notice, then clauses numbered on from it until the size is reached. */
function bigNotice(base: string, n: number): string {
  const parts = [base.replace(/〔(\d{4})〕(\d+)号/, `〔$1〕${1000 + n}号`)];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 1; size < FILE_BYTES - 4096; i++) {
    const clause = `\n（${i}）第${n}份文件的第${i}项任务：各乡镇、县直各部门要按照职责分工抓好落实，于${(i % 12) + 1}月底前报送进展情况。（县应急管理局牵头，县财政局配合）`;
    parts.push(clause);
    size += Buffer.byteLength(clause);
  }
  return parts.join('');
}

export const importMemoryBench: BenchSection = async ({ say, corpusDir, tmpDir }) => {
  const count = Number(process.env.GONGWEN_BENCH_BIG_FILES ?? 30);
  const base = readFileSync(join(corpusDir, readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
  const folder = join(tmpDir, 'big-files');
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(join(folder, `big-${String(n).padStart(2, '0')}.txt`), bigNotice(base, n));
  say(`大文件：${count} 份，每份 ${(FILE_BYTES / MB).toFixed(1)} MB`);

  const core = createCore({ dbPath: join(tmpDir, 'import-memory.db') });
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const api = createLocalApi(core, {
      log: say,
      onImportProgress: ({ index, total, outcome }) => outcome && say(`  ${index}/${total} ${outcome.status} 内存 ${(process.memoryUsage().rss / MB).toFixed(0)} MB`),
    });
    const started = performance.now();
    const result = await api('archive.importPaths', { paths: [folder] });
    const seconds = (performance.now() - started) / 1000;
    if (!result.ok) throw new Error(result.error);
    const summary = result.value as ImportSummary;
    peak = Math.max(peak, process.memoryUsage().rss);
    say(`导入 ${summary.imported} 份（失败 ${summary.failed}），用时 ${seconds.toFixed(1)} 秒，内存峰值 ${(peak / MB).toFixed(0)} MB（开始时 ${(rssBefore / MB).toFixed(0)} MB）`);
    return {
      import_big_files: count,
      import_big_imported: summary.imported,
      import_big_seconds: Number(seconds.toFixed(1)),
      import_peak_rss_mb: Math.round(peak / MB),
    };
  } finally {
    clearInterval(sampler);
    core.close();
  }
};
