/**
 * Migration 1: the archived notices — every parsed element, the text and the file as received, the clause
 * tree (its text lives in the parsed record), responsible units as shared records, and the citations with
 * what each resolved to.
 */
import type { Migration } from '../migrate';

export const noticesMigration: Migration = {
  version: 1,
  name: 'notices',
  up(db) {
    db.exec(`
      CREATE TABLE notices (
        id INTEGER PRIMARY KEY,
        -- SHA-256 of the text folded for matching: the same content in another file or encoding is the same notice.
        content_hash TEXT NOT NULL UNIQUE,
        issuer TEXT,
        -- issuer folded for comparison: identity, duplicates and citation links use issuer + 文号 together.
        issuer_key TEXT,
        doc_number TEXT,
        agency_code TEXT,
        doc_year INTEGER,
        doc_serial INTEGER,
        title TEXT,
        doc_kind TEXT,
        signed_date TEXT,
        -- The year filters use: the 成文日期's year, else the 文号's.
        year INTEGER,
        secrecy TEXT,
        urgency TEXT,
        -- Where each clause lies in original_text (archive/search/clauseSpans.ts), so a search hit can name its clause.
        clause_spans BLOB,
        source_name TEXT NOT NULL,
        source_format TEXT NOT NULL CHECK (source_format IN ('txt', 'docx', 'pdf', 'paste')),
        possible_duplicate INTEGER NOT NULL DEFAULT 0 CHECK (possible_duplicate IN (0, 1)),
        imported_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX notices_doc_number ON notices (doc_number);
      CREATE INDEX notices_issuer_doc_number ON notices (issuer_key, doc_number);
      CREATE INDEX notices_agency_code ON notices (agency_code);
      CREATE INDEX notices_year ON notices (year);

      -- The large parts apart, so lists and filters read small rows.
      CREATE TABLE notice_texts (
        notice_id INTEGER PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
        original_text TEXT NOT NULL,
        -- The whole ParsedNotice as deflated JSON (archive/parsedRecord.ts).
        parsed BLOB NOT NULL
      );

      CREATE TABLE notice_files (
        notice_id INTEGER PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        -- NULL when the file is exactly the UTF-8 encoding of original_text (not stored twice).
        bytes BLOB
      );

      CREATE TABLE clauses (
        notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        parent_position INTEGER,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
        number TEXT NOT NULL,
        marker TEXT NOT NULL,
        path TEXT NOT NULL,
        heading TEXT NOT NULL,
        line INTEGER NOT NULL,
        PRIMARY KEY (notice_id, position)
      ) WITHOUT ROWID;

      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE
      );

      CREATE TABLE clause_units (
        notice_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        inherited INTEGER NOT NULL CHECK (inherited IN (0, 1)),
        -- Order among the clause's units (lead first).
        seq INTEGER NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
        PRIMARY KEY (notice_id, position, inherited, seq),
        FOREIGN KEY (notice_id, position) REFERENCES clauses (notice_id, position) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX clause_units_unit ON clause_units (unit_id);

      CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        doc_number TEXT NOT NULL,
        agency_code TEXT,
        title TEXT,
        -- linked: target_id is the cited notice; missing: not archived (yet); ambiguous: several could be meant.
        state TEXT NOT NULL CHECK (state IN ('linked', 'missing', 'ambiguous')),
        target_id INTEGER REFERENCES notices (id) ON DELETE SET NULL,
        UNIQUE (notice_id, position)
      );
      CREATE INDEX citations_doc_number ON citations (doc_number);
      CREATE INDEX citations_agency_code ON citations (agency_code);
      CREATE INDEX citations_target ON citations (target_id);
    `);
  },
};
