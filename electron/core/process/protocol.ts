/**
 * The messages between a host and the core process: a call (id, method, arguments) answered by one
 * result with the same id, an ApiResult as every host already speaks. The core says `ready` once the
 * archive is open, or `failed` with a Chinese sentence when it cannot be; the host may ask it to shut
 * down. Messages are structured-cloned (Electron) or sent with Node's advanced serialization, so file
 * bytes travel as Uint8Array.
 */
import type { ApiResult } from '../../../shared/api/method';
import type { CoreRole } from '../createCore';

export type HostMessage = { type: 'call'; id: number; method: string; args: unknown } | { type: 'shutdown' };

export type CoreMessage =
  { type: 'ready' } | { type: 'failed'; error: string } | { type: 'result'; id: number; result: ApiResult<unknown> };

/** One side of the pipe: Node's child IPC, Electron's parentPort / UtilityProcess. */
export interface MessagePipe<In, Out> {
  send(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** The core's command line: `--db FILE`, and `--reader` for a reader core. */
export function coreArgs(dbPath: string, role: CoreRole): string[] {
  return role === 'reader' ? ['--db', dbPath, '--reader'] : ['--db', dbPath];
}

export function roleOf(argv: readonly string[]): CoreRole {
  return argv.includes('--reader') ? 'reader' : 'writer';
}

export function dbPathOf(argv: readonly string[]): string | null {
  const at = argv.indexOf('--db');
  return at >= 0 && argv[at + 1] ? argv[at + 1] : null;
}
