/**
 * 检索: find any phrase in the archive as you type — two characters such as 燃气 are the usual query —
 * with filters, highlighted snippets, the clause that matched, and saved searches.
 * ↓ from the box moves into the results; Enter opens one.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SavedSearch, SearchFilters, SearchHit } from '../../shared/api/searchContract';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { useStoredState } from '../hooks/useStoredState';
import { FilterBar } from './FilterBar';
import { SavedSearches } from './SavedSearches';
import { Snippet } from './Snippet';
import { useSearch } from './useSearch';

/** Hits shown at first; "显示更多" adds a hundred more (up to 500). */
const PAGE = 50;

function hitLink(hit: SearchHit): string {
  return href(['notice', hit.noticeId], hit.clause ? { clause: hit.clause.path } : undefined);
}

export function SearchScreen({ initialQuery }: { initialQuery: string | null }) {
  const [query, setQuery] = useStoredState('search.query', initialQuery ?? '');
  const [filters, setFilters] = useStoredState<SearchFilters>('search.filters', {});
  const [limit, setLimit] = useState(PAGE);
  const result = useSearch(query, filters, limit);
  useEffect(() => setLimit(PAGE), [query, filters]);
  const listRef = useRef<HTMLDivElement>(null);

  function runSaved(saved: SavedSearch) {
    setQuery(saved.query);
    setFilters(saved.filters);
  }

  function onBoxKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.querySelector<HTMLElement>('.hit')?.focus();
    }
  }

  function onListKey(event: KeyboardEvent) {
    const current = document.activeElement as HTMLElement | null;
    if (!current?.classList.contains('hit')) return;
    const sibling =
      event.key === 'ArrowDown' ? current.nextElementSibling : event.key === 'ArrowUp' ? current.previousElementSibling : null;
    if (sibling instanceof HTMLElement) {
      event.preventDefault();
      sibling.focus();
    }
  }

  const asked = query.trim() !== '' || Object.values(filters).some((v) => v !== undefined);
  return (
    <>
      <PageHeader title="检索" subtitle="全文检索所有存档公文和条款，离线可用">
        <input
          className="search-box"
          type="search"
          data-search-box
          autoFocus
          placeholder="输入要查找的词，如：燃气、消防、矿山"
          aria-label="检索词"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onBoxKey}
        />
      </PageHeader>
      <FilterBar filters={filters} onChange={setFilters} />
      <div className="page-body">
        <div className="search-layout">
          <section className="panel" aria-label="检索结果" style={{ padding: 0 }} data-answered={result.answered ?? undefined}>
            <ErrorBox error={result.error} />
            {result.note ? (
              <div className="search-note" role="status" data-testid="search-note">
                {result.note}
              </div>
            ) : null}
            {!asked ? (
              <EmptyState
                title="输入检索词开始查找"
                hint="边输入边出结果。可以只输入两个字，也可以用上方的条件按年度、发文机关、责任单位等筛选。"
              />
            ) : result.answered !== null && result.hits.length === 0 && !result.error ? (
              <EmptyState title="没有找到" hint={`档案中没有包含“${result.answered}”的公文。请换个说法，或清除筛选条件再试。`} />
            ) : (
              <>
                <div className="toolbar">
                  <span className="count" aria-live="polite" data-testid="search-count">
                    {result.answered !== null ? `找到${result.totalCapped ? '超过' : ''} ${result.total} 份公文` : '正在检索…'}
                    {result.total > result.hits.length ? `，显示前 ${result.hits.length} 份` : ''}
                  </span>
                </div>
                <div ref={listRef} onKeyDown={onListKey} role="list" data-testid="search-results">
                  {result.hits.map((hit, index) => (
                    <div
                      key={`${hit.noticeId}-${hit.clause?.path ?? ''}-${index}`}
                      className="hit"
                      role="listitem"
                      tabIndex={0}
                      onClick={() => navigate(hitLink(hit))}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') navigate(hitLink(hit));
                      }}
                    >
                      <div className="hit-title">{hit.title ?? '（无标题）'}</div>
                      <div className="hit-meta">
                        {[hit.docNumber, hit.issuer, hit.signedDate].filter(Boolean).join(' · ')}
                        {hit.clause ? `　条款 ${hit.clause.path}：${hit.clause.heading.slice(0, 30)}` : ''}
                      </div>
                      <Snippet parts={hit.snippet} />
                    </div>
                  ))}
                </div>
                {result.total > result.hits.length ? (
                  <div className="toolbar">
                    <button type="button" onClick={() => setLimit((n) => Math.min(n + PAGE * 2, 500))} disabled={limit >= 500}>
                      显示更多
                    </button>
                  </div>
                ) : null}
              </>
            )}
          </section>
          <SavedSearches query={query} filters={filters} onRun={runSaved} />
        </div>
      </div>
    </>
  );
}
