/**
 * `npm run bench [-- --json] [-- --only NAME[,NAME…]]`: speed figures of every part, measured on this machine.
 * With --json the last line of stdout is one JSON object holding every section's keys.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDir } from './corpusDir';
import type { BenchSection } from './bench/benchSection';

const SECTIONS: Record<string, () => Promise<BenchSection>> = {
  parse: async () => (await import('./bench/parseBench')).parseBench,
  archive: async () => (await import('./bench/archiveBench')).archiveBench,
  ledger: async () => (await import('./bench/ledgerBench')).ledgerBench,
  ui: async () => (await import('./bench/uiBench')).uiBench,
  docx: async () => (await import('./bench/docxBench')).docxBench,
  responsiveness: async () => (await import('./bench/responsivenessBench')).responsivenessBench,
  export: async () => (await import('./bench/exportBench')).exportBench,
  importMemory: async () => (await import('./bench/importMemoryBench')).importMemoryBench,
  ocr: async () => (await import('./bench/ocrBench')).ocrBench,
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, only: { type: 'string' } } });
  const json = Boolean(values.json);
  const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  const tmpDir = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
  const result: Record<string, unknown> = {};
  try {
    for (const [name, load] of Object.entries(SECTIONS)) {
      if (values.only && !values.only.split(',').includes(name)) continue;
      say(`== ${name}`);
      Object.assign(result, await (await load())({ say, corpusDir: corpusDir(), tmpDir }));
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`基准测试失败：${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
