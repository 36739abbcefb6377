/**
 * React hooks over the contract client: `useApi` loads a method's result and reloads it when its
 * arguments change or when anything in the archive changed (`archiveChanged()` after a write); a
 * screen opened again shows its last answer while the fresh one loads.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Args, MethodName, Result } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/method';
import { api } from './client';

let archiveVersion = 0;
const listeners = new Set<() => void>();

/** Tell every loaded view that the archive changed, so it reloads what it shows. */
export function archiveChanged(): void {
  archiveVersion += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The archive's change count: a view that loads by itself reloads when it moves. */
export function useArchiveVersion(): number {
  return useSyncExternalStore(subscribe, () => archiveVersion);
}

const prefetched = new Map<string, Promise<ApiResult<unknown>>>();

/**
 * Starts a call before its screen mounts (the register's rows at start-up), so the answer is on its
 * way while React renders; the first `useApi` with the same method and arguments takes it.
 */
export function prefetch<M extends MethodName>(method: M, args: Args<M>): void {
  prefetched.set(`${method}:${archiveVersion}:${JSON.stringify(args)}`, api.call(method, args));
}

/** The last answer per method and arguments: a screen opened again shows it at once while it reloads. */
const lastAnswers = new Map<string, unknown>();
const REMEMBERED = 40;

function remember(key: string, value: unknown): void {
  lastAnswers.delete(key);
  lastAnswers.set(key, value);
  if (lastAnswers.size > REMEMBERED) lastAnswers.delete(lastAnswers.keys().next().value!);
}

export type Loaded<T> =
  | { state: 'loading'; value: T | null; error: null }
  | { state: 'ok'; value: T; error: null }
  | { state: 'error'; value: T | null; error: string };

/** Loads `method(args)`; pass `null` as args to wait (e.g. until an id is known). */
export function useApi<M extends MethodName>(method: M, args: Args<M> | null): Loaded<Result<M>> & { reload(): void } {
  const version = useSyncExternalStore(subscribe, () => archiveVersion);
  const key = args === null ? null : JSON.stringify(args);
  const answerKey = `${method}:${key}`;
  const [loaded, setLoaded] = useState<Loaded<Result<M>>>(() => ({
    state: 'loading',
    value: (lastAnswers.get(answerKey) as Result<M> | undefined) ?? null,
    error: null,
  }));
  const [nonce, setNonce] = useState(0);
  const argsRef = useRef(args);
  argsRef.current = args;

  useEffect(() => {
    if (key === null || argsRef.current === null) return;
    let current = true;
    setLoaded((previous) => ({ state: 'loading', value: previous.value, error: null }));
    const prefetchKey = `${method}:${version}:${key}`;
    const call = prefetched.get(prefetchKey) ?? api.call(method, argsRef.current);
    prefetched.delete(prefetchKey);
    void (call as Promise<ApiResult<Result<M>>>).then((result) => {
      if (!current) return;
      if (result.ok) remember(`${method}:${key}`, result.value);
      setLoaded(result.ok ? { state: 'ok', value: result.value, error: null } : { state: 'error', value: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [method, key, version, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...loaded, reload };
}
