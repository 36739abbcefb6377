/**
 * A separate process for the cross-process numbering test of 收文登记: opens the archive, says "ready",
 * waits for "go" on stdin (so every worker starts together), imports `count` distinct pasted notices with
 * short random pauses — as two clerks' machines would — and prints the 收文编号 it was given as JSON.
 * Usage: node --import tsx registerWorker.ts DB_PATH COUNT
 */
import { createCore } from '../../../electron/core/createCore';
import { noticeText } from './noticeText';

const [dbPath, count] = process.argv.slice(2);
const core = createCore({ dbPath });
const pause = new Int32Array(new SharedArrayBuffer(4));

async function run(): Promise<void> {
  const numbers: (string | null)[] = [];
  for (let i = 0; i < Number(count); i++) {
    Atomics.wait(pause, 0, 0, Math.random() * 3);
    const text = noticeText({
      issuer: '大宁县人民政府',
      docNumber: `大政发〔2025〕${process.pid % 1000}${i}号`,
      title: `大宁县人民政府关于并发登记第${process.pid}-${i}项工作的通知`,
      clauses: [`一、做好第${i}项工作。（县应急局负责）`],
      date: '2025年5月6日',
    });
    const outcome = await core.archive.importText({ text });
    if (outcome.status !== 'imported') throw new Error(outcome.message ?? outcome.status);
    const registration = await core.registration.get(outcome.noticeId!);
    numbers.push(registration.ok ? registration.value.registrationNumber : null);
  }
  core.close();
  process.stdout.write(`${JSON.stringify(numbers)}\n`);
  process.exit(0);
}

process.stdin.once('data', () => void run());
process.stdout.write('ready\n');
