/**
 * React hooks over the contract client: `useApi` loads a method's result and reloads it when its
 * arguments change or when anything in the archive changed (`archiveChanged()` after a write); a
 * screen opened again shows its last answer while the fresh one loads.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Args, MethodName, Result } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/method';
import { api } from './client';
import { callKey, forgetPrefetched, prefetchedAnswer, takePrefetched } from './prefetch';

let archiveVersion = 0;
const listeners = new Set<() => void>();

/** Tell every loaded view that the archive changed, so it reloads what it shows. */
export function archiveChanged(): void {
  archiveVersion += 1;
  forgetPrefetched();
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
  const answerKey = key === null ? null : callKey(method, key);
  // An answer already fetched at boot is shown in the very first render, with nothing more to load.
  const [early] = useState(() => (answerKey === null ? undefined : prefetchedAnswer(answerKey)) as ApiResult<Result<M>> | undefined);
  const [loaded, setLoaded] = useState<Loaded<Result<M>>>(() => {
    if (early) return early.ok ? { state: 'ok', value: early.value, error: null } : { state: 'error', value: null, error: early.error };
    return { state: 'loading', value: (lastAnswers.get(answerKey ?? '') as Result<M> | undefined) ?? null, error: null };
  });
  const [nonce, setNonce] = useState(0);
  const argsRef = useRef(args);
  argsRef.current = args;

  useEffect(() => {
    if (answerKey === null || argsRef.current === null) return;
    const prefetched = takePrefetched(answerKey);
    if (prefetched?.answer !== undefined && prefetched.answer === early) {
      if (early.ok) remember(answerKey, early.value);
      return;
    }
    let current = true;
    setLoaded((previous) => ({ state: 'loading', value: previous.value, error: null }));
    const call = prefetched?.call ?? api.call(method, argsRef.current);
    void (call as Promise<ApiResult<Result<M>>>).then((result) => {
      if (!current) return;
      if (result.ok) remember(answerKey, result.value);
      setLoaded(result.ok ? { state: 'ok', value: result.value, error: null } : { state: 'error', value: null, error: result.error });
    });
    return () => {
      current = false;
    };
    // `early` is fixed at mount: a later run (new arguments, a write, reload) never matches it again.
  }, [method, answerKey, version, nonce, early]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...loaded, reload };
}
