/**
 * Search as you type: every change of the query or filters asks the core at once; answers that
 * arrive after a newer question are dropped, so the list always shows the latest query's hits.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/api/searchContract';
import { api } from '../api/client';

export interface SearchState {
  total: number;
  /** More notices match than `total` counts. */
  totalCapped: boolean;
  hits: SearchHit[];
  /** What of the query the core read differently from how it was typed (quotes, OR, a 文号's brackets). */
  note: string | null;
  error: string | null;
  /** The query the shown hits answer. */
  answered: string | null;
  searching: boolean;
}

export function useSearch(query: string, filters: SearchFilters, limit: number): SearchState {
  const [state, setState] = useState<SearchState>({
    total: 0,
    totalCapped: false,
    hits: [],
    note: null,
    error: null,
    answered: null,
    searching: false,
  });
  const asked = useRef(0);
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    const trimmed = query.trim();
    const ticket = ++asked.current;
    if (trimmed === '' && !Object.values(filters).some((v) => v !== undefined)) {
      setState({ total: 0, totalCapped: false, hits: [], note: null, error: null, answered: null, searching: false });
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    void api.call('search.query', { query: trimmed, filters, limit }).then((result) => {
      if (ticket !== asked.current) return;
      setState(
        result.ok
          ? {
              total: result.value.total,
              totalCapped: result.value.totalCapped,
              hits: result.value.hits,
              note: result.value.note ?? null,
              error: null,
              answered: trimmed,
              searching: false,
            }
          : { total: 0, totalCapped: false, hits: [], note: null, error: result.error, answered: trimmed, searching: false },
      );
    });
    // filterKey stands for the filters' contents, so a new but equal object does not search again.
  }, [query, filterKey, limit]);

  return state;
}
