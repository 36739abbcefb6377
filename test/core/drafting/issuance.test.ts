import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { childCommand } from '../../cliBundle';
import { retryWhenTaken } from '../../../electron/core/drafting/issuanceService';
import { NumberTakenError } from '../../../electron/core/store/draftingRepositories';
import { openSqliteStore } from '../../../electron/core/store/sqlite/sqliteStore';
import { ok } from '../../../shared/api/method';
import { corpusText } from '../../corpus';
import { DANING_ORG, openCore, type CoreFixture } from './coreFixture';

const AT = '2025-04-20T02:00:00.000Z';

let fixture: CoreFixture;
beforeEach(() => {
  fixture = openCore();
});
afterEach(() => fixture.close());

const draw = async (agencyCode = '大政发', year = 2025, draftId: number | null = null) => {
  const result = await fixture.core.issuance.allocate({ agencyCode, year, issuer: '大宁县人民政府', draftId, title: null });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('发文登记: drawing 文号s', () => {
  it('hands out 1, 2, 3 … per 机关代字 and year, in the GB/T 9704 form', async () => {
    const drawn = [await draw(), await draw(), await draw()];
    expect(drawn.map((n) => n.docNumber)).toEqual(['大政发〔2025〕1号', '大政发〔2025〕2号', '大政发〔2025〕3号']);
    expect((await draw('大政办发')).docNumber).toBe('大政办发〔2025〕1号');
    expect((await draw('大政发', 2026)).docNumber).toBe('大政发〔2026〕1号');
  });

  it('keeps every number in the register with its state', async () => {
    await draw();
    await draw();
    const numbers = await fixture.core.issuance.list(2025);
    expect(numbers.map((n) => [n.serial, n.state])).toEqual([
      [2, 'reserved'],
      [1, 'reserved'],
    ]);
  });

  it('marks a number 作废 with the reason, and never hands it out again', async () => {
    await draw();
    const voided = await fixture.core.issuance.void('大政发[2025]1号', '印制有误');
    expect(voided.ok && [voided.value.state, voided.value.reason]).toEqual(['void', '印制有误']);
    expect((await draw()).serial).toBe(2);
  });

  it('does not hand out again the 文号 of an own notice waiting in the recycle bin', async () => {
    const filed = await fixture.core.archive.importText({ text: corpusText('daning-county-2025') });
    expect(filed.docNumber).toBe('大政发〔2025〕1号');
    const deleted = await fixture.core.archive.delete(filed.noticeId!);
    expect(deleted.ok).toBe(true);
    expect((await draw()).docNumber).toBe('大政发〔2025〕2号');
  });

  it('answers a 文号 not in the register with a Chinese sentence', async () => {
    expect(await fixture.core.issuance.void('大政发〔2025〕9号', '无')).toEqual({ ok: false, error: expect.stringContaining('没有文号') });
  });
});

describe('发文登记: the register as the last guard', () => {
  const entry = { agencyCode: '大政发', year: 2025, serial: 1, docNumber: '大政发〔2025〕1号', draftId: null, title: null };

  it('refuses a 文号 it already holds, and the unit of work leaves nothing behind', async () => {
    const store = openSqliteStore(':memory:');
    try {
      await store.write((tx) => tx.issuance.reserve(entry, AT));
      const again = store.write(async (tx) => {
        await tx.issuance.reserve({ ...entry, serial: 2, docNumber: '大政发〔2025〕2号' }, AT);
        return tx.issuance.reserve(entry, AT);
      });
      await expect(again).rejects.toBeInstanceOf(NumberTakenError);
      expect((await store.read((tx) => tx.issuance.list(2025))).map((n) => n.serial)).toEqual([1]);
    } finally {
      store.close();
    }
  });

  it('retries a unit of work that lost its number to another writer, then gives up in Chinese', async () => {
    let tries = 0;
    const winsOnThird = await retryWhenTaken(async () => {
      tries++;
      if (tries < 3) throw new NumberTakenError(entry.docNumber);
      return ok(tries);
    });
    expect(winsOnThird).toEqual({ ok: true, value: 3 });
    const alwaysTaken = await retryWhenTaken(async () => {
      throw new NumberTakenError(entry.docNumber);
    });
    expect(alwaysTaken).toEqual({ ok: false, error: expect.stringContaining('请稍后重试') });
    await expect(retryWhenTaken(async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
  });
});

describe('发文登记 when calls overlap in one process', () => {
  it('hands out consecutive numbers to calls made at the same time', async () => {
    const drawn = await Promise.all(Array.from({ length: 12 }, () => draw()));
    expect(drawn.map((n) => n.serial).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('gives a draft asking twice at once one number', async () => {
    await fixture.core.organization.save(DANING_ORG);
    const upstream = await fixture.core.archive.importText({ text: corpusText('taiyuan-city-2025') });
    const created = await fixture.core.drafting.create({ upstreamId: upstream.noticeId!, signedDate: '2025-04-20' });
    if (!created.ok) throw new Error(created.error);
    const [first, second] = await Promise.all([
      fixture.core.drafting.assignNumber(created.value.id),
      fixture.core.drafting.assignNumber(created.value.id),
    ]);
    expect(first.ok && second.ok && [first.value.draft.docNumber, second.value.draft.docNumber]).toEqual([
      '大政发〔2025〕1号',
      '大政发〔2025〕1号',
    ]);
    expect(await fixture.core.issuance.list(2025)).toHaveLength(1);
  });
});

describe('发文登记 when several processes draw at once', () => {
  it('never hands out a number twice and leaves no gap', async () => {
    const workers = 4;
    const each = 15;
    const script = resolve(import.meta.dirname, 'allocateWorker.ts');
    const children = Array.from({ length: workers }, () => spawn(...childCommand(script, fixture.dbPath, String(each))));
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
    const register = await fixture.core.issuance.list(2025);
    expect(new Set(register.map((n) => n.docNumber)).size).toBe(workers * each);
  }, 120_000);
});
