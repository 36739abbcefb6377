/**
 * The register's rows, in steps: the first screenful arrives quickly (a small answer), then the whole
 * register page by page after a cursor (each page a bounded answer, none holding up the core or the
 * window for long), shown once complete; the first rows stand in only while the view is unsorted and
 * unfiltered, where they are exactly the rows the full list begins with.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import type { NoticeRow, RegisterCursor } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import { useApi, useArchiveVersion } from '../api/useApi';
import { FIRST_SCREEN_ROWS } from '../firstScreen';

/** Rows per page of the whole register: reading a page's answer (2 MB at 5,000 rows) is one task of the window. */
export const PAGE_ROWS = 2000;

const NO_ROWS: NoticeRow[] = [];

interface AllRows {
  rows: NoticeRow[] | null;
  error: string | null;
}

/** The last complete register: shown at once when the screen opens again, while it reloads. */
let lastComplete: NoticeRow[] | null = null;

/** Every row, page after page, reloaded when the archive changes; starts once `start` is true. */
function useAllRows(start: boolean): AllRows {
  const version = useArchiveVersion();
  const [all, setAll] = useState<AllRows>({ rows: lastComplete, error: null });
  useEffect(() => {
    if (!start) return;
    let current = true;
    void (async () => {
      const rows: NoticeRow[] = [];
      let after: RegisterCursor | undefined;
      for (;;) {
        const page = await api.call('archive.listNotices', after ? { limit: PAGE_ROWS, after } : { limit: PAGE_ROWS });
        if (!current) return;
        if (!page.ok) {
          setAll({ rows: null, error: page.error });
          return;
        }
        rows.push(...page.value.rows);
        if (page.value.rows.length < PAGE_ROWS) break;
        const last = rows[rows.length - 1];
        after = { receivedDate: last.receivedDate, id: last.id };
      }
      lastComplete = rows;
      setAll({ rows, error: null });
    })();
    return () => {
      current = false;
    };
  }, [start, version]);
  return all;
}

export function useRegisterRows(plainView: boolean) {
  const head = useApi('archive.listNotices', { limit: FIRST_SCREEN_ROWS });
  // The pages wait for the first screen, so they never queue in front of it.
  const all = useAllRows(head.value !== null || head.error !== null);
  // Laying out the whole register takes long at 100,000 rows: opened again, the screen shows the first rows
  // at once and the whole register in a render of its own right after.
  const complete = useDeferredValue(all.rows, plainView && head.value !== null ? null : all.rows);
  const partial = complete === null && plainView && head.value !== null;
  return {
    rows: complete ?? (partial ? head.value!.rows : NO_ROWS),
    total: head.value?.total ?? (complete ? complete.length : null),
    /** Only the first rows are shown; the rest are on their way. */
    partial,
    error: all.error ?? head.error,
    loaded: complete !== null || partial,
  };
}
