/**
 * The register's rows, in two steps: the first screenful arrives quickly (a small answer), the whole
 * register follows; the first rows stand in only while the view is unsorted and unfiltered, where
 * they are exactly the rows the full list begins with.
 */
import type { NoticeRow } from '../../shared/api/archiveContract';
import { useApi } from '../api/useApi';

/** More than any screen shows, few enough to arrive at once. */
export const FIRST_SCREEN_ROWS = 100;

const NO_ROWS: NoticeRow[] = [];

export function useRegisterRows(plainView: boolean) {
  const head = useApi('archive.listNotices', { limit: FIRST_SCREEN_ROWS });
  const all = useApi('archive.listNotices', {});
  const partial = all.value === null && plainView && head.value !== null;
  return {
    rows: all.value?.rows ?? (partial ? head.value!.rows : NO_ROWS),
    total: all.value?.total ?? head.value?.total ?? null,
    /** Only the first rows are shown; the rest are on their way. */
    partial,
    error: all.error ?? head.error,
    loaded: all.value !== null || partial,
  };
}
