/**
 * The calls of the screen the window opens on: 今日待办 (the default) or the register's first rows; the
 * register loads the rest page by page once they are on screen.
 */
import type { Args, MethodName } from '../shared/api/contract';
import { parseHash } from './app/hash';

/** More than any screen shows, few enough to arrive at once. */
export const FIRST_SCREEN_ROWS = 100;

type Call<M extends MethodName = MethodName> = { method: M; args: Args<M> };
const call = <M extends MethodName>(method: M, args: Args<M>): Call => ({ method, args }) as Call;

export function firstScreenCalls(hash: string): Call[] {
  const first = parseHash(hash).segments[0];
  if (first === undefined || first === 'today') return [call('today.agenda', {})];
  if (first === 'register') return [call('archive.listNotices', { limit: FIRST_SCREEN_ROWS })];
  return [];
}
