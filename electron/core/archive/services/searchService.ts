/**
 * Search: any query of one or more characters over the title, 文号 and full text of every notice outside
 * the recycle bin, with exact substring semantics (100% recall, no false hits: see search/searchTokens.ts),
 * ranked, each hit with the clause it falls in and a marked snippet; filters by year, issuer, 文种,
 * responsible unit, status and 保管期限. Whatever the clerk types is literal text,
 * except quotes, OR and a 文号's brackets (search/searchQuery.ts). Also the filter lists
 * and saved searches.
 */
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import type { SavedSearch, SearchFacets, SearchFilters, SearchHit } from '../../../../shared/api/searchContract';
import type { DivisionIndex } from '../../../../shared/units/divisions';
import type { ArchiveRepositories } from '../../store/archiveRepositories';
import type { CoreRepositories } from '../../store/coreRepositories';
import { taskUnitIds, unitsMeant } from '../../units/unitsMeant';
import type { SearchFilterValues } from '../../store/searchIndex';
import type { ArchiveContext } from '../archiveContext';
import { timestamp } from '../clock';
import { unpackSpans, type PlacedClause } from '../search/clauseSpans';
import { readQuery } from '../search/searchQuery';
import { foldForSearch, originalByteOffsets } from '../search/searchText';
import { snippetInBytes, snippetOf } from '../search/snippet';
import { findAll, findFrom, firstAtOrAfter, termPattern } from '../search/termPattern';

const MAX_TERMS = 20;

/** Chinese order, as localeCompare(b, 'zh') sorts, but one collator for a whole list (it built one per pair). */
const BY_CHINESE = new Intl.Collator('zh');

/** A search as the contract hands it over (query length and limit already checked there). */
export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  /** How many hits to return (default 50); `total` counts them all. */
  limit?: number;
}

export interface SearchResult {
  total: number;
  /** More notices match than `total` counts. */
  totalCapped: boolean;
  hits: SearchHit[];
  /** What of the query was read differently from how it was typed (quotes, OR, a 文号's brackets). */
  note?: string;
}

function filterValues(filters: SearchFilters): SearchFilterValues {
  const values: SearchFilterValues = {};
  if (filters.year !== undefined) values.year = filters.year;
  if (filters.issuer?.trim()) values.issuerKey = foldForSearch(filters.issuer);
  if (filters.docKind?.trim()) values.docKind = filters.docKind.trim();
  if (filters.status !== undefined) values.status = filters.status;
  if (filters.retention !== undefined) values.retention = filters.retention;
  return values;
}

/** A hit's place in a notice: the clause it falls in and its UTF-8 byte offset in the original text (-1: title or 文号 only). */
interface HitPlace {
  clause: number | null;
  offset: number;
}

const clauseAt = (spans: PlacedClause[], offset: number) => spans.findLast((s) => s.start <= offset && offset < s.end)?.position ?? null;

/**
 * Where the terms are, searching the text's bytes as received: the first clause holding every term, else
 * the clause of the first occurrence. Null when some term is not found that way (a spelling folding
 * changes in other ways): then the folded text decides.
 */
function placeInBytes(bytes: Buffer, spans: PlacedClause[], patterns: RegExp[]): HitPlace | null {
  const latin1 = bytes.toString('latin1');
  const firsts = patterns.map((p) => findFrom(latin1, p));
  if (firsts.some((at) => at < 0)) return null;
  if (patterns.length === 1 && spans.length > 0) {
    // The first occurrence inside the clause tree (clauses follow each other from the first one's start).
    const inClauses = findFrom(latin1, patterns[0], spans[0].start);
    const clause = inClauses >= 0 ? clauseAt(spans, inClauses) : null;
    if (clause !== null) return { clause, offset: inClauses };
  }
  if (patterns.length > 1 && spans.length > 0) {
    // Every occurrence of each term once, then each clause looked up in those lists: searching the text again
    // from every clause's start would read it once per clause and term.
    const occurrences = patterns.map((p) => findAll(latin1, p));
    for (const span of spans) {
      const inside = occurrences.map((list) => firstAtOrAfter(list, span.start));
      if (inside.every((at) => at >= 0 && at < span.end)) return { clause: span.position, offset: Math.min(...inside) };
    }
  }
  const offset = Math.min(...firsts);
  return { clause: clauseAt(spans, offset), offset };
}

/** How much text the folded search decodes at a time: the first occurrence is usually near the start. */
const FOLD_CHUNK_BYTES = 4096;

/** The first occurrence of any term in the folded text, decoding and folding the bytes a chunk at a time. */
function placeInFolded(bytes: Buffer, spans: PlacedClause[], terms: string[]): HitPlace {
  const chunks: { byteStart: number; foldedStart: number; text: string }[] = [];
  let folded = '';
  for (let start = 0; start < bytes.length;) {
    let end = Math.min(bytes.length, start + FOLD_CHUNK_BYTES);
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end++;
    const text = bytes.toString('utf8', start, end);
    chunks.push({ byteStart: start, foldedStart: folded.length, text });
    folded += foldForSearch(text);
    start = end;
    const positions = terms.map((t) => folded.indexOf(t)).filter((at) => at >= 0);
    // A term may still begin in this chunk and end in the next: only stop when no term could.
    if (positions.length > 0 && (end >= bytes.length || Math.min(...positions) + Math.max(...terms.map((t) => t.length)) < folded.length)) {
      const first = Math.min(...positions);
      const chunk = chunks.findLast((c) => c.foldedStart <= first)!;
      const offset = chunk.byteStart + originalByteOffsets(chunk.text, [first - chunk.foldedStart])[0];
      return { clause: clauseAt(spans, offset), offset };
    }
  }
  return { clause: null, offset: -1 };
}

/**
 * The responsible-unit filter: the organizations the name means (any alias, the office's jurisdiction) and
 * the groups they belong to; as written only when the name reads as no organization of a known place.
 */
async function unitFilter(
  tx: Pick<CoreRepositories, 'units' | 'organization'>,
  name: string,
  index: DivisionIndex,
): Promise<SearchFilterValues> {
  const meant = await unitsMeant(tx, await tx.units.liveResolvedUnits(), name, index);
  const ids = taskUnitIds(meant);
  if (ids.length > 0 || (meant.placed && meant.rows.length > 0)) return { unitIds: ids };
  return { unitKey: foldForSearch(name) };
}

export function searchService(ctx: ArchiveContext, divisions: () => DivisionIndex) {
  const { store, clock } = ctx;

  async function hitsOf(tx: Pick<ArchiveRepositories, 'notices' | 'clauses'>, ids: number[], terms: string[]): Promise<SearchHit[]> {
    const infos = await tx.notices.hitInfos(ids);
    const patterns = terms.map(termPattern);
    const placed = ids.flatMap((id) => {
      const notice = infos.get(id);
      if (!notice) return [];
      const noticeSpans = unpackSpans(notice.clauseSpans);
      const place = placeInBytes(notice.originalBytes, noticeSpans, patterns) ?? placeInFolded(notice.originalBytes, noticeSpans, terms);
      return [{ notice, ...place }];
    });
    const labels = await tx.clauses.labelsOf(
      placed.flatMap((h) => (h.clause === null ? [] : [[h.notice.id, h.clause] as [number, number]])),
    );
    return placed.map(({ notice, clause, offset }) => ({
      noticeId: notice.id,
      docNumber: notice.docNumber,
      title: notice.title,
      issuer: notice.issuer,
      signedDate: notice.signedDate,
      clause: clause === null ? null : (labels.get(`${notice.id}/${clause}`) ?? null),
      snippet:
        offset >= 0
          ? snippetInBytes(notice.originalBytes, offset, terms)
          : snippetOf(notice.title ?? notice.docNumber ?? notice.originalBytes.toString('utf8'), terms),
    }));
  }

  return {
    async query(request: SearchRequest): Promise<ApiResult<SearchResult>> {
      const { terms, note } = readQuery(request.query);
      if (terms.length > MAX_TERMS) return fail(`检索词最多${MAX_TERMS}个（用空格分开的每一段算一个）。`);
      const unit = request.filters?.unit?.trim();
      // One snapshot: the count, the ids and what the hits show agree even while an import commits.
      return store.read(async (tx) => {
        const filters = { ...filterValues(request.filters ?? {}), ...(unit ? await unitFilter(tx, unit, divisions()) : {}) };
        const { total, totalCapped, ids } = await tx.searchIndex.query({ terms, filters, limit: request.limit ?? 50 });
        const hits = await hitsOf(tx, ids, terms);
        return ok(note ? { total, totalCapped, hits, note } : { total, totalCapped, hits });
      });
    },

    /** The filter lists; responsible units as the organizations they resolved to (names as written when none did). */
    facets: (): Promise<SearchFacets> =>
      store.read(async (tx) => {
        const resolved = [...new Set((await tx.units.liveResolvedUnits()).map((u) => u.name))].sort(BY_CHINESE.compare);
        return { ...(await tx.notices.facets()), units: resolved.length > 0 ? resolved : await tx.units.names() };
      }),

    listSaved: (): Promise<{ searches: SavedSearch[] }> => store.read(async (tx) => ({ searches: await tx.savedSearches.list() })),

    /** Saves a search under a name (checked at the contract: 1 to 40 characters, trimmed). */
    save: (args: { name: string; query: string; filters?: SearchFilters }): Promise<ApiResult<SavedSearch>> =>
      store.write(async (tx) => {
        const filters = args.filters ?? {};
        const id = await tx.savedSearches.insert(args.name, args.query, filters, timestamp(clock));
        return ok({ id, name: args.name, query: args.query, filters });
      }),

    deleteSaved: (id: number): Promise<ApiResult<{ id: number }>> =>
      store.write(async (tx) => ((await tx.savedSearches.remove(id)) ? ok({ id }) : fail('找不到这条保存的检索。'))),
  };
}

export type SearchService = ReturnType<typeof searchService>;
