import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusText } from '../../corpus';
import { openCore, type CoreFixture } from './coreFixture';

let fixture: CoreFixture;
beforeEach(() => {
  fixture = openCore();
});
afterEach(() => fixture.close());

const draw = (agencyCode = '大政发', year = 2025, draftId: number | null = null) => {
  const result = fixture.core.issuance.allocate({ agencyCode, year, issuer: '大宁县人民政府', draftId, title: null });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('发文登记: drawing 文号s', () => {
  it('hands out 1, 2, 3 … per 机关代字 and year, in the GB/T 9704 form', () => {
    expect([draw(), draw(), draw()].map((n) => n.docNumber)).toEqual(['大政发〔2025〕1号', '大政发〔2025〕2号', '大政发〔2025〕3号']);
    expect(draw('大政办发').docNumber).toBe('大政办发〔2025〕1号');
    expect(draw('大政发', 2026).docNumber).toBe('大政发〔2026〕1号');
  });

  it('keeps every number in the register with its state', () => {
    draw();
    draw();
    const numbers = fixture.core.issuance.list(2025);
    expect(numbers.map((n) => [n.serial, n.state])).toEqual([[2, 'reserved'], [1, 'reserved']]);
  });

  it('marks a number 作废 with the reason, and never hands it out again', () => {
    draw();
    const voided = fixture.core.issuance.void('大政发[2025]1号', '印制有误');
    expect(voided.ok && [voided.value.state, voided.value.reason]).toEqual(['void', '印制有误']);
    expect(draw().serial).toBe(2);
  });

  it('does not hand out again the 文号 of an own notice waiting in the recycle bin', () => {
    const filed = fixture.core.archive.importText({ text: corpusText('daning-county-2025') });
    expect(filed.docNumber).toBe('大政发〔2025〕1号');
    const deleted = fixture.core.archive.delete(filed.noticeId!);
    expect(deleted.ok).toBe(true);
    expect(draw().docNumber).toBe('大政发〔2025〕2号');
  });

  it('answers a 文号 not in the register with a Chinese sentence', () => {
    expect(fixture.core.issuance.void('大政发〔2025〕9号', '无')).toEqual({ ok: false, error: expect.stringContaining('没有文号') });
  });
});

describe('发文登记 when several processes draw at once', () => {
  it('never hands out a number twice and leaves no gap', async () => {
    const workers = 4;
    const each = 15;
    const script = resolve(import.meta.dirname, 'allocateWorker.ts');
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, ['--import', 'tsx', script, fixture.dbPath, String(each)], { cwd: resolve(import.meta.dirname, '../../..') }),
    );
    const outputs = children.map((child) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      const ready = new Promise<void>((done) => {
        const check = () => (out.startsWith('ready\n') ? done() : child.stdout.once('data', check));
        check();
      });
      const finished = new Promise<number[]>((done, failed) =>
        child.on('close', (code) => (code === 0 ? done(JSON.parse(out.slice('ready\n'.length)) as number[]) : failed(new Error(err)))),
      );
      return { child, ready, finished };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const { child } of outputs) child.stdin.write('go\n');
    const perWorker = await Promise.all(outputs.map((o) => o.finished));
    const serials = perWorker.flat();
    expect(serials).toHaveLength(workers * each);
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: workers * each }, (_, i) => i + 1));
    const register = fixture.core.issuance.list(2025);
    expect(new Set(register.map((n) => n.docNumber)).size).toBe(workers * each);
  }, 120_000);
});
