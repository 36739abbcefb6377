/**
 * The full-text index's segments merged in the background, a few hundred pages per unit of work, instead of
 * one FTS5 'optimize' at the end of a large import: at 100,000 notices that rewrote the whole index (~1.5 GB)
 * in one write while every other call waited. Each step is its own write queued after whatever is waiting,
 * on a turn of its own, so a search or a save goes first; the pass ends when the index has nothing left to
 * merge (the store's searchIndex.merge) or when the core closes.
 */
import { logUnexpected } from '../../process/logUnexpected';
import type { CoreStore } from '../../store/coreRepositories';

/** Pages a step may write per full-text table: about 10 ms of CPU for the three (5,000 notices' index, 2 cores). */
export const MERGE_STEP_PAGES = 256;

export interface IndexMerging {
  /** Starts a pass, or makes the running one look again once it has merged what it found. */
  start(): void;
  /** Resolves once no pass runs (the bench, tests). */
  idle(): Promise<void>;
  /** No step starts after this one (the core is closing). */
  stop(): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function indexMerging(store: CoreStore, pages = MERGE_STEP_PAGES): IndexMerging {
  let stopped = false;
  let again = false;
  let pass: Promise<void> | null = null;

  async function run(): Promise<void> {
    do {
      again = false;
      for (;;) {
        await nextTurn();
        if (stopped) return;
        if (!(await store.write((tx) => tx.searchIndex.merge(pages)))) break;
      }
    } while (again);
  }

  return {
    start() {
      if (stopped) return;
      if (pass) {
        again = true;
        return;
      }
      pass = run()
        .catch((error: unknown) => {
          // A close racing the step's write is no fault: the merge goes on at the next start.
          if (!stopped) logUnexpected('全文索引合并', error);
        })
        .finally(() => {
          pass = null;
        });
    },
    idle: () => pass ?? Promise.resolve(),
    stop() {
      stopped = true;
    },
  };
}
