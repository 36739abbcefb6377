/**
 * Search as you type: every change of the query or filters asks the core at once (after a pause
 * short enough to feel instant); answers that arrive after a newer question are dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/api/searchContract';
import { api } from '../api/client';

/** Coalesces a burst of keystrokes without being noticeable. */
const PAUSE_MS = 40;

export interface SearchState {
  total: number;
  hits: SearchHit[];
  error: string | null;
  /** The query the shown hits answer. */
  answered: string | null;
  searching: boolean;
}

export function useSearch(query: string, filters: SearchFilters, limit = 100): SearchState {
  const [state, setState] = useState<SearchState>({ total: 0, hits: [], error: null, answered: null, searching: false });
  const asked = useRef(0);
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    const trimmed = query.trim();
    const hasFilter = Object.values(filters).some((v) => v !== undefined);
    if (trimmed === '' && !hasFilter) {
      asked.current += 1;
      setState({ total: 0, hits: [], error: null, answered: null, searching: false });
      return;
    }
    const ticket = ++asked.current;
    setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(async () => {
      const result = await api.call('search.query', { query: trimmed, filters, limit });
      if (ticket !== asked.current) return;
      setState(
        result.ok
          ? { total: result.value.total, hits: result.value.hits, error: null, answered: trimmed, searching: false }
          : { total: 0, hits: [], error: result.error, answered: trimmed, searching: false },
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
    // filterKey stands for the filters' contents, so a new but equal object does not search again.
  }, [query, filterKey, limit]);

  return state;
}
