import { describe, expect, it } from 'vitest';
import { CORE_CRASHED, CORE_GAVE_UP, startCoreClient, type CoreChild } from '../../../electron/core/process/coreClient';
import type { CoreMessage, HostMessage } from '../../../electron/core/process/protocol';

/** A core process stand-in the test drives by hand: what the host sent, and buttons to answer or die. */
function fakeChild() {
  const sent: HostMessage[] = [];
  let listener: (message: CoreMessage) => void = () => undefined;
  let exit: (code: number | null) => void = () => undefined;
  let killed = false;
  const child: CoreChild = {
    pipe: { send: (message) => void sent.push(message), onMessage: (fn) => (listener = fn) },
    onExit: (fn) => (exit = fn),
    kill: () => {
      killed = true;
      exit(null);
    },
  };
  return {
    child,
    sent,
    say: (message: CoreMessage) => listener(message),
    die: () => exit(134),
    calls: () => sent.filter((m): m is Extract<HostMessage, { type: 'call' }> => m.type === 'call'),
    get killed() {
      return killed;
    },
  };
}

function harness(options: { maxRestarts?: number } = {}) {
  const children: ReturnType<typeof fakeChild>[] = [];
  const crashes: [string, boolean][] = [];
  const client = startCoreClient({
    ...options,
    start: () => {
      const made = fakeChild();
      children.push(made);
      return made.child;
    },
    onCrash: (message, final) => crashes.push([message, final]),
    shutdownMs: 50,
  });
  return { client, children, crashes, last: () => children.at(-1)! };
}

describe('the host’s client of the core process', () => {
  it('holds calls until the core is ready, then answers each by its id', async () => {
    const { client, last } = harness();
    const first = client.dispatch('archive.listNotices', {});
    const second = client.dispatch('search.facets', {});
    expect(last().calls()).toEqual([]);
    last().say({ type: 'ready' });
    await client.ready;
    const [a, b] = last().calls();
    expect(a).toMatchObject({ method: 'archive.listNotices', args: {} });
    // Answered out of order: each result finds its own call.
    last().say({ type: 'result', id: b.id, result: { ok: true, value: 'facets' } });
    last().say({ type: 'result', id: a.id, result: { ok: true, value: 'rows' } });
    expect(await first).toEqual({ ok: true, value: 'rows' });
    expect(await second).toEqual({ ok: true, value: 'facets' });
  });

  it('answers the calls in flight when the core dies, tells the host, and restarts it', async () => {
    const { client, children, crashes, last } = harness();
    last().say({ type: 'ready' });
    const inFlight = client.dispatch('archive.importFile', { fileName: '大.txt', bytes: new Uint8Array(1) });
    last().die();
    expect(await inFlight).toEqual({ ok: false, error: CORE_CRASHED });
    expect(crashes).toEqual([[CORE_CRASHED, false]]);
    expect(children).toHaveLength(2);
    const later = client.dispatch('archive.listNotices', {});
    last().say({ type: 'ready' });
    const call = last().calls()[0];
    last().say({ type: 'result', id: call.id, result: { ok: true, value: 1 } });
    expect(await later).toEqual({ ok: true, value: 1 });
  });

  it('gives up on a core that keeps dying, in Chinese, instead of restarting it forever', async () => {
    const { client, children, crashes, last } = harness({ maxRestarts: 2 });
    for (let i = 0; i < 3; i++) {
      last().say({ type: 'ready' });
      last().die();
    }
    expect(children).toHaveLength(3);
    expect(crashes.at(-1)).toEqual([CORE_GAVE_UP, true]);
    expect(await client.dispatch('archive.listNotices', {})).toEqual({ ok: false, error: CORE_GAVE_UP });
  });

  it('reports an archive that cannot be opened, and does not restart for it', async () => {
    const { client, children, last } = harness();
    last().say({ type: 'failed', error: '档案数据库文件已损坏，或不是公文台的档案。' });
    await expect(client.ready).rejects.toThrow('档案数据库文件已损坏');
    last().die();
    expect(children).toHaveLength(1);
    expect(await client.dispatch('archive.listNotices', {})).toMatchObject({ ok: false, error: expect.stringContaining('已损坏') });
  });

  it('asks the core to shut down, and kills it when it does not', async () => {
    const { client, last } = harness();
    last().say({ type: 'ready' });
    await client.close();
    expect(last().sent.at(-1)).toEqual({ type: 'shutdown' });
    expect(last().killed).toBe(true);
    expect(await client.dispatch('archive.listNotices', {})).toMatchObject({ ok: false });
  });
});
