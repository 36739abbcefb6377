/**
 * Search: any query of one or more characters over the title, 文号 and full text of every notice outside
 * the recycle bin, with exact substring semantics (100% recall, no false hits: see search/searchTokens.ts),
 * ranked, each hit with the clause it falls in and a marked snippet; filters by year, issuer, 文种,
 * responsible unit, status and 保管期限. Whatever the clerk types is literal text. Also the filter lists
 * and saved searches.
 */
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import type { SavedSearch, SearchFacets, SearchFilters, SearchHit } from '../../../../shared/api/searchContract';
import type { ArchiveContext } from '../archiveContext';
import { timestamp } from '../clock';
import type { ClauseSpanRow } from '../repositories/clauseRepo';
import type { SearchFilterValues } from '../repositories/searchRepo';
import { foldForSearch, originalIndex, queryTerms } from '../search/searchText';
import { snippetAt, snippetOf } from '../search/snippet';
import { termQuery } from '../search/searchTokens';

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 20;
const MAX_LIMIT = 500;

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  /** How many hits to return (default 50, at most 500); `total` counts them all. */
  limit?: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

function filterValues(filters: SearchFilters): SearchFilterValues {
  const values: SearchFilterValues = {};
  if (filters.year !== undefined) values.year = filters.year;
  if (filters.issuer?.trim()) values.issuerKey = foldForSearch(filters.issuer);
  if (filters.docKind?.trim()) values.docKind = filters.docKind.trim();
  if (filters.unit?.trim()) values.unitKey = foldForSearch(filters.unit);
  if (filters.status !== undefined) values.status = filters.status;
  if (filters.retention !== undefined) values.retention = filters.retention;
  return values;
}

/**
 * Where a hit falls in a notice's folded text: the first clause whose span holds every term, else the
 * clause around the first occurrence of any term; position -1 when the terms are only in the title or 文号.
 */
function locateHit(folded: string, spans: ClauseSpanRow[], terms: string[]): { clause: number | null; position: number } {
  for (const span of spans) {
    const text = folded.slice(span.start, span.end);
    if (terms.every((t) => text.includes(t))) {
      return { clause: span.position, position: span.start + Math.min(...terms.map((t) => text.indexOf(t))) };
    }
  }
  const positions = terms.map((t) => folded.indexOf(t)).filter((p) => p >= 0);
  if (positions.length === 0) return { clause: null, position: -1 };
  const position = Math.min(...positions);
  return { clause: spans.findLast((s) => s.start <= position && position < s.end)?.position ?? null, position };
}

export function searchService(ctx: ArchiveContext) {
  const { repos, clock } = ctx;
  const { search, notices, clauses, units, savedSearches } = repos;

  function hitsOf(ids: number[], terms: string[]): SearchHit[] {
    const infos = notices.hitInfos(ids);
    const spans = clauses.spansOf(ids);
    const located = ids.flatMap((id) => {
      const notice = infos.get(id);
      if (!notice) return [];
      return [{ notice, ...locateHit(foldForSearch(notice.originalText), spans.get(id) ?? [], terms) }];
    });
    const labels = clauses.labelsOf(located.flatMap((h) => (h.clause === null ? [] : [[h.notice.id, h.clause] as [number, number]])));
    return located.map(({ notice, clause, position }) => ({
      noticeId: notice.id,
      docNumber: notice.docNumber,
      title: notice.title,
      issuer: notice.issuer,
      signedDate: notice.signedDate,
      clause: clause === null ? null : (labels.get(`${notice.id}/${clause}`) ?? null),
      snippet:
        position >= 0
          ? snippetAt(notice.originalText, originalIndex(notice.originalText, position), terms)
          : snippetOf(notice.title ?? notice.docNumber ?? notice.originalText, terms),
    }));
  }

  return {
    query(request: SearchRequest): ApiResult<SearchResult> {
      if (typeof request.query !== 'string') return fail('检索词应为文字。');
      if (request.query.length > MAX_QUERY_LENGTH) return fail(`检索词最多${MAX_QUERY_LENGTH}个字。`);
      const terms = queryTerms(request.query);
      if (terms.length > MAX_TERMS) return fail(`检索词最多${MAX_TERMS}个（用空格分开的每一段算一个）。`);
      const limit = Math.min(Math.max(1, Math.trunc(request.limit ?? 50)), MAX_LIMIT);
      const filters = filterValues(request.filters ?? {});
      const bigramTerms = terms.map(termQuery).filter((q) => q.table === 'bigrams').map((q) => q.match);
      const charTerms = terms.map(termQuery).filter((q) => q.table === 'chars').map((q) => q.match);
      const { total, ids } = search.run({
        bigrams: bigramTerms.length > 0 ? bigramTerms.join(' ') : null,
        chars: charTerms.length > 0 ? charTerms.join(' ') : null,
        filters,
        limit,
      });
      return ok({ total, hits: hitsOf(ids, terms) });
    },

    facets: (): SearchFacets => ({ ...search.facets(), units: units.names() }),

    listSaved: (): { searches: SavedSearch[] } => ({ searches: savedSearches.list() }),

    save(args: { name: string; query: string; filters?: SearchFilters }): ApiResult<SavedSearch> {
      const name = args.name.trim();
      if (name.length === 0 || name.length > 40) return fail('检索名称应为1到40个字。');
      if (args.query.length > MAX_QUERY_LENGTH) return fail(`检索词最多${MAX_QUERY_LENGTH}个字。`);
      const filters = args.filters ?? {};
      const id = savedSearches.insert(name, args.query, filters, timestamp(clock));
      return ok({ id, name, query: args.query, filters });
    },

    deleteSaved: (id: number): ApiResult<{ id: number }> =>
      savedSearches.remove(id) ? ok({ id }) : fail('找不到这条保存的检索。'),
  };
}

export type SearchService = ReturnType<typeof searchService>;
