/**
 * Import memory: a folder of GONGWEN_BENCH_BIG_FILES .docx files (30 by default) of 19.9 MB each — a
 * corpus notice with a scanned attachment stored in the package, as big files reach a clerk — imported
 * through the command line's in-process client, while the resident memory of the process and of its
 * reader process is sampled. The import reads ahead and commits within byte budgets, so the peak stays
 * far below the folder's size.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import type { ImportSummary } from '../../../shared/api/localContract';
import { createLocalApi } from '../../core/api/localApi';
import { createCore } from '../../core/createCore';
import type { BenchSection } from './benchSection';

const FILE_BYTES = 19.9 * 1024 * 1024;
const MB = 1024 * 1024;

async function bigDocx(text: string, n: number): Promise<Buffer> {
  const paragraphs = text
    .replace(/〔(\d{4})〕(\d+)号/, `〔$1〕${1000 + n}号`)
    .split('\n')
    .filter((line) => line.trim());
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((line) => new Paragraph(line)) }] }));
  const zip = await JSZip.loadAsync(docx);
  // A scan does not compress: random bytes, stored.
  zip.file('word/media/scan.bin', randomBytes(Math.round(FILE_BYTES - docx.length - 2048)), { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Resident memory of this process and its children (the reader), in bytes, from /proc. */
function residentBytes(): number {
  let total = process.memoryUsage().rss;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

export const importMemoryBench: BenchSection = async ({ say, corpusDir, tmpDir }) => {
  const count = Number(process.env.GONGWEN_BENCH_BIG_FILES ?? 30);
  const base = readFileSync(join(corpusDir, readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
  const folder = join(tmpDir, 'big-files');
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(join(folder, `big-${String(n).padStart(2, '0')}.docx`), await bigDocx(base, n));
  say(`大文件：${count} 份 .docx，每份 ${(FILE_BYTES / MB).toFixed(1)} MB`);

  const core = createCore({ dbPath: join(tmpDir, 'import-memory.db') });
  const before = residentBytes();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes())), 100);
  try {
    const api = createLocalApi(core, {
      log: say,
      onImportProgress: ({ index, total, outcome }) =>
        outcome && say(`  ${index}/${total} ${outcome.status}，内存 ${(residentBytes() / MB).toFixed(0)} MB`),
    });
    const started = performance.now();
    const result = await api('archive.importPaths', { paths: [folder] });
    const seconds = (performance.now() - started) / 1000;
    if (!result.ok) throw new Error(result.error);
    const summary = result.value as ImportSummary;
    say(
      `导入 ${summary.imported} 份（失败 ${summary.failed}），用时 ${seconds.toFixed(1)} 秒，内存峰值 ${(peak / MB).toFixed(0)} MB（开始时 ${(before / MB).toFixed(0)} MB）`,
    );
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
