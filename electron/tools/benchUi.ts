/** `npm run bench:ui [-- --json]`: only the UI section of the benchmark (see bench/uiBench.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { uiBench } from './bench/uiBench';
import { corpusDir } from './corpusDir';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
  const say = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
  const tmpDir = mkdtempSync(join(tmpdir(), 'gongwen-bench-ui-'));
  try {
    const result = await uiBench({ say, corpusDir: corpusDir(), tmpDir });
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(
    `界面基准测试失败：${error instanceof Error ? (process.env.GONGWEN_DEBUG ? error.stack : error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
