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

export function searchRepo(db: Db) {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  function plan(p: SearchPlan): { table: string | null; where: string[]; order: string; needsNotices: boolean } {
    const filterKeys = (Object.keys(FILTER_SQL) as (keyof SearchFilterValues)[]).filter((k) => p.filters[k] !== undefined);
    const where = filterKeys.map((k) => FILTER_SQL[k]);
    if (p.bigrams !== null) {
      where.unshift('search_bigrams MATCH @bigrams');
      if (p.chars !== null) where.push('search_bigrams.rowid IN (SELECT rowid FROM search_chars WHERE search_chars MATCH @chars)');
      return { table: 'search_bigrams', where, order: 'search_bigrams.rank', needsNotices: filterKeys.length > 0 };
    }
    if (p.chars !== null) {
      where.unshift('search_chars MATCH @chars');
      return { table: 'search_chars', where, order: 'n.signed_date DESC, n.id DESC', needsNotices: true };
    }
    where.unshift('n.deleted_at IS NULL');
    return { table: null, where, order: 'n.signed_date DESC, n.id DESC', needsNotices: true };
  }

  function params(p: SearchPlan): Record<string, unknown> {
    const values: Record<string, unknown> = { limit: p.limit };
    if (p.bigrams !== null) values.bigrams = p.bigrams;
    if (p.chars !== null) values.chars = p.chars;
    for (const [key, value] of Object.entries(p.filters)) if (value !== undefined) values[key] = value;
    return values;
  }

  function fromClause(table: string | null, withNotices: boolean): string {
    if (table === null) return 'notices n';
    return withNotices ? `${table} JOIN notices n ON n.id = ${table}.rowid` : table;
  }

  const facetYears = db.prepare('SELECT DISTINCT year FROM notices WHERE deleted_at IS NULL AND year IS NOT NULL ORDER BY year DESC').pluck();
  const facetIssuers = db.prepare('SELECT DISTINCT issuer FROM notices WHERE deleted_at IS NULL AND issuer IS NOT NULL ORDER BY issuer').pluck();
  const facetKinds = db.prepare('SELECT DISTINCT doc_kind FROM notices WHERE deleted_at IS NULL AND doc_kind IS NOT NULL ORDER BY doc_kind').pluck();

  return {
    /** The matching notice count and the ids of the best `limit`, in one consistent read. */
    run: db.transaction((p: SearchPlan): { total: number; ids: number[] } => {
      const { table, where, order, needsNotices } = plan(p);
      const whereSql = where.join(' AND ');
      const values = params(p);
      const { limit, ...countValues } = values;
      const total = prepared(`SELECT count(*) FROM ${fromClause(table, needsNotices)} WHERE ${whereSql}`)
        .pluck()
        .get(countValues) as number;
      const idColumn = table === null ? 'n.id' : `${table}.rowid`;
      const ids = prepared(
        `SELECT ${idColumn} FROM ${fromClause(table, needsNotices || order.startsWith('n.'))} WHERE ${whereSql} ORDER BY ${order} LIMIT @limit`,
      )
        .pluck()
        .all({ ...countValues, limit }) as number[];
      return { total, ids };
    }),
    facets: (): Omit<SearchFacets, 'units'> => ({
      years: facetYears.all() as number[],
      issuers: facetIssuers.all() as string[],
      docKinds: facetKinds.all() as string[],
    }),
  };
}

export type SearchRepo = ReturnType<typeof searchRepo>;
