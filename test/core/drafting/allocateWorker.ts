/**
 * A separate process for the concurrency test of the 发文 register: opens the archive, says "ready",
 * waits for "go" on stdin (so every worker starts together), draws `count` numbers with short random
 * pauses between them — as clerks clicking in several windows would — and prints their serials as JSON.
 * Usage: node --import tsx allocateWorker.ts DB_PATH COUNT
 */
import { createCore } from '../../../electron/core/createCore';

const [dbPath, count] = process.argv.slice(2);
const core = createCore({ dbPath });
const pause = new Int32Array(new SharedArrayBuffer(4));

async function drawAll(): Promise<void> {
  const serials: number[] = [];
  for (let i = 0; i < Number(count); i++) {
    Atomics.wait(pause, 0, 0, Math.random() * 3);
    const result = await core.issuance.allocate({
      agencyCode: '大政发',
      year: 2025,
      issuer: '大宁县人民政府',
      draftId: null,
      title: `并发测试${process.pid}-${i}`,
    });
    if (!result.ok) throw new Error(result.error);
    serials.push(result.value.serial);
  }
  core.close();
  process.stdout.write(`${JSON.stringify(serials)}\n`);
  process.exit(0);
}

process.stdin.once('data', () => {
  drawAll().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
});
process.stdout.write('ready\n');
