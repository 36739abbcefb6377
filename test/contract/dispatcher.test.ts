import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreContract, contract, METHOD_NAMES } from '../../shared/api/contract';
import type { ApiResult, Handlers } from '../../shared/api/method';
import { shellContract } from '../../shared/api/shellContract';
import { coreHandlers, createApi } from '../../electron/core/api/createApi';
import { createDispatcher, UNEXPECTED_ERROR, type Dispatch } from '../../electron/core/api/dispatcher';
import { createCore, type Core } from '../../electron/core/createCore';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');

/** A handler map that records calls instead of running services. */
function spyHandlers<C extends Record<string, unknown>>(spec: C, calls: string[]): Handlers<never> {
  return Object.fromEntries(
    Object.keys(spec).map((method) => [method, async () => (calls.push(method), { ok: true, value: null })]),
  ) as Handlers<never>;
}

describe('the contract and its dispatcher', () => {
  let dir: string;
  let core: Core;
  let api: Dispatch;
  const logged: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-contract-'));
    core = createCore({ dbPath: join(dir, 'archive.db') });
    api = createApi(core, { log: (line) => logged.push(line) });
  });

  afterAll(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a handler for every core method and no handler outside the contract', () => {
    expect(Object.keys(coreHandlers(core)).sort()).toEqual(Object.keys(coreContract).sort());
  });

  it('lists every method, core and window, for the preload and IPC', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(Object.keys(shellContract).every((m) => m.startsWith('shell.'))).toBe(true);
  });

  it('validates every method’s arguments before any handler runs', async () => {
    const calls: string[] = [];
    const dispatch = createDispatcher(contract, spyHandlers(contract, calls) as never);
    for (const method of Object.keys(contract)) {
      for (const bad of [42, 'text', [1, 2]]) {
        const result = await dispatch(method, bad);
        expect(result, `${method} with ${JSON.stringify(bad)}`).toMatchObject({ ok: false, error: expect.stringMatching(/^参数不正确/) });
      }
    }
    expect(calls).toEqual([]);
  });

  it('refuses arguments of the wrong shape with a Chinese message', async () => {
    await expect(api('archive.getNotice', { id: 'seven' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^参数不正确/),
    });
    await expect(api('archive.getNotice', { id: -1 })).resolves.toMatchObject({ ok: false });
    await expect(api('archive.importFile', { fileName: 'a.txt', bytes: 'not bytes' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('没有收到文件内容'),
    });
    const dispatchShell = createDispatcher(shellContract, spyHandlers(shellContract, []) as never);
    await expect(dispatchShell('shell.openExternal', { url: 'file:///etc/passwd' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('http'),
    });
  });

  it('names an unknown method in Chinese instead of failing', async () => {
    await expect(api('archive.dropTable', {})).resolves.toEqual({ ok: false, error: '未知的操作“archive.dropTable”。' });
    await expect(api('__proto__', {})).resolves.toMatchObject({ ok: false });
  });

  it('turns a thrown error into a Chinese sentence and keeps the stack for the log', async () => {
    const log: string[] = [];
    const dispatch = createDispatcher(
      { 'archive.listNotices': coreContract['archive.listNotices'] },
      {
        'archive.listNotices': async () => {
          throw new Error('disk I/O error');
        },
      },
      { log: (line) => log.push(line) },
    );
    await expect(dispatch('archive.listNotices', {})).resolves.toEqual({ ok: false, error: UNEXPECTED_ERROR });
    expect(log[0]).toContain('disk I/O error');
  });

  it('imports, opens, finds and registers a notice through the API', async () => {
    const text = readFileSync(join(CORPUS, 'daning-county-2025.txt'), 'utf8');
    const imported = (await api('archive.importText', { text, fileName: 'daning.txt' })) as ApiResult<{ status: string; noticeId: number }>;
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    const id = imported.ok ? imported.value.noticeId : 0;

    const detail = await api('archive.getNotice', { id });
    expect(detail).toMatchObject({ ok: true, value: { notice: { docNumber: { text: '大政发〔2025〕1号' } } } });

    const found = await api('search.query', { query: '燃气' });
    expect(found).toMatchObject({ ok: true, value: { total: 1 } });

    const late = await api('registration.update', {
      id,
      fields: {
        registrationNumber: null,
        sender: null,
        receivedDate: '2025-05-10',
        copies: 1,
        secrecy: null,
        urgency: null,
        dueDate: '2025-05-01',
        handler: null,
        proposal: null,
        status: 'pending',
        outcome: null,
        note: null,
      },
    });
    expect(late).toEqual({ ok: false, error: '参数不正确：办理期限不能早于收文日期。' });

    await expect(api('registration.setStatus', { id, status: 'done' })).resolves.toMatchObject({ ok: true, value: { status: 'done' } });
    await expect(api('archive.getNotice', { id: 9999 })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
  });

  it('exports the register rows it is given as an .xlsx file', async () => {
    const result = await api('export.registerXlsx', {
      title: '收文登记簿',
      columns: [
        { id: 'docNumber', header: '文号', width: 20 },
        { id: 'status', header: '状态', width: 8 },
      ],
      // The rows travel as one block of UTF-8 JSON.
      bytes: new TextEncoder().encode(JSON.stringify([{ cells: ['大政发〔2025〕1号', '办结'], status: 'done', overdue: false }])),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = result.value as { fileName: string; bytes: Uint8Array };
    expect(file.fileName).toMatch(/^收文登记簿-\d{8}\.xlsx$/);
    expect([...file.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
