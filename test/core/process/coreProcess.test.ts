import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { coreBundleEntry } from '../../cliBundle';
import { CORE_CRASHED, startCoreClient, type CoreChild } from '../../../electron/core/process/coreClient';
import { forkCore } from '../../../electron/core/process/forkCore';
import { coreArgs } from '../../../electron/core/process/protocol';
import { startCoreWithReader } from '../../../electron/core/process/readerRouting';

const NOTICE = `大宁县人民政府办公室
关于做好冬季供暖保障工作的通知
宁政办发〔2025〕12号
各乡镇人民政府，县直各部门：
一、加强供热设施巡查。县住建局牵头。
二、做好应急值守。
大宁县人民政府办公室
2025年11月3日
`;

describe('the core in its own process (a Node child, as browser mode runs it)', () => {
  let dir: string;
  const children: { kill: () => void }[] = [];
  const crashes: string[] = [];
  let client: ReturnType<typeof startCoreClient>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-coreproc-'));
    client = startCoreClient({
      start: () => {
        const child: CoreChild = forkCore(join(dir, 'archive.db'), 'writer', coreBundleEntry());
        children.push({ kill: child.kill });
        return child;
      },
      onCrash: (message) => crashes.push(message),
    });
  });

  afterAll(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the archive and answers contract calls, validating them in the core', async () => {
    await client.ready;
    expect(await client.dispatch('archive.listNotices', {})).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(await client.dispatch('archive.listNotices', { limit: 'all' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^参数不正确/),
    });
    expect(await client.dispatch('archive.dropAll', {})).toMatchObject({ ok: false, error: expect.stringContaining('未知的操作') });
  }, 60_000);

  it('carries file bytes both ways', async () => {
    const imported = await client.dispatch('archive.importFile', { fileName: '供暖通知.txt', bytes: new TextEncoder().encode(NOTICE) });
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    const id = (imported as { value: { noticeId: number } }).value.noticeId;
    const original = await client.dispatch('archive.originalFile', { id });
    expect(original.ok && (original.value as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
  }, 60_000);

  it('restarts a killed core and keeps every stored notice', async () => {
    children.at(-1)!.kill();
    await vi.waitFor(() => expect(crashes).toEqual([CORE_CRASHED]), { timeout: 10_000 });
    const after = await client.dispatch('archive.listNotices', {});
    expect(after).toMatchObject({ ok: true, value: { total: 1 } });
    expect(children).toHaveLength(2);
  }, 60_000);

  it('closes the archive and exits when its host goes away', async () => {
    const entry = coreBundleEntry();
    const orphan = fork(entry.file, coreArgs(join(dir, 'archive.db'), 'writer'), {
      execArgv: entry.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    await new Promise((ready) => orphan.once('message', ready));
    const exited = new Promise<number | null>((done) => orphan.once('exit', done));
    // What a host's death looks like from the child: its IPC channel closes.
    orphan.disconnect();
    expect(await exited).toBe(0);
  }, 60_000);

  it('refuses, in Chinese and untouched, a database file that is not an archive', async () => {
    const foreign = join(dir, 'other.db');
    const text = 'not a database at all, just some text that is long enough to look like a file'.repeat(20);
    writeFileSync(foreign, text);
    const refused = startCoreClient({ start: () => forkCore(foreign, 'writer', coreBundleEntry()) });
    await expect(refused.ready).rejects.toThrow(/[\u4e00-\u9fff]/);
    expect(await refused.dispatch('archive.listNotices', {})).toMatchObject({ ok: false });
    await refused.close();
    expect(readFileSync(foreign, 'utf8')).toBe(text);
  }, 60_000);
});

describe('a writer and a reader core process on one archive', () => {
  it('reads what the writer wrote and restored, as soon as it answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-reader-'));
    const core = startCoreWithReader({ start: (role) => forkCore(join(dir, 'archive.db'), role, coreBundleEntry()) });
    try {
      await core.ready;
      expect(await core.readerReady).toBe(true);
      expect(await core.dispatch('archive.importText', { text: NOTICE })).toMatchObject({ ok: true, value: { status: 'imported' } });
      const backup = await core.dispatch('backup.create', {});
      expect(backup.ok).toBe(true);
      const second = NOTICE.replace('12号', '13号').replace('供暖', '供水');
      expect(await core.dispatch('archive.importText', { text: second })).toMatchObject({ ok: true, value: { status: 'imported' } });
      expect(await core.dispatch('archive.listNotices', {})).toMatchObject({ ok: true, value: { total: 2 } });
      // The reader (read-only, no start-up pass of its own) answers unit queries once the writer's units show.
      expect(await core.dispatch('units.list', {})).toMatchObject({ ok: true, value: { units: expect.any(Array) } });
      const fileName = (backup as { value: { fileName: string } }).value.fileName;
      expect(await core.dispatch('backup.restore', { fileName })).toEqual({ ok: true, value: { restored: true } });
      expect(await core.dispatch('archive.listNotices', {})).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
