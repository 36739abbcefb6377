/**
 * Calls started before their screen mounts (the first screen's, at boot), so the answer is on its way
 * while the app's code loads and React renders. The first `useApi` with the same method and arguments
 * takes the call; when the answer is already in, the screen renders it in its first pass.
 */
import type { Args, MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/method';
import { api } from './client';

export interface Prefetched {
  call: Promise<ApiResult<unknown>>;
  /** The answer, once it has come. */
  answer?: ApiResult<unknown>;
}

const started = new Map<string, Prefetched>();

export const callKey = (method: MethodName, argsJson: string) => `${method}:${argsJson}`;

export function prefetch<M extends MethodName>(method: M, args: Args<M>): void {
  const entry: Prefetched = { call: api.call(method, args) };
  void entry.call.then((answer) => (entry.answer = answer));
  started.set(callKey(method, JSON.stringify(args)), entry);
}

/** The answer of a prefetched call if it has already come, leaving the call in place. */
export function prefetchedAnswer(key: string): ApiResult<unknown> | undefined {
  return started.get(key)?.answer;
}

/** Hands the call over to the view that asked for it: each prefetch serves one view. */
export function takePrefetched(key: string): Prefetched | undefined {
  const entry = started.get(key);
  started.delete(key);
  return entry;
}

/** After a write a prefetched answer may be stale: drop them all. */
export function forgetPrefetched(): void {
  started.clear();
}
