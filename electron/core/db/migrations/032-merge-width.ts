/**
 * Migration 32: the full-text index merges its segments sixteen at a time instead of four (FTS5 `automerge`).
 * Every unit of work of an import writes one new segment per table, and with four a level each byte of the
 * index was rewritten about twice as often as with sixteen: the merges were a third of what a commit cost
 * (5,000 notices: 0.80 -> 0.44 ms a notice). An import of many notices still ends by merging the index into
 * one segment (importService), and a level never holds more than sixteen segments, so a search reads few.
 */
import type { Migration } from '../migrate';

const MERGE_WIDTH = 16;

export const mergeWidthMigration: Migration = {
  version: 32,
  name: 'merge-width',
  up(db) {
    for (const table of ['search_bigrams', 'search_chars', 'search_heads']) {
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${MERGE_WIDTH})`);
    }
  },
};
