/**
 * Migration 21: one record of the schema version. PRAGMA user_version has always been the version; the
 * schema_migrations table repeated it and goes. The archive is marked with our PRAGMA application_id
 * (0x47574454, "GWDT") so that it is recognised before anything writes to it, and gets an archive
 * generation: a random value that changes whenever a restore replaces the archive's content, so a
 * process working across a restore can tell that what it wrote before is gone; and the id of the process
 * restoring it, while it does, so that writers wait instead of writing what the restore would erase.
 */
import type { Migration } from '../migrate';

export const archiveIdentityMigration: Migration = {
  version: 21,
  name: 'archive-identity',
  up(db) {
    db.exec(`
      DROP TABLE IF EXISTS schema_migrations;
      PRAGMA application_id = ${0x47574454};
      CREATE TABLE archive_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        generation TEXT NOT NULL,
        restoring_pid INTEGER
      );
      INSERT INTO archive_state (id, generation) VALUES (1, lower(hex(randomblob(8))));
    `);
  },
};
