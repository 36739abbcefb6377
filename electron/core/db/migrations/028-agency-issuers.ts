/**
 * Migration 28: whether a 机关代字 is used by more than one issuer, read from an index. Import asks it for
 * every notice with a 文号 and for every citation it relinks; counting distinct issuers over the rows of a
 * 机关代字 read all of them when one issuer wrote them all, so an import slowed as the archive grew. With
 * live notices' issuers in order under each 机关代字, the smallest and largest issuer answer it. The index
 * on the 机关代字 alone is its prefix, and goes.
 */
import type { Migration } from '../migrate';

export const agencyIssuersMigration: Migration = {
  version: 28,
  name: 'agency-issuers',
  up(db) {
    db.exec(`
      CREATE INDEX notices_agency_issuers ON notices (agency_code, deleted_at, issuer_key);
      DROP INDEX notices_agency_code;
    `);
  },
};
