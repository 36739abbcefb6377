/**
 * Migration 32: the full-text index merges its segments eight at a time instead of four (FTS5 `automerge`).
 * Every unit of work of an import writes one new segment per table, and the fewer segments a merge takes, the
 * more often each byte of the index is rewritten: the merges were a quarter of what a commit cost (20,000
 * notices, the index's writes alone: commit 1.05 -> 0.75 ms a notice). Not sixteen, as fast: with FTS5's
 * `crisismerge` at its default of sixteen, a level then filled up before its merge ended and was merged whole,
 * which left the file a quarter larger. After an import the index is merged in the background until no level
 * holds two segments (FTS5 `usermerge`), and a level never holds more than eight, so a search reads few.
 */
import type { Migration } from '../migrate';

const MERGE_WIDTH = 8;
/** The background merge after an import (archive/search/indexMerging.ts) leaves at most one segment a level. */
const USER_MERGE = 2;

export const mergeWidthMigration: Migration = {
  version: 32,
  name: 'merge-width',
  up(db) {
    for (const table of ['search_bigrams', 'search_chars', 'search_heads']) {
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${MERGE_WIDTH})`);
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('usermerge', ${USER_MERGE})`);
    }
  },
};
