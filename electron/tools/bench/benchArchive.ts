/**
 * The synthetic archive the archive and UI sections measure: GONGWEN_BENCH_NOTICES notices (100,000 by
 * default) written as files into folders and imported through the command line's in-process client, the
 * way `npm run cli -- import` does. Built once per run: the UI section reuses the archive section's file.
 * Building 100,000 takes many minutes, so GONGWEN_BENCH_ARCHIVE=FILE keeps the archive across runs: built
 * there the first time (its import figures saved beside it as FILE.json), opened as it is afterwards.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportSummary } from '../../../shared/api/localContract';
import { createLocalApi } from '../../core/api/localApi';
import { createCore } from '../../core/createCore';
import { foldForSearch } from '../../core/archive/search/searchText';
import type { BenchContext } from './benchSection';
import { syntheticNotices } from './syntheticNotices';

export const DEFAULT_NOTICES = 100_000;
const SAMPLE_SIZE = 500;

export interface BenchArchive {
  dbPath: string;
  count: number;
  /** UTF-8 bytes of the notices' texts. */
  rawBytes: number;
  /** Folded texts of the first notices, to draw queries from. */
  sample: string[];
  summary: ImportSummary;
  importSeconds: number;
  /** CPU time of the import, in microseconds: this process (all its threads) and the reader processes it ran. */
  importCpuMicros: number;
  /** The reader processes' part of it; null where it cannot be read (no /proc: not counted in importCpuMicros). */
  readerCpuMicros: number | null;
  /** Opened from GONGWEN_BENCH_ARCHIVE: the import figures are those saved when it was built. */
  reused: boolean;
}

/** What a kept archive's side file records of its build. */
type SavedBuild = Pick<BenchArchive, 'count' | 'rawBytes' | 'summary' | 'importSeconds' | 'importCpuMicros' | 'readerCpuMicros'>;

const built = new Map<string, Promise<BenchArchive>>();

export function noticeCount(): number {
  return Number(process.env.GONGWEN_BENCH_NOTICES ?? DEFAULT_NOTICES);
}

export function benchArchive(ctx: BenchContext): Promise<BenchArchive> {
  let archive = built.get(ctx.tmpDir);
  if (!archive) {
    archive = buildArchive(ctx);
    built.set(ctx.tmpDir, archive);
  }
  return archive;
}

function corpusTexts(corpusDir: string): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
}

/** The first notices' folded texts, drawn again from the same seed as the kept archive's. */
function sampleOf(corpusDir: string, count: number): string[] {
  return [...syntheticNotices(corpusTexts(corpusDir), Math.min(count, SAMPLE_SIZE), 2025)].map((n) => foldForSearch(n.text));
}

async function buildArchive(ctx: BenchContext): Promise<BenchArchive> {
  const kept = process.env.GONGWEN_BENCH_ARCHIVE;
  if (!kept) return importArchive(ctx);
  const { say, corpusDir, tmpDir } = ctx;
  if (existsSync(kept) && existsSync(`${kept}.json`)) {
    const saved = JSON.parse(readFileSync(`${kept}.json`, 'utf8')) as SavedBuild;
    // A copy: the run's migrations and writes never change the kept file.
    const dbPath = join(tmpDir, 'archive-bench.db');
    copyFileSync(kept, dbPath);
    say(`沿用已建的档案 ${kept}：${saved.count} 份公文（导入数字为建档时所测）`);
    // Opened once before measuring: an archive kept by an older version is upgraded (and its size is today's).
    const started = performance.now();
    createCore({ dbPath }).close();
    say(`  打开并升级用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Files kept by an older version counted this process alone.
    return { ...saved, readerCpuMicros: saved.readerCpuMicros ?? null, dbPath, sample: sampleOf(corpusDir, saved.count), reused: true };
  }
  const archive = await importArchive(ctx);
  copyFileSync(archive.dbPath, kept);
  const { count, rawBytes, summary, importSeconds, importCpuMicros, readerCpuMicros } = archive;
  const saved: SavedBuild = { count, rawBytes, summary: { ...summary, outcomes: [] }, importSeconds, importCpuMicros, readerCpuMicros };
  writeFileSync(`${kept}.json`, JSON.stringify(saved));
  return archive;
}

/**
 * CPU time of this process's ended children (the import's readers, ended and waited for when the import
 * returns), in microseconds, from /proc (Linux); null elsewhere. Node has no portable way to read it.
 */
function endedChildrenCpuMicros(): number | null {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (USER_HZ, 100).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10_000;
  } catch {
    return null;
  }
}

async function importArchive({ say, corpusDir, tmpDir }: BenchContext): Promise<BenchArchive> {
  const count = noticeCount();
  const folder = join(tmpDir, 'archive-notices');
  let rawBytes = 0;
  const sample: string[] = [];
  for (const notice of syntheticNotices(corpusTexts(corpusDir), count, 2025)) {
    // A thousand files a folder, as a clerk's yearly folders would hold them.
    const sub = join(folder, notice.name.slice(0, 3));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, notice.name), notice.text);
    rawBytes += Buffer.byteLength(notice.text, 'utf8');
    if (sample.length < SAMPLE_SIZE) sample.push(foldForSearch(notice.text));
  }
  say(`合成档案：${count} 份公文，原文 ${(rawBytes / 1048576).toFixed(1)} MB`);

  const dbPath = join(tmpDir, 'archive-bench.db');
  const core = createCore({ dbPath });
  try {
    const step = Math.max(1000, Math.round(count / 10));
    const api = createLocalApi(core, {
      log: say,
      onImportProgress: ({ index, total, outcome }) => {
        if (outcome && index % step === 0) say(`  导入 ${index}/${total} …`);
      },
    });
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const readersStarted = endedChildrenCpuMicros();
    const result = await api('archive.importPaths', { paths: [folder] });
    const importSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const readersEnded = endedChildrenCpuMicros();
    const readerCpuMicros = readersStarted === null || readersEnded === null ? null : readersEnded - readersStarted;
    if (!result.ok) throw new Error(result.error);
    return {
      dbPath,
      count,
      rawBytes,
      sample,
      summary: result.value as ImportSummary,
      importSeconds,
      importCpuMicros: cpu.user + cpu.system + (readerCpuMicros ?? 0),
      readerCpuMicros,
      reused: false,
    };
  } finally {
    // Closing the last connection checkpoints the WAL into the file, so its size is the archive's.
    core.close();
  }
}
