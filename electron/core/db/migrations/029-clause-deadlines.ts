/**
 * Migration 29: the deadline each clause's text names, kept with the clause. 今日待办 counted every open
 * task's deadline by decoding the parsed record of every notice with open tasks, a cost that grew with the
 * archive; import now stores each clause's deadline (text_due, NULL when the text names none) and marks it
 * read. The deadline reader is code, not SQL, so clauses archived before are left unread (text_due_read 0)
 * for the core to read once; the partial index finds them without scanning the clauses read already.
 */
import type { Migration } from '../migrate';

export const clauseDeadlinesMigration: Migration = {
  version: 29,
  name: 'clause-deadlines',
  up(db) {
    db.exec(`
      ALTER TABLE clauses ADD COLUMN text_due TEXT;
      ALTER TABLE clauses ADD COLUMN text_due_read INTEGER NOT NULL DEFAULT 0 CHECK (text_due_read IN (0, 1));
      CREATE INDEX clauses_text_due_unread ON clauses (notice_id) WHERE text_due_read = 0;
    `);
  },
};
