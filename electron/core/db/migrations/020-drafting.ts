/**
 * Migration 20: drafting — 本机关 settings, the responsible-unit mapping, localization rules per pair of
 * levels, stored templates, drafts, and the 发文 register of 文号s (reserved, issued or 作废), whose
 * (机关代字, year, serial) is unique so that no number is ever handed out twice.
 */
import type { Migration } from '../migrate';

export const draftingMigration: Migration = {
  version: 20,
  name: 'drafting',
  up(db) {
    db.exec(`
      CREATE TABLE organization (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE unit_mappings (
        upstream_unit TEXT PRIMARY KEY,
        local_unit TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'learned')),
        updated_at TEXT NOT NULL
      );
      CREATE TABLE localization_rules (
        pair TEXT PRIMARY KEY,
        rule_set TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        template TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        upstream_notice_id INTEGER REFERENCES notices (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        draft TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'withdrawn')),
        issued_notice_id INTEGER REFERENCES notices (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX drafts_status ON drafts (status, updated_at);
      CREATE TABLE issued_numbers (
        id INTEGER PRIMARY KEY,
        agency_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL CHECK (serial >= 1),
        doc_number TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('reserved', 'issued', 'void')),
        draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL,
        notice_id INTEGER REFERENCES notices (id) ON DELETE SET NULL,
        title TEXT,
        reason TEXT,
        at TEXT NOT NULL,
        UNIQUE (agency_code, year, serial)
      );
      -- A draft holds at most one live number.
      CREATE UNIQUE INDEX issued_numbers_live_draft ON issued_numbers (draft_id) WHERE draft_id IS NOT NULL AND state <> 'void';
    `);
  },
};
