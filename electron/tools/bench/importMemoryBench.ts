/**
 * Import memory: folders of GONGWEN_BENCH_BIG_FILES files (30 by default) of 19.9 MB each, imported through
 * the command line's in-process client while the resident memory of the process and of its reader process
 * is sampled (target: at most 1 GB for the batch). Two kinds: .txt files of 19.9 MB of text (a corpus
 * notice followed by pages of clauses — the heaviest file to parse), and .docx files of a notice with a
 * scanned attachment stored in the package, as big files reach a clerk. The import reads ahead and commits
 * within byte budgets, so the peak stays far below the folder's size.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import type { ImportSummary } from '../../../shared/api/localContract';
import { createLocalApi } from '../../core/api/localApi';
import { createCore } from '../../core/createCore';
import type { BenchSection } from './benchSection';

const FILE_BYTES = 19.9 * 1024 * 1024;
const MB = 1024 * 1024;

const numbered = (text: string, n: number) => text.replace(/〔(\d{4})〕(\d+)号/, `〔$1〕${1000 + n}号`);

/** A notice grown to FILE_BYTES of UTF-8 text with numbered clauses after its body. */
function bigText(text: string, n: number): Buffer {
  const lines = [numbered(text, n)];
  let bytes = Buffer.byteLength(lines[0]);
  for (let clause = 1; bytes < FILE_BYTES - 200; clause++) {
    const line = `\n${clause}.各乡镇要落实防汛行政首长负责制，细化应急预案，排查河道行洪障碍，检查水库安全度汛措施（第${clause}项）。`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  return Buffer.from(lines.join(''));
}

async function bigDocx(text: string, n: number): Promise<Buffer> {
  const paragraphs = numbered(text, n)
    .split('\n')
    .filter((line) => line.trim());
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((line) => new Paragraph(line)) }] }));
  const zip = await JSZip.loadAsync(docx);
  // A scan does not compress: random bytes, stored.
  zip.file('word/media/scan.bin', randomBytes(Math.round(FILE_BYTES - docx.length - 2048)), { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

interface ResidentSample {
  /** Resident memory of this process and its children (the reader), in bytes. */
  now: number;
  peak: number;
}

/**
 * Samples the resident memory of this process and its children every 50 ms from /proc, on a thread of its
 * own: the main thread is busy for seconds at a time while it receives and writes a large file, and a timer
 * there would miss the highest moments.
 */
function residentSampler() {
  const worker = new Worker(
    `const { readdirSync, readFileSync } = require('node:fs');
    const { parentPort, workerData: pid } = require('node:worker_threads');
    let peak = 0;
    setInterval(() => {
      let now = 0;
      for (const entry of readdirSync('/proc')) {
        if (!/^\\d+$/.test(entry)) continue;
        try {
          const status = readFileSync('/proc/' + entry + '/status', 'utf8');
          if (Number(entry) !== pid && Number(/^PPid:\\s+(\\d+)/m.exec(status)?.[1]) !== pid) continue;
          now += Number(/^VmRSS:\\s+(\\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
        } catch {
          // The process ended while being read.
        }
      }
      peak = Math.max(peak, now);
      parentPort.postMessage({ now, peak });
    }, 50);`,
    { eval: true, workerData: process.pid },
  );
  let latest: ResidentSample = { now: 0, peak: 0 };
  const next = () => new Promise<ResidentSample>((resolve) => worker.once('message', resolve));
  worker.on('message', (sample: ResidentSample) => (latest = sample));
  let stopped: Promise<ResidentSample> | null = null;
  return {
    next,
    latest: () => latest,
    /** The last sample (with the peak); the thread ends. */
    stop: () => (stopped ??= next().then(async (last) => (await worker.terminate(), last))),
  };
}

async function measure(
  kind: 'txt' | 'docx',
  files: (n: number) => Promise<Buffer> | Buffer,
  { say, tmpDir }: { say: (line: string) => void; tmpDir: string },
  count: number,
) {
  const folder = join(tmpDir, `big-${kind}`);
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(join(folder, `big-${String(n).padStart(2, '0')}.${kind}`), await files(n));
  say(`大文件：${count} 份 .${kind}，每份 ${(FILE_BYTES / MB).toFixed(1)} MB`);

  const core = createCore({ dbPath: join(tmpDir, `import-memory-${kind}.db`) });
  const sampler = residentSampler();
  const before = (await sampler.next()).now;
  try {
    const api = createLocalApi(core, {
      log: say,
      onImportProgress: ({ index, total, outcome }) =>
        outcome && say(`  ${index}/${total} ${outcome.status}，内存 ${(sampler.latest().now / MB).toFixed(0)} MB`),
    });
    const started = performance.now();
    const result = await api('archive.importPaths', { paths: [folder] });
    const seconds = (performance.now() - started) / 1000;
    const { peak } = await sampler.stop();
    if (!result.ok) throw new Error(result.error);
    const summary = result.value as ImportSummary;
    say(
      `.${kind}：${count} 份 ${(FILE_BYTES / MB).toFixed(1)} MB 的文件，导入 ${summary.imported} 份（失败 ${summary.failed}），用时 ${seconds.toFixed(1)} 秒，内存峰值 ${(peak / MB).toFixed(0)} MB（本进程与读取进程合计；开始时 ${(before / MB).toFixed(0)} MB）`,
    );
    return {
      [`import_big_${kind}_files`]: count,
      [`import_big_${kind}_imported`]: summary.imported,
      [`import_big_${kind}_seconds`]: Number(seconds.toFixed(1)),
      [`import_${kind}_peak_rss_mb`]: Math.round(peak / MB),
    };
  } finally {
    await sampler.stop();
    core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export const importMemoryBench: BenchSection = async ({ say, corpusDir, tmpDir }) => {
  const count = Number(process.env.GONGWEN_BENCH_BIG_FILES ?? 30);
  const base = readFileSync(join(corpusDir, readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
  return {
    ...(await measure('txt', (n) => bigText(base, n), { say, tmpDir }, count)),
    ...(await measure('docx', (n) => bigDocx(base, n), { say, tmpDir }, count)),
  };
};
