/**
 * Full-text search behind its own interface: exact substring semantics over the title, 文号 and text of
 * live notices (every term must occur), ranked, with the filters of the search screen. The SQLite store
 * fills it with FTS5 tables of pre-computed bigram tokens; a server database may use its own engine
 * (docs/storage.md).
 */
import type { Retention, Status } from '../../../shared/api/fields';
import type { IndexTokens } from '../archive/search/searchTokens';

/** Filters in the form the index compares: issuer and unit already folded (search/searchText.ts). */
export interface SearchFilterValues {
  year?: number;
  /** Folded issuer text the issuer must contain. */
  issuerKey?: string;
  docKind?: string;
  /** Folded unit name some responsible unit of the notice, as written, must contain. */
  unitKey?: string;
  /** Resolved units (organizations or groups) one of which some clause of the notice must name. */
  unitIds?: number[];
  status?: Status;
  retention?: Retention;
}

export interface IndexQuery {
  /** Folded literal terms (search/searchQuery.ts readQuery); none lists the filtered notices newest first. */
  terms: string[];
  filters: SearchFilterValues;
  limit: number;
}

export interface SearchIndex {
  /**
   * Indexes a notice already stored in the same unit of work. `tokens` are the archive's engine-neutral
   * CJK tokens of its folded text (search/searchTokens.ts), computed before the write — on a worker thread
   * for batch imports; an engine that tokenizes for itself may read the stored text instead.
   */
  index(noticeId: number, tokens: IndexTokens): Promise<void>;
  /** Takes a notice out of the index (recycle bin). */
  remove(noticeId: number): Promise<void>;
  /**
   * One bounded step of compacting the index (after imports, in the background): writes at most about
   * `pages` pages per table and tells whether there is more to merge (false where the engine needs none).
   */
  merge(pages: number): Promise<boolean>;
  /**
   * How many live notices match and the ids of the first `limit`, from one consistent read: notices whose
   * title or 文号 holds every term of two or more characters first, then the others, each group newest first.
   * The count may stop at a cap (`totalCapped`: there are more than `total`).
   */
  query(query: IndexQuery): Promise<{ total: number; totalCapped: boolean; ids: number[] }>;
}
