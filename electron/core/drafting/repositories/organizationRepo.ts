/** SQL of 本机关 settings (one row) and of the responsible-unit mapping (manual and learned entries). */
import type { Db } from '../../db/openDatabase';

export interface UnitMappingRow {
  upstreamUnit: string;
  localUnit: string;
  source: 'manual' | 'learned';
}

export function organizationRepo(db: Db) {
  const get = db.prepare('SELECT settings FROM organization WHERE id = 1').pluck();
  const set = db.prepare(`
    INSERT INTO organization (id, settings, updated_at) VALUES (1, ?, ?)
    ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`);
  const mappings = db.prepare('SELECT upstream_unit AS upstreamUnit, local_unit AS localUnit, source FROM unit_mappings ORDER BY upstream_unit');
  const upsertMapping = db.prepare(`
    INSERT INTO unit_mappings (upstream_unit, local_unit, source, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (upstream_unit) DO UPDATE SET local_unit = excluded.local_unit, source = excluded.source, updated_at = excluded.updated_at`);
  const deleteMapping = db.prepare('DELETE FROM unit_mappings WHERE upstream_unit = ?');
  return {
    /** The stored settings as JSON, or null before the organization is set up. */
    getSettings: () => (get.get() as string | undefined) ?? null,
    setSettings: (json: string, at: string) => set.run(json, at),
    mappings: () => mappings.all() as UnitMappingRow[],
    upsertMapping: (row: UnitMappingRow, at: string) => upsertMapping.run(row.upstreamUnit, row.localUnit, row.source, at),
    deleteMapping: (upstreamUnit: string) => deleteMapping.run(upstreamUnit),
  };
}

export type OrganizationRepo = ReturnType<typeof organizationRepo>;
