/**
 * Migration 25: what an archive of 100,000 notices needs to stay fast.
 *  - `registrations_received`: the register's order (newest 收文 first) read from an index, so its first
 *    screen and each page are read in order instead of sorting every notice;
 *  - `notices_deleted`: counting the live notices (and listing the recycle bin) from an index;
 *  - `search_heads`: the bigrams of each live notice's title and 文号 alone, so that "title or 文号 hits
 *    first" reads the small lists of the heads instead of the text's (which hold every notice);
 *  - a larger in-memory buffer for the full-text index while a transaction writes (FTS5 `hashsize`): a
 *    batch of notices is written as fewer, larger segments, which need less merging afterwards.
 * Frozen: the folding and tokenizing below are this migration's own copy of migration 2's.
 */
import type { Migration } from '../migrate';

/** Full-width ASCII and the ideographic space to half width, lower case, whitespace removed. */
function fold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
    .toLowerCase()
    .replace(/\s+/gu, '');
}

/** One token unit per code point: a-z, 0-9 and non-ASCII as they are, anything else as \ue000 + 6 hex digits. */
function units(folded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const plain =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code > 0x7f && code !== 0xe000 && (code < 0xd800 || code > 0xdfff));
    if (plain) {
      out.push(folded[i]);
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out.push(folded.slice(i, i + 2));
      i++;
    } else {
      out.push('\ue000' + code.toString(16).padStart(6, '0'));
    }
  }
  return out;
}

function bigrams(u: string[]): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < u.length; i++) pairs.push(u[i] + u[i + 1]);
  return pairs.join(' ');
}

/** FTS5's pending-terms buffer per table, in bytes (its default is 1 MiB). */
const HASH_SIZE = 16 * 1024 * 1024;

export const scaleMigration: Migration = {
  version: 25,
  name: 'scale',
  up(db) {
    db.exec(`
      CREATE INDEX registrations_received ON registrations (received_date, notice_id);
      CREATE INDEX notices_deleted ON notices (deleted_at);
      CREATE VIRTUAL TABLE search_heads USING fts5 (head, content = '', contentless_delete = 1, tokenize = 'ascii');
      INSERT INTO search_bigrams (search_bigrams, rank) VALUES ('hashsize', ${HASH_SIZE});
      INSERT INTO search_chars (search_chars, rank) VALUES ('hashsize', ${HASH_SIZE});
      INSERT INTO search_heads (search_heads, rank) VALUES ('hashsize', ${HASH_SIZE});
    `);
    const insert = db.prepare('INSERT INTO search_heads (rowid, head) VALUES (?, ?)');
    const rows = db.prepare('SELECT id, title, doc_number AS docNumber FROM notices WHERE deleted_at IS NULL ORDER BY id').all() as {
      id: number;
      title: string | null;
      docNumber: string | null;
    }[];
    for (const row of rows) {
      const head = [row.title, row.docNumber].filter((part): part is string => Boolean(part)).map((part) => bigrams(units(fold(part))));
      if (head.some((part) => part !== '')) insert.run(row.id, head.join(' '));
    }
  },
};
