/**
 * The import queue: files go to the core one at a time (so the progress bar moves and one bad file
 * fails alone), each leaving its outcome; the clerk then decides on possible duplicates.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { failedOutcome } from './failedOutcome';

/** A file to import: its name and a way to read its bytes (a dropped File, or bytes the host read). */
export interface QueuedFile {
  fileName: string;
  read(): Promise<Uint8Array>;
}

export interface QueueState {
  total: number;
  done: number;
  current: string | null;
  outcomes: ImportOutcome[];
}

const EMPTY: QueueState = { total: 0, done: 0, current: null, outcomes: [] };

export function useImportQueue() {
  const [state, setState] = useState<QueueState>(EMPTY);
  const pending = useRef<QueuedFile[]>([]);
  const running = useRef(false);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    while (pending.current.length > 0) {
      const next = pending.current.shift()!;
      setState((s) => ({ ...s, current: next.fileName }));
      let outcome: ImportOutcome;
      try {
        const bytes = await next.read();
        const result = await api.call('archive.importFile', { fileName: next.fileName, bytes });
        outcome = result.ok ? result.value : failedOutcome(next.fileName, result.error);
      } catch {
        outcome = failedOutcome(next.fileName, '无法读取这个文件，请确认它没有被其他程序占用。');
      }
      setState((s) => ({ ...s, done: s.done + 1, outcomes: [...s.outcomes, outcome] }));
    }
    running.current = false;
    setState((s) => ({ ...s, current: null }));
    archiveChanged();
  }, []);

  const enqueue = useCallback(
    (files: QueuedFile[]) => {
      if (files.length === 0) return;
      pending.current.push(...files);
      setState((s) =>
        s.current === null && s.done === s.total
          ? { total: files.length, done: 0, current: null, outcomes: s.outcomes }
          : { ...s, total: s.total + files.length },
      );
      void run();
    },
    [run],
  );

  /** Record an outcome that did not come from the queue (pasted text), and update one after a decision. */
  const record = useCallback((outcome: ImportOutcome) => setState((s) => ({ ...s, outcomes: [...s.outcomes, outcome] })), []);
  const replace = useCallback(
    (index: number, outcome: ImportOutcome) => setState((s) => ({ ...s, outcomes: s.outcomes.map((o, i) => (i === index ? outcome : o)) })),
    [],
  );
  const clear = useCallback(() => setState((s) => (s.current ? s : EMPTY)), []);

  return { state, enqueue, record, replace, clear };
}
