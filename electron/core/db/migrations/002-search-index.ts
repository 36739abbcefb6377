/**
 * Migration 2: the CJK-aware full-text index over the notices already archived, and saved searches.
 * Frozen: the folding and tokenizing below are this migration's own copy of what search used when it
 * shipped (archive/search/searchText.ts, searchTokens.ts), so a later change to search never changes how
 * an old archive upgrades; a new tokenizer comes with its own migration that rebuilds the index.
 */
import type { Migration } from '../migrate';

// The tokens are prepared here; FTS5's ascii tokenizer only splits them on spaces.
const TOKENIZE = "tokenize = 'ascii'";

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
    const insertBigrams = db.prepare('INSERT INTO search_bigrams (rowid, head, body) VALUES (?, ?, ?)');
    const insertChars = db.prepare('INSERT INTO search_chars (rowid, chars) VALUES (?, ?)');
    // In pages: a connection cannot write while it is iterating a query.
    const page = db.prepare(`
      SELECT n.id, n.title, n.doc_number AS docNumber, t.original_text AS originalText
      FROM notices n JOIN notice_texts t ON t.notice_id = n.id
      WHERE n.deleted_at IS NULL AND n.id > ? ORDER BY n.id LIMIT 200`);
    for (let after = 0; ;) {
      const rows = page.all(after) as { id: number; title: string | null; docNumber: string | null; originalText: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const head = [row.title, row.docNumber].filter((part): part is string => Boolean(part)).map((part) => units(fold(part)));
        const body = units(fold(row.originalText));
        const chars = new Set(body);
        for (const u of head) for (const unit of u) chars.add(unit);
        insertBigrams.run(row.id, head.map(bigrams).join(' '), bigrams(body));
        insertChars.run(row.id, [...chars].join(' '));
      }
      after = rows.at(-1)!.id;
    }
  },
};
