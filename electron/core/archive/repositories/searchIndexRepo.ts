/**
 * Writes and reads the full-text index: `search_bigrams` (contentless FTS5 with positions: head and body
 * columns of bigram tokens) and `search_chars` (contentless, position-free: the distinct characters).
 * Rows exist only for notices outside the recycle bin; their rowid is the notice id.
 */
import type { Db } from '../../db/openDatabase';
import { indexTokens, type IndexTokens } from '../search/searchTokens';
import { foldSegments, searchSegmentsOf, type SearchSegments } from '../search/searchText';

/** The index tokens of a notice's searchable parts. */
export function tokensOf(segments: SearchSegments): IndexTokens {
  const folded = foldSegments(segments);
  return indexTokens(folded.head, folded.body);
}

export interface SearchIndexRepo {
  index(noticeId: number, tokens: IndexTokens): void;
  remove(noticeId: number): void;
  /** Merges the index into one segment per table: queries read fewer segments afterwards. */
  optimize(): void;
}

export function searchIndexRepo(db: Db): SearchIndexRepo {
  const insertBigrams = db.prepare('INSERT INTO search_bigrams (rowid, head, body) VALUES (?, ?, ?)');
  const insertChars = db.prepare('INSERT INTO search_chars (rowid, chars) VALUES (?, ?)');
  const deleteBigrams = db.prepare('DELETE FROM search_bigrams WHERE rowid = ?');
  const deleteChars = db.prepare('DELETE FROM search_chars WHERE rowid = ?');
  const optimizeBigrams = db.prepare("INSERT INTO search_bigrams (search_bigrams) VALUES ('optimize')");
  const optimizeChars = db.prepare("INSERT INTO search_chars (search_chars) VALUES ('optimize')");
  return {
    index(noticeId, tokens) {
      insertBigrams.run(noticeId, tokens.head, tokens.body);
      insertChars.run(noticeId, tokens.chars);
    },
    remove(noticeId) {
      deleteBigrams.run(noticeId);
      deleteChars.run(noticeId);
    },
    optimize: db.transaction(() => {
      optimizeBigrams.run();
      optimizeChars.run();
    }),
  };
}

/** Indexes every notice outside the recycle bin (used when the index is created over existing notices). */
export function rebuildSearchIndex(db: Db): number {
  db.exec('DELETE FROM search_bigrams; DELETE FROM search_chars;');
  const repo = searchIndexRepo(db);
  // In pages: a connection cannot write while it is iterating a query.
  const page = db.prepare(`
    SELECT n.id, n.title, n.doc_number AS docNumber, t.original_text AS originalText
    FROM notices n JOIN notice_texts t ON t.notice_id = n.id
    WHERE n.deleted_at IS NULL AND n.id > ? ORDER BY n.id LIMIT 200`);
  let count = 0;
  for (let after = 0; ; ) {
    const rows = page.all(after) as { id: number; title: string | null; docNumber: string | null; originalText: string }[];
    if (rows.length === 0) break;
    for (const row of rows) repo.index(row.id, tokensOf(searchSegmentsOf(row)));
    count += rows.length;
    after = rows.at(-1)!.id;
  }
  return count;
}
