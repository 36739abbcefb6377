/** SQLite rows of 本机关 settings (one row, as JSON) and of the responsible-unit mapping (manual and learned entries). */
import { organizationSchema } from '../../../../shared/drafting/organization';
import type { Db } from '../../db/openDatabase';
import type { OrganizationRepository, UnitMappingEntry } from '../draftingRepositories';

const settingsSchema = organizationSchema.omit({ unitMapping: true });

export function organizationRepo(db: Db): OrganizationRepository {
  const get = db.prepare('SELECT settings FROM organization WHERE id = 1').pluck();
  const set = db.prepare(`
    INSERT INTO organization (id, settings, updated_at) VALUES (1, ?, ?)
    ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`);
  const mappings = db.prepare(
    'SELECT upstream_unit AS upstreamUnit, local_unit AS localUnit, source FROM unit_mappings ORDER BY upstream_unit',
  );
  const upsertMapping = db.prepare(`
    INSERT INTO unit_mappings (upstream_unit, local_unit, source, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (upstream_unit) DO UPDATE SET local_unit = excluded.local_unit, source = excluded.source, updated_at = excluded.updated_at`);
  const deleteMapping = db.prepare('DELETE FROM unit_mappings WHERE upstream_unit = ?');

  return {
    async getSettings() {
      const json = get.get() as string | undefined;
      if (json === undefined) return null;
      // Settings saved by an earlier version may lack a field added since: they read as "not set up".
      const parsed = settingsSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    },
    async saveSettings(settings, at) {
      set.run(JSON.stringify(settings), at);
    },
    unitMappings: async () => mappings.all() as UnitMappingEntry[],
    async saveUnitMapping(entry, at) {
      upsertMapping.run(entry.upstreamUnit, entry.localUnit, entry.source, at);
    },
    async deleteUnitMapping(upstreamUnit) {
      deleteMapping.run(upstreamUnit);
    },
  };
}
