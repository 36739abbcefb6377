/**
 * Migration 23: responsible units resolved to the organizations they name. A unit as written (市应急局)
 * stays in `units`; `resolved_units` holds the organization it is in the issuer's jurisdiction
 * (太原市应急管理局, keyed by division code and canonical office name) or the group it is (大宁县各乡镇),
 * and each clause's unit points at it. Rows archived before stay unresolved (NULL) until the core
 * resolves them at start.
 */
import type { Migration } from '../migrate';

export const resolvedUnitsMigration: Migration = {
  version: 23,
  name: 'resolved-units',
  up(db) {
    db.exec(`
      CREATE TABLE resolved_units (
        id INTEGER PRIMARY KEY,
        -- "division code|office" or "division code|group:id": equal keys are one organization.
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('unit', 'group')),
        group_id TEXT,
        jurisdiction_code TEXT,
        jurisdiction_name TEXT,
        office TEXT NOT NULL
      );
      CREATE INDEX resolved_units_office ON resolved_units (office);
      ALTER TABLE clause_units ADD COLUMN resolved_unit_id INTEGER REFERENCES resolved_units (id);
      CREATE INDEX clause_units_resolved ON clause_units (resolved_unit_id);
    `);
  },
};
