/**
 * Migration 24: notices may come from more formats — OFD, Word 97–2003 (.doc), WPS (.wps) and scanned
 * images read by OCR — so the CHECK on notices.source_format takes them. SQLite cannot alter a CHECK:
 * the table is rebuilt (SQLite's procedure, foreign keys off around it, checked before commit) from
 * its own stored definition, so columns other migrations added are kept, with only that list widened.
 * The tables referencing notices then reference the new table; its indexes are recreated as they were.
 */
import type { Migration } from '../migrate';

const OLD_CHECK = /CHECK \(source_format IN \([^)]*\)\)/;
const NEW_CHECK = "CHECK (source_format IN ('txt', 'docx', 'pdf', 'ofd', 'doc', 'wps', 'image', 'paste'))";

export const sourceFormatsMigration: Migration = {
  version: 24,
  name: 'source-formats',
  rebuildsTable: true,
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'notices'").pluck().get() as string;
    if (!OLD_CHECK.test(table)) throw new Error('notices.source_format has no CHECK to widen');
    const indexes = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notices' AND sql IS NOT NULL")
      .pluck()
      .all() as string[];
    db.exec(table.replace(OLD_CHECK, NEW_CHECK).replace(/^CREATE TABLE notices\b/, 'CREATE TABLE notices_24'));
    db.exec('INSERT INTO notices_24 SELECT * FROM notices');
    db.exec('DROP TABLE notices');
    db.exec('ALTER TABLE notices_24 RENAME TO notices');
    for (const index of indexes) db.exec(index);
  },
};
