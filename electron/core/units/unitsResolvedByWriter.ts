/**
 * A reader core's wait for the start-up unit resolution (unitResolution.resolveAll), which only the writer
 * runs: unit queries answer once no clause unit is left unresolved in the file, as the writer's own wait
 * for its pass. The pass is one write, so a read sees all of it or none. Should the writer's pass fail, the
 * wait ends after a while and the reader answers with what is stored, as the writer does then.
 */
import type { CoreStore } from '../store/coreRepositories';

export interface ResolvedWait {
  /** How often the file is looked at. */
  pollMs?: number;
  /** How long a reader waits at most. */
  maxWaitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait, started on first use and then settled for good (imports resolve their own units as they write). */
export function unitsResolvedByWriter(store: CoreStore, options: ResolvedWait = {}): () => Promise<void> {
  const pollMs = options.pollMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  let settled: Promise<void> | null = null;
  async function wait(): Promise<void> {
    const deadline = Date.now() + maxWaitMs;
    while (Date.now() < deadline && (await store.read((tx) => tx.units.hasUnresolved()).catch(() => false))) await sleep(pollMs);
  }
  return () => (settled ??= wait());
}
