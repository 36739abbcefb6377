/**
 * A full garbage collection on demand, for when a large piece of work has just been let go: V8 collects
 * only as it allocates, and a process waiting (an import waiting for its reader) allocates nothing, so it
 * would sit on a written 20 MB file's text and tokens meanwhile. Node hides `gc` unless started with
 * --expose-gc; the flag can be set at run time and the function taken from a fresh context (the whole of
 * the `expose-gc` package, unmaintained since 2019).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      // A runtime without it only keeps its memory longer.
      collect = null;
    }
  }
  collect?.();
}
