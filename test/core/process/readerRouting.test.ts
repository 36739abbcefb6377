import { describe, expect, it, vi } from 'vitest';
import type { CoreRole } from '../../../electron/core/createCore';
import type { CoreChild } from '../../../electron/core/process/coreClient';
import type { CoreMessage, HostMessage } from '../../../electron/core/process/protocol';
import { startCoreWithReader } from '../../../electron/core/process/readerRouting';

/** Core processes that answer every call at once with their own name, so the test sees who answered. */
function automaticChildren() {
  const started: { name: string; die: () => void }[] = [];
  const start = (role: CoreRole): CoreChild => {
    const name = role === 'writer' ? 'writer' : `reader${started.length}`;
    let listener: (message: CoreMessage) => void = () => undefined;
    let exit: (code: number | null) => void = () => undefined;
    started.push({ name, die: () => exit(134) });
    queueMicrotask(() => listener({ type: 'ready' }));
    return {
      pipe: {
        send: (message: HostMessage) => {
          if (message.type === 'call')
            queueMicrotask(() => listener({ type: 'result', id: message.id, result: { ok: true, value: name } }));
        },
        onMessage: (fn) => (listener = fn),
      },
      onExit: (fn) => (exit = fn),
      kill: () => exit(null),
    };
  };
  return { start, started };
}

describe('a writer and a reader core process', () => {
  it('starts the reader, in its role, after the writer, then sends it the reads and the writer everything else', async () => {
    const { start, started } = automaticChildren();
    const core = startCoreWithReader({ start, shutdownMs: 10 });
    await core.ready;
    expect(await core.readerReady).toBe(true);
    expect(started.map((c) => c.name)).toEqual(['writer', 'reader1']);
    expect(await core.dispatch('archive.listNotices', {})).toEqual({ ok: true, value: 'reader1' });
    expect(await core.dispatch('search.query', { query: '燃气' })).toEqual({ ok: true, value: 'reader1' });
    expect(await core.dispatch('archive.importFile', {})).toEqual({ ok: true, value: 'writer' });
    expect(await core.dispatch('registration.setStatus', {})).toEqual({ ok: true, value: 'writer' });
    await core.close();
  });

  it('lets the writer read again when the reader keeps dying', async () => {
    const { start, started } = automaticChildren();
    const crashes: boolean[] = [];
    const core = startCoreWithReader({ start, shutdownMs: 10, maxRestarts: 1, onCrash: (_message, final) => crashes.push(final) });
    await core.readerReady;
    started[1].die();
    await vi.waitFor(() => expect(started).toHaveLength(3));
    started[2].die();
    expect(await core.dispatch('archive.listNotices', {})).toEqual({ ok: true, value: 'writer' });
    // The user heard of the restart, not of the reader being given up (nothing stopped working).
    expect(crashes).toEqual([false]);
    await core.close();
  });
});
