/**
 * Migration 2: the CJK-aware full-text index (see archive/search/searchTokens.ts) over the notices already
 * archived, and saved searches.
 */
import { rebuildSearchIndex } from '../../archive/repositories/searchIndexRepo';
import type { Migration } from '../migrate';

// The tokens are prepared in JS (archive/search/searchTokens.ts); the ascii tokenizer only splits them on spaces.
const TOKENIZE = "tokenize = 'ascii'";

export const searchIndexMigration: Migration = {
  version: 2,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_bigrams USING fts5 (head, body, content = '', contentless_delete = 1, ${TOKENIZE});
      CREATE VIRTUAL TABLE search_chars USING fts5 (chars, content = '', contentless_delete = 1, detail = none, ${TOKENIZE});
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        filters TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- Ranking: a hit in the title or 文号 counts four times a hit in the text.
      INSERT INTO search_bigrams (search_bigrams, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
    `);
    rebuildSearchIndex(db);
  },
};
