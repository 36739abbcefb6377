/**
 * The unit of work of the embedded store: writes one at a time, each all or nothing; reads from a snapshot
 * that never shows an unfinished write; work started inside a running unit joins it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../../electron/core/store/sqlite/sqliteStore';

let store: SqliteStore;
let dir: string;
afterEach(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function fileStore(): SqliteStore {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-store-'));
  return openSqliteStore(join(dir, 'archive.db'));
}

/** A promise the test settles by hand, to hold a unit of work open at a chosen point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const setting = (key: string) => store.read((tx) => tx.settings.get<string | null>(key, null));

describe('the SQLite store', () => {
  it('runs concurrent writes one after another, in the order they were asked for', async () => {
    store = fileStore();
    const log: string[] = [];
    const held = gate();
    const first = store.write(async (tx) => {
      log.push('first begins');
      await tx.settings.set('k', 'first');
      await held.opened;
      log.push('first ends');
    });
    const second = store.write(async (tx) => {
      log.push(`second begins and reads ${await tx.settings.get('k', null)}`);
      await tx.settings.set('k', 'second');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['first begins']);
    held.open();
    await Promise.all([first, second]);
    expect(log).toEqual(['first begins', 'first ends', 'second begins and reads first']);
    expect(await setting('k')).toBe('second');
  });

  it('reads from a snapshot that does not see a write until it commits, and does not wait for it', async () => {
    store = fileStore();
    await store.write((tx) => tx.settings.set('k', 'before'));
    const held = gate();
    const written = store.write(async (tx) => {
      await tx.settings.set('k', 'after');
      await held.opened;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await setting('k')).toBe('before');
    held.open();
    await written;
    expect(await setting('k')).toBe('after');
  });

  it('keeps nothing of a write that throws, and goes on with the next one', async () => {
    store = fileStore();
    const failed = store.write(async (tx) => {
      await tx.settings.set('k', 'half');
      throw new Error('stopped half-way');
    });
    const next = store.write((tx) => tx.settings.set('other', 'kept'));
    await expect(failed).rejects.toThrow('stopped half-way');
    await next;
    expect(await setting('k')).toBeNull();
    expect(await setting('other')).toBe('kept');
  });

  it('lets a write or a read inside a running write join it instead of waiting for itself', async () => {
    store = fileStore();
    const seen = await store.write(async (tx) => {
      await tx.settings.set('outer', 'o');
      await store.write((inner) => inner.settings.set('inner', 'i'));
      return store.read((inner) => inner.settings.get('inner', null));
    });
    expect(seen).toBe('i');
    expect([await setting('outer'), await setting('inner')]).toEqual(['o', 'i']);
  });

  it('undoes only a joining write that throws; the outer write commits the rest', async () => {
    store = fileStore();
    await store.write(async (tx) => {
      await tx.settings.set('outer', 'o');
      await expect(
        store.write(async (inner) => {
          await inner.settings.set('inner', 'i');
          throw new Error('the nested part fails');
        }),
      ).rejects.toThrow('the nested part fails');
      await tx.settings.set('after', 'a');
    });
    expect([await setting('outer'), await setting('inner'), await setting('after')]).toEqual(['o', null, 'a']);
  });

  it('refuses to start a write inside a read', async () => {
    store = fileStore();
    await expect(store.read(() => store.write((tx) => tx.settings.set('k', 'v')))).rejects.toThrow('inside a read');
    expect(await setting('k')).toBeNull();
  });

  it('in memory, one connection: a read waits for the unfinished write instead of seeing it', async () => {
    store = openSqliteStore(':memory:');
    const held = gate();
    const written = store.write(async (tx) => {
      await tx.settings.set('k', 'after');
      await held.opened;
    });
    let read: unknown = 'pending';
    const reading = setting('k').then((value) => (read = value));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(read).toBe('pending');
    held.open();
    await Promise.all([written, reading]);
    expect(read).toBe('after');
  });
});
