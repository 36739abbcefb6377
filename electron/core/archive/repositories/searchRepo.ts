/**
 * SQL of search queries: notices matching full-text expressions (built by search/searchTokens.ts, never from
 * raw user text) and the filters, counted and ranked; the filter lists (facets).
 */
import type { SearchFacets } from '../../../../shared/api/searchContract';
import type { Retention, Status } from '../../../../shared/api/fields';
import type { Db } from '../../db/openDatabase';

export interface SearchFilterValues {
  year?: number;
  /** Folded issuer text the issuer must contain. */
  issuerKey?: string;
  docKind?: string;
  /** Folded unit name some responsible unit of the notice must contain. */
  unitKey?: string;
  status?: Status;
  retention?: Retention;
}

export interface SearchPlan {
  /** FTS5 expression over search_bigrams (terms of two or more characters), or null. */
  bigrams: string | null;
  /** FTS5 expression over search_chars (one-character terms), or null. */
  chars: string | null;
  filters: SearchFilterValues;
  limit: number;
}

const FILTER_SQL: Record<keyof SearchFilterValues, string> = {
  year: 'n.year = @year',
  issuerKey: 'instr(n.issuer_key, @issuerKey) > 0',
  docKind: 'n.doc_kind = @docKind',
  unitKey: `EXISTS (SELECT 1 FROM clause_units cu JOIN units u ON u.id = cu.unit_id
    WHERE cu.notice_id = n.id AND instr(u.name_key, @unitKey) > 0)`,
  status: 'EXISTS (SELECT 1 FROM registrations r WHERE r.notice_id = n.id AND r.status = @status)',
  retention: 'EXISTS (SELECT 1 FROM filings f WHERE f.notice_id = n.id AND f.retention = @retention)',
};

/** Up to this many matches are ranked by relevance (bm25); beyond, ranking every match costs more than it tells. */
const RANKED_MATCHES = 1000;

export function searchRepo(db: Db, rankedMatches = RANKED_MATCHES) {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  /** FROM and WHERE of the matching notices: full-text tables first, joined to notices only when a filter needs it. */
  function source(p: SearchPlan, match: 'bigrams' | 'head' | 'chars' | 'none'): { sql: string; id: string } {
    const filterKeys = (Object.keys(FILTER_SQL) as (keyof SearchFilterValues)[]).filter((k) => p.filters[k] !== undefined);
    const where = filterKeys.map((k) => FILTER_SQL[k]);
    if (match === 'none') return { sql: `notices n WHERE ${['n.deleted_at IS NULL', ...where].join(' AND ')}`, id: 'n.id' };
    const table = match === 'chars' ? 'search_chars' : 'search_bigrams';
    where.unshift(match === 'chars' ? 'search_chars MATCH @chars' : match === 'head' ? 'search_bigrams MATCH @head' : 'search_bigrams MATCH @bigrams');
    if (match !== 'chars' && p.chars !== null) where.push(`${table}.rowid IN (SELECT rowid FROM search_chars WHERE search_chars MATCH @chars)`);
    const from = filterKeys.length > 0 ? `${table} JOIN notices n ON n.id = ${table}.rowid` : table;
    return { sql: `${from} WHERE ${where.join(' AND ')}`, id: `${table}.rowid` };
  }

  function values(p: SearchPlan, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const out: Record<string, unknown> = { ...extra };
    if (p.bigrams !== null) out.bigrams = p.bigrams;
    if (p.chars !== null) out.chars = p.chars;
    for (const [key, value] of Object.entries(p.filters)) if (value !== undefined) out[key] = value;
    return out;
  }

  const ids = (p: SearchPlan, match: 'bigrams' | 'head' | 'chars' | 'none', order: string, limit: number, extra: Record<string, unknown> = {}) => {
    const { sql, id } = source(p, match);
    return prepared(`SELECT ${id} FROM ${sql} ORDER BY ${order.replace('@id', id)} LIMIT @limit`).pluck().all(values(p, { ...extra, limit })) as number[];
  };

  const facetYears = db.prepare('SELECT DISTINCT year FROM notices WHERE deleted_at IS NULL AND year IS NOT NULL ORDER BY year DESC').pluck();
  const facetIssuers = db.prepare('SELECT DISTINCT issuer FROM notices WHERE deleted_at IS NULL AND issuer IS NOT NULL ORDER BY issuer').pluck();
  const facetKinds = db.prepare('SELECT DISTINCT doc_kind FROM notices WHERE deleted_at IS NULL AND doc_kind IS NOT NULL ORDER BY doc_kind').pluck();

  return {
    /**
     * The matching notice count and the ids of the best `limit`, in one consistent read. Ranking: by
     * relevance (bm25, a hit in the title or 文号 weighing four times one in the text) when at most
     * RANKED_MATCHES notices match; otherwise title or 文号 hits first, each group newest first.
     */
    run: db.transaction((p: SearchPlan): { total: number; ids: number[] } => {
      const match = p.bigrams !== null ? 'bigrams' : p.chars !== null ? 'chars' : 'none';
      const { sql } = source(p, match);
      const total = prepared(`SELECT count(*) FROM ${sql}`).pluck().get(values(p)) as number;
      if (match !== 'bigrams') return { total, ids: ids(p, match, '@id DESC', p.limit) };
      if (total <= rankedMatches) return { total, ids: ids(p, 'bigrams', 'search_bigrams.rank', p.limit) };
      const head = ids(p, 'head', '@id DESC', p.limit, { head: `head : (${p.bigrams})` });
      const seen = new Set(head);
      const rest = ids(p, 'bigrams', '@id DESC', p.limit + head.length).filter((id) => !seen.has(id));
      return { total, ids: [...head, ...rest].slice(0, p.limit) };
    }),
    facets: (): Omit<SearchFacets, 'units'> => ({
      years: facetYears.all() as number[],
      issuers: facetIssuers.all() as string[],
      docKinds: facetKinds.all() as string[],
    }),
  };
}

export type SearchRepo = ReturnType<typeof searchRepo>;
