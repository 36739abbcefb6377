/**
 * Migration 31: the 责任单位 list counted from the indexes alone. It counts every unit's tasks, lead tasks and
 * notices; joining each of the 4.8 million unit mentions (clause_units, 100,000 notices) to its notice to drop
 * the deleted ones, and reading each mention's role from the table, took 8.5 s. The two unit indexes now hold
 * the notice and the role too (notice first: a unit's mentions come in notice order, so its notices are counted
 * as they stream), so the counts are one ordered scan of an index; the core subtracts the few notices in the
 * recycle bin in a second, small query instead of joining every mention to its notice. Same names: an index of
 * more columns serves every lookup the narrower one did.
 */
import type { Migration } from '../migrate';

export const unitCountsMigration: Migration = {
  version: 31,
  name: 'unit-counts',
  up(db) {
    db.exec(`
      DROP INDEX clause_units_unit;
      CREATE INDEX clause_units_unit ON clause_units (unit_id, notice_id, role);
      DROP INDEX clause_units_resolved;
      CREATE INDEX clause_units_resolved ON clause_units (resolved_unit_id, notice_id, role);
    `);
  },
};
