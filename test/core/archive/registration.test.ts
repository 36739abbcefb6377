import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childCommand } from '../../cliBundle';
import type { Registration } from '../../../shared/api/archiveContract';
import { CORPUS_FILES, corpusText } from '../../corpus';
import { tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

async function archiveCorpus() {
  const summary = await t.core.archive.importPaths([...CORPUS_FILES]);
  return summary.outcomes.map((o) => o.noticeId!);
}

describe('收文登记', () => {
  it("numbers arrivals per year in the office's pattern", async () => {
    t = tempCore();
    const [first, second] = await archiveCorpus();
    expect(value(await t.core.registration.get(first)).registrationNumber).toBe('收〔2025〕1号');
    expect(value(await t.core.registration.get(second)).registrationNumber).toBe('收〔2025〕2号');
    value(await t.core.registration.setPattern('收文{year}-{n:3}'));
    const next = await t.core.archive.importText({ text: corpusText('yangquan-city-2025').replace('市直各单位', '市直各单位，各企业') });
    expect(value(await t.core.registration.get(next.noticeId!)).registrationNumber).toBe('收文2025-006');
  });

  it('continues a paper register from a given number', async () => {
    t = tempCore();
    value(await t.core.registration.setNextSerial(2025, 88));
    const outcome = await t.core.archive.importText({ text: corpusText('xiying-town-2021') });
    expect(value(await t.core.registration.get(outcome.noticeId!)).registrationNumber).toBe('收〔2025〕88号');
  });

  it('refuses patterns without exactly one {n}', async () => {
    t = tempCore();
    expect(await t.core.registration.setPattern('收〔{year}〕号')).toEqual({
      ok: false,
      error: '收文编号格式中应有且只有一个{n}（顺序号）。',
    });
    expect((await t.core.registration.setPattern('{n}-{n}')).ok).toBe(false);
    expect((await t.core.registration.setPattern('收{x}{n}')).ok).toBe(false);
  });

  it('saves the form and records each changed field in the history', async () => {
    t = tempCore();
    const [id] = await archiveCorpus();
    const before = value(await t.core.registration.get(id));
    const fields: Registration = {
      ...before,
      handler: '县应急局',
      dueDate: '2025-05-20',
      proposal: '请县应急局牵头办理。',
      status: 'in_progress',
    };
    expect(value(await t.core.registration.update(id, fields))).toEqual(fields);
    const history = value(await t.core.archive.history(id)).entries.slice(1);
    expect(history).toEqual([
      expect.objectContaining({ action: '修改收文登记', field: '办理期限', before: null, after: '2025-05-20' }),
      expect.objectContaining({ field: '承办科室', after: '县应急局' }),
      expect.objectContaining({ field: '拟办意见', after: '请县应急局牵头办理。' }),
      expect.objectContaining({ field: '办理状态', before: '待办', after: '在办' }),
    ]);
    value(await t.core.registration.setStatus(id, 'done'));
    expect(value(await t.core.archive.history(id)).entries.at(-1)).toMatchObject({ field: '办理状态', before: '在办', after: '办结' });
  });

  it('refuses a 收文编号 another notice holds, a deadline before arrival, and an unknown status', async () => {
    t = tempCore();
    const [a, b] = await archiveCorpus();
    const fields = value(await t.core.registration.get(b));
    expect(await t.core.registration.update(b, { ...fields, registrationNumber: '收〔2025〕1号' })).toEqual({
      ok: false,
      error: '收文编号“收〔2025〕1号”已被另一份公文使用。',
    });
    // The form's own rules are the contract's: checked once, before any service runs.
    expect(await t.api('registration.update', { id: b, fields: { ...fields, dueDate: '2025-01-01' } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('办理期限不能早于收文日期'),
    });
    expect(await t.api('registration.update', { id: b, fields: { ...fields, status: 'lost' } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('状态'),
    });
    expect(value(await t.core.registration.get(a)).registrationNumber).toBe('收〔2025〕1号');
    expect(value(await t.core.registration.get(b))).toEqual(fields);
  });

  it('lists every live notice in the register with its registration', async () => {
    t = tempCore();
    const ids = await archiveCorpus();
    value(await t.core.archive.delete(ids[0]));
    const rows = (await t.core.archive.listNotices()).rows;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ status: 'pending', receivedDate: '2025-05-06', possibleDuplicate: false, archivalCode: null });
  });

  it('refuses to change the registration of a notice in the recycle bin', async () => {
    t = tempCore();
    const [id] = await archiveCorpus();
    value(await t.core.archive.delete(id));
    expect(await t.core.registration.setStatus(id, 'done')).toEqual({ ok: false, error: '找不到这份公文，或它已在回收站中。' });
  });
});

describe('settings changes', () => {
  it('are recorded in the audit log too', async () => {
    t = tempCore();
    value(await t.core.registration.setPattern('收{year}-{n:4}'));
    value(await t.core.registration.setNextSerial(2025, 30));
    value(await t.core.filing.updateSettings({ fondsCode: 'Z109' }));
    const rows = t.sql().prepare("SELECT field, before, after FROM audit_log WHERE action = 'settings' ORDER BY id").all();
    expect(rows).toEqual([
      { field: 'registration.pattern', before: '收〔{year}〕{n}号', after: '收{year}-{n:4}' },
      { field: 'registration.lastSerial.2025', before: '0', after: '29' },
      { field: 'filing.fondsCode', before: null, after: 'Z109' },
    ]);
  });
});

/** Starts `workers` processes of registerWorker.ts on the archive together; resolves with each one's 收文编号. */
async function importTogether(dbPath: string, workers: number, each: number): Promise<(string | null)[][]> {
  const script = resolve(import.meta.dirname, 'registerWorker.ts');
  const outputs = Array.from({ length: workers }, () => {
    const child = spawn(...childCommand(script, dbPath, String(each)));
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const ready = new Promise<void>((done) => {
      const check = () => (out.startsWith('ready\n') ? done() : child.stdout.once('data', check));
      check();
    });
    const finished = new Promise<(string | null)[]>((done, failed) =>
      child.on('close', (code) =>
        code === 0 ? done(JSON.parse(out.slice('ready\n'.length)) as (string | null)[]) : failed(new Error(err)),
      ),
    );
    return { child, ready, finished };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const { child } of outputs) child.stdin.write('go\n');
  return Promise.all(outputs.map((o) => o.finished));
}

describe('收文编号 when several processes import at once', () => {
  it('never hands out a number twice and leaves no gap', async () => {
    t = tempCore();
    const workers = 3;
    const each = 12;
    const numbers = (await importTogether(t.dbPath, workers, each)).flat();
    expect(numbers).toHaveLength(workers * each);
    const serials = numbers.map((n) => Number(/(\d+)号$/.exec(n ?? '')?.[1]));
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: workers * each }, (_, i) => i + 1));
    expect((await t.core.archive.listNotices()).total).toBe(workers * each);
  }, 120_000);
});
