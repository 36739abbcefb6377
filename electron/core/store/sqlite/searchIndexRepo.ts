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
  /** Unit filters whose clause units are few enough to list (LISTED_MENTIONS). */
  listedUnits: UnitFilter[];
}

const UNIT_FILTERS = ['unitKey', 'unitIds'] as const;
type UnitFilter = (typeof UNIT_FILTERS)[number];

const FILTER_SQL: Record<Exclude<keyof SearchFilterValues, UnitFilter>, string> = {
  year: 'n.year = @year',
  issuerKey: 'instr(n.issuer_key, @issuerKey) > 0',
  docKind: 'n.doc_kind = @docKind',
  status: 'EXISTS (SELECT 1 FROM registrations r WHERE r.notice_id = n.id AND r.status = @status)',
  retention: 'EXISTS (SELECT 1 FROM filings f WHERE f.notice_id = n.id AND f.retention = @retention)',
};

/** The clause units (`cu`) naming one of the filter's units: as written (part of the folded name), or as resolved. */
const UNIT_MENTIONS: Record<UnitFilter, string> = {
  unitKey: `clause_units cu INDEXED BY clause_units_unit
    WHERE cu.unit_id IN (SELECT id FROM units WHERE instr(name_key, @unitKey) > 0)`,
  unitIds: `clause_units cu INDEXED BY clause_units_resolved
    WHERE cu.resolved_unit_id IN (SELECT value FROM json_each(@unitIds))`,
};

/** A notice's own clause units name one of the filter's units. */
const NAMED_IN_NOTICE: Record<UnitFilter, string> = {
  unitKey: `EXISTS (SELECT 1 FROM clause_units cu JOIN units u ON u.id = cu.unit_id
    WHERE cu.notice_id = n.id AND instr(u.name_key, @unitKey) > 0)`,
  unitIds: `EXISTS (SELECT 1 FROM clause_units cu
    WHERE cu.notice_id = n.id AND cu.resolved_unit_id IN (SELECT value FROM json_each(@unitIds)))`,
};

/**
 * Up to this many clause units name the filter's units, their notices are listed once (about 0.2 µs a clause
 * unit) and each match looked up in the list. Beyond, the units are common: each match's own clause units are
 * read (about 2.5 µs a match), and the newest matches fill the page early. Read so, a unit named in a few
 * hundred of the notices holding a common word read every one of them (0.7 s at 100,000 notices); listed so, a
 * unit named everywhere would list most of the archive.
 */
const LISTED_MENTIONS = 50_000;

/** The unit filter's condition on the notice `n`, by how many clause units name its units. */
const unitSql = (filter: UnitFilter, listed: boolean) =>
  listed ? `+n.id IN (SELECT cu.notice_id FROM ${UNIT_MENTIONS[filter]})` : NAMED_IN_NOTICE[filter];

/**
 * Up to this many matches are counted; beyond, counting every match of a two-character query in 100,000 notices
 * costs more than it tells: the total is then "more than this".
 */
export const COUNTED_MATCHES = 1000;

function planOf(query: IndexQuery): Omit<SearchPlan, 'listedUnits'> {
  const parts = query.terms.map(termQuery);
  const of = (table: 'bigrams' | 'chars') => {
    const matches = parts.filter((q) => q.table === table).map((q) => q.match);
    return matches.length > 0 ? matches.join(' ') : null;
  };
  return { bigrams: of('bigrams'), chars: of('chars'), filters: query.filters, limit: query.limit };
}

/** `listedMentions`: LISTED_MENTIONS but in tests, which read unit filters both ways. */
export function searchIndexRepo(db: Db, countedMatches = COUNTED_MATCHES, listedMentions = LISTED_MENTIONS): SearchIndex {
  const tables = ['search_bigrams', 'search_chars', 'search_heads'];
  const insertBigrams = db.prepare('INSERT INTO search_bigrams (rowid, head, body) VALUES (?, ?, ?)');
  const insertChars = db.prepare('INSERT INTO search_chars (rowid, chars) VALUES (?, ?)');
  const insertHead = db.prepare('INSERT INTO search_heads (rowid, head) VALUES (?, ?)');
  const deletes = tables.map((table) => db.prepare(`DELETE FROM ${table} WHERE rowid = ?`));
  const merges = tables.map((table) => db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`));
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  // The counted matches (at most countedMatches) in the order a clerk reads a list of 公文: by 成文日期.
  const byDate = db
    .prepare('SELECT id FROM notices WHERE id IN (SELECT value FROM json_each(?)) ORDER BY signed_date IS NULL, signed_date DESC, id DESC')
    .pluck();

  // How many clause units name a unit filter's units, counted up to one past listedMentions.
  const mentionsUpTo = Object.fromEntries(
    UNIT_FILTERS.map((k) => [
      k,
      db.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${UNIT_MENTIONS[k]} LIMIT ${listedMentions + 1})`).pluck(),
    ]),
  ) as Record<UnitFilter, ReturnType<Db['prepare']>>;
  /** The plan, with the unit filters whose clause units are few enough to list. */
  const plan = (query: IndexQuery): SearchPlan => {
    const p = planOf(query);
    const few = (k: UnitFilter) => (mentionsUpTo[k].get({ [k]: values({ ...p, listedUnits: [] })[k] }) as number) <= listedMentions;
    return { ...p, listedUnits: UNIT_FILTERS.filter((k) => p.filters[k] !== undefined && few(k)) };
  };

  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  /**
   * The matching notices' ids, newest first, at most @limit: the full-text tables read newest first (their
   * lists are in rowid order, so a page reads only their ends), joined to notices only when a filter needs it.
   */
  function newestSql(p: SearchPlan, match: 'bigrams' | 'head' | 'chars' | 'none'): string {
    const filterKeys = (Object.keys(FILTER_SQL) as (keyof typeof FILTER_SQL)[]).filter((k) => p.filters[k] !== undefined);
    const unitKeys = UNIT_FILTERS.filter((k) => p.filters[k] !== undefined);
    const where = [...filterKeys.map((k) => FILTER_SQL[k]), ...unitKeys.map((k) => unitSql(k, p.listedUnits.includes(k)))];
    if (match === 'none')
      return `SELECT n.id FROM notices n WHERE ${['n.deleted_at IS NULL', ...where].join(' AND ')} ORDER BY n.id DESC LIMIT @limit`;
    const table = match === 'chars' ? 'search_chars' : match === 'head' ? 'search_heads' : 'search_bigrams';
    const withChars = match !== 'chars' && p.chars !== null;
    if (where.length === 0) {
      // A one-character term beside longer ones: both lists merged as they are read (INTERSECT with ORDER BY),
      // where a list of every notice holding a common character took 10 ms to build at 100,000.
      const selects = [`SELECT rowid FROM ${table} WHERE ${table} MATCH @${match}`];
      if (withChars) selects.push('SELECT rowid FROM search_chars WHERE search_chars MATCH @chars');
      return `${selects.join(' INTERSECT ')} ORDER BY 1 DESC LIMIT @limit`;
    }
    where.unshift(`${table} MATCH @${match}`);
    // The unary + keeps the rowid list a filter: offered to FTS5 as a rowid constraint, it made FTS5 look each
    // listed notice up again through the MATCH (a common word and a common character took minutes at 100,000).
    if (withChars) where.push(`+${table}.rowid IN (SELECT rowid FROM search_chars WHERE search_chars MATCH @chars)`);
    return `SELECT ${table}.rowid FROM ${table} JOIN notices n ON n.id = ${table}.rowid WHERE ${where.join(' AND ')}
      ORDER BY ${table}.rowid DESC LIMIT @limit`;
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

  /**
   * Title or 文号 hits first, then the other matches; within each group, counted matches by 成文日期 newest first
   * (undated last), and past the cap the most recently archived. The matches are read newest first in one pass
   * that also counts them up to countedMatches (FTS5 lists a term's notices in rowid order, so neither reads
   * further than it needs); the title hits come from the heads' small lists. Not bm25: its idf reads every list
   * of the query once more, and for a phrase of words found in nearly every notice (完成, 隐患) that is as long
   * as the search itself: ranking 300 matches cost twice the search.
   */
  function run(p: SearchPlan): { total: number; totalCapped: boolean; ids: number[] } {
    const match = p.bigrams !== null ? 'bigrams' : p.chars !== null ? 'chars' : 'none';
    const newestOf = (of: typeof match | 'head', limit: number, extra: Record<string, unknown> = {}) =>
      prepared(newestSql(p, of))
        .pluck()
        .all(values(p, { ...extra, limit })) as number[];
    // Past the cap, the newest `limit` matches hold the page whatever the title hits among them.
    const newest = newestOf(match, Math.max(countedMatches + 1, p.limit));
    const totalCapped = newest.length > countedMatches;
    const total = Math.min(newest.length, countedMatches);
    if (totalCapped) {
      if (match !== 'bigrams') return { total, totalCapped, ids: newest.slice(0, p.limit) };
      const titled = newestOf('head', p.limit, { head: p.bigrams });
      const seen = new Set(titled);
      return { total, totalCapped, ids: [...titled, ...newest.filter((id) => !seen.has(id))].slice(0, p.limit) };
    }
    const dated = byDate.all(JSON.stringify(newest)) as number[];
    if (match !== 'bigrams') return { total, totalCapped, ids: dated.slice(0, p.limit) };
    const titled = new Set(newestOf('head', countedMatches + 1, { head: p.bigrams }));
    const ids = [...dated.filter((id) => titled.has(id)), ...dated.filter((id) => !titled.has(id))];
    return { total, totalCapped, ids: ids.slice(0, p.limit) };
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
    // FTS5's 'merge' (sqlite.org/fts5.html): a level with `usermerge` segments or more (2, migration 32) is
    // merged into one on the next level; a table whose step wrote fewer than two rows has nothing left to merge.
    async merge(pages) {
      let more = false;
      for (const statement of merges) {
        const before = totalChanges.get() as number;
        statement.run(pages);
        if ((totalChanges.get() as number) - before >= 2) more = true;
      }
      return more;
    },
    // The store runs this inside one read transaction: the count and the ids come from the same snapshot.
    query: async (query) => run(plan(query)),
  };
}
