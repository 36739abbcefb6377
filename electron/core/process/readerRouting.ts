/**
 * Two core processes on the one archive, the way Signal Desktop keeps read-only SQL workers beside its
 * one writer: the register, search and a notice's detail are answered by a reader process, everything
 * else by the writer. A long write — a 20 MB notice's full-text indexing, a restore — then never holds up
 * the list or a search. Both open the same SQLite file in WAL mode, so a read started after a write has
 * answered sees it; the reader starts once the writer has opened (and, if needed, upgraded) the archive.
 * Each is started in its role: only the writer runs the passes left by an earlier run, and the reader opens
 * the file read-only.
 */
import type { CoreRole } from '../createCore';
import { startCoreClient, type CoreChild, type CoreClient, type CoreClientOptions } from './coreClient';

/** Calls that only read, and that a clerk waits on while other work runs. */
export const READER_METHODS: ReadonlySet<string> = new Set([
  'archive.listNotices',
  'archive.getNotice',
  'archive.history',
  'archive.originalPages',
  'archive.pageImage',
  'archive.listDeleted',
  // A year's catalogue opens every received PDF and OFD to count its pages.
  'filing.catalogue',
  'search.query',
  'search.facets',
  'units.list',
  'units.tasks',
]);

export interface CoreWithReader extends CoreClient {
  /** Resolves once reads go to the reader (never rejects; if the reader cannot start, the writer reads). */
  readerReady: Promise<boolean>;
}

export interface CoreWithReaderOptions extends Omit<CoreClientOptions, 'start'> {
  /** Starts one core process in the role given. */
  start: (role: CoreRole) => CoreChild;
}

export function startCoreWithReader(options: CoreWithReaderOptions): CoreWithReader {
  const writer = startCoreClient({ ...options, start: () => options.start('writer') });
  let reader: CoreClient | null = null;
  let readerUp = false;
  const readerReady = writer.ready.then(
    async () => {
      const started = startCoreClient({
        ...options,
        start: () => options.start('reader'),
        // A reader given up on costs only speed: the writer answers reads again, and the user need not hear of it.
        onCrash: (message, final) => (final ? (readerUp = false) : options.onCrash?.(message, false)),
      });
      reader = started;
      await started.ready;
      // A first query warms the reader (statements, page cache) before it takes the clerk's calls.
      await started.dispatch('archive.listNotices', { limit: 1 });
      readerUp = true;
      return true;
    },
    () => false,
  );
  return {
    // The app can start once the writer has opened the archive; until the reader is up, the writer reads too.
    ready: writer.ready,
    readerReady: readerReady.catch(() => false),
    dispatch: (method, args) =>
      readerUp && reader && READER_METHODS.has(method) ? reader.dispatch(method, args) : writer.dispatch(method, args),
    close: async () => {
      readerUp = false;
      await Promise.all([writer.close(), reader?.close()]);
    },
  };
}
