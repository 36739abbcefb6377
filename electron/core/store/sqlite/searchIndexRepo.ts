/**
 * The full-text index in SQLite: `search_bigrams` (contentless FTS5 with positions: head and body columns of
 * bigram tokens), `search_chars` (contentless, position-free: the distinct characters) and `search_heads`
 * (the head bigrams alone, so title or 文号 hits are found without reading the text's long lists). Rows
 * exist only for notices outside the recycle bin; their rowid is the notice id. Queries are FTS5 expressions built from the
 * terms by search/searchTokens.ts, never from raw user text.
 */
import { termQuery } from '../../archive/search/searchTokens';
import type { Db } from '../../db/openDatabase';
import type { IndexQuery, SearchFilterValues, SearchIndex } from '../searchIndex';

/** What one query runs: FTS5 expressions for each table (null: no such terms), filters, limit. */
interface SearchPlan {
  /** Over search_bigrams (terms of two or more characters). */
  bigrams: string | null;
  /** Over search_chars (one-character terms). */
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
  unitIds: `EXISTS (SELECT 1 FROM clause_units cu
    WHERE cu.notice_id = n.id AND cu.resolved_unit_id IN (SELECT value FROM json_each(@unitIds)))`,
  status: 'EXISTS (SELECT 1 FROM registrations r WHERE r.notice_id = n.id AND r.status = @status)',
  retention: 'EXISTS (SELECT 1 FROM filings f WHERE f.notice_id = n.id AND f.retention = @retention)',
};

/**
 * Up to this many matches are counted and ranked by relevance (bm25); beyond, counting or ranking every match
 * of a two-character query in 100,000 notices costs more than it tells: the total is then "more than this".
 */
export const COUNTED_MATCHES = 1000;

function planOf(query: IndexQuery): SearchPlan {
  const parts = query.terms.map(termQuery);
  const of = (table: 'bigrams' | 'chars') => {
    const matches = parts.filter((q) => q.table === table).map((q) => q.match);
    return matches.length > 0 ? matches.join(' ') : null;
  };
  return { bigrams: of('bigrams'), chars: of('chars'), filters: query.filters, limit: query.limit };
}

export function searchIndexRepo(db: Db, countedMatches = COUNTED_MATCHES): SearchIndex {
  const tables = ['search_bigrams', 'search_chars', 'search_heads'];
  const insertBigrams = db.prepare('INSERT INTO search_bigrams (rowid, head, body) VALUES (?, ?, ?)');
  const insertChars = db.prepare('INSERT INTO search_chars (rowid, chars) VALUES (?, ?)');
  const insertHead = db.prepare('INSERT INTO search_heads (rowid, head) VALUES (?, ?)');
  const deletes = tables.map((table) => db.prepare(`DELETE FROM ${table} WHERE rowid = ?`));
  const optimizes = tables.map((table) => db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`));

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
    const table = match === 'chars' ? 'search_chars' : match === 'head' ? 'search_heads' : 'search_bigrams';
    where.unshift(`${table} MATCH @${match}`);
    // The unary + keeps the rowid list a filter: offered to FTS5 as a rowid constraint, it made FTS5 look each
    // listed notice up again through the MATCH (a common word and a common character took minutes at 100,000).
    if (match !== 'chars' && p.chars !== null)
      where.push(`+${table}.rowid IN (SELECT rowid FROM search_chars WHERE search_chars MATCH @chars)`);
    const from = filterKeys.length > 0 ? `${table} JOIN notices n ON n.id = ${table}.rowid` : table;
    return { sql: `${from} WHERE ${where.join(' AND ')}`, id: `${table}.rowid` };
  }

  function values(p: SearchPlan, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const out: Record<string, unknown> = { ...extra };
    if (p.bigrams !== null) out.bigrams = p.bigrams;
    if (p.chars !== null) out.chars = p.chars;
    // A list is bound as JSON (read back with json_each).
    for (const [key, value] of Object.entries(p.filters))
      if (value !== undefined) out[key] = Array.isArray(value) ? JSON.stringify(value) : value;
    return out;
  }

  const ids = (
    p: SearchPlan,
    match: 'bigrams' | 'head' | 'chars' | 'none',
    order: string,
    limit: number,
    extra: Record<string, unknown> = {},
  ) => {
    const { sql, id } = source(p, match);
    return prepared(`SELECT ${id} FROM ${sql} ORDER BY ${order.replace('@id', id)} LIMIT @limit`)
      .pluck()
      .all(values(p, { ...extra, limit })) as number[];
  };

  /**
   * Counted up to countedMatches and then ranked by bm25 (a title or 文号 hit weighs four times one in the
   * text); beyond, title or 文号 hits first, each group newest first. Matches come in rowid order, so
   * neither the capped count nor a newest-first page reads further than it needs.
   */
  function run(p: SearchPlan): { total: number; totalCapped: boolean; ids: number[] } {
    const match = p.bigrams !== null ? 'bigrams' : p.chars !== null ? 'chars' : 'none';
    const { sql, id } = source(p, match);
    const counted = prepared(`SELECT count(*) FROM (SELECT ${id} FROM ${sql} LIMIT @cap)`)
      .pluck()
      .get(values(p, { cap: countedMatches + 1 })) as number;
    const totalCapped = counted > countedMatches;
    const total = Math.min(counted, countedMatches);
    if (match !== 'bigrams') return { total, totalCapped, ids: ids(p, match, '@id DESC', p.limit) };
    if (!totalCapped) return { total, totalCapped, ids: ids(p, 'bigrams', 'search_bigrams.rank', p.limit) };
    const head = ids(p, 'head', '@id DESC', p.limit, { head: p.bigrams });
    const seen = new Set(head);
    const rest = ids(p, 'bigrams', '@id DESC', p.limit + head.length).filter((id) => !seen.has(id));
    return { total, totalCapped, ids: [...head, ...rest].slice(0, p.limit) };
  }

  return {
    async index(noticeId, tokens) {
      insertBigrams.run(noticeId, tokens.head, tokens.body);
      insertChars.run(noticeId, tokens.chars);
      if (tokens.head !== '') insertHead.run(noticeId, tokens.head);
    },
    async remove(noticeId) {
      for (const statement of deletes) statement.run(noticeId);
    },
    async optimize() {
      for (const statement of optimizes) statement.run();
    },
    // The store runs this inside one read transaction: the count and the ids come from the same snapshot.
    query: async (query) => run(planOf(query)),
  };
}
