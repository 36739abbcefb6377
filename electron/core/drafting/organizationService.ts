/**
 * 本机关 settings: the organization the app drafts for, stored in the archive, and its responsible-unit
 * mapping — entries the clerk typed in the settings (manual) and entries learned from edited drafts.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { Organization } from '../../../shared/drafting/organization';
import type { UnitMapping } from '../../../shared/drafting/unitMapping';
import { timestamp } from '../archive/clock';
import type { DraftingRepositories } from '../store/draftingRepositories';
import type { DraftingContext } from './draftingContext';

export const NO_ORGANIZATION = '还没有设置本机关信息，请先在“设置 → 本机关”中填写（命令行可用 --org ORG.json 指定）。';

async function organizationIn(tx: DraftingRepositories): Promise<Organization | null> {
  const settings = await tx.organization.getSettings();
  if (settings === null) return null;
  const entries = await tx.organization.unitMappings();
  return { ...settings, unitMapping: Object.fromEntries(entries.map((m) => [m.upstreamUnit, m.localUnit])) };
}

export function organizationService({ store, clock, archive }: DraftingContext) {
  const get = (): Promise<Organization | null> => store.read(organizationIn);

  return {
    get,

    async require(): Promise<ApiResult<Organization>> {
      const organization = await get();
      return organization ? ok(organization) : fail(NO_ORGANIZATION);
    },

    /** Saves the settings; the mapping given replaces the stored one (entries still present keep their origin). */
    async save(organization: Organization): Promise<ApiResult<Organization>> {
      const { unitMapping, ...settings } = organization;
      let directoryChanged = false;
      const saved = await store.write(async (tx) => {
        const at = timestamp(clock);
        const previous = await tx.organization.getSettings();
        // Units resolve in the office's jurisdiction, so its name counts as much as its directory.
        directoryChanged = previous?.name !== settings.name || JSON.stringify(previous?.units ?? []) !== JSON.stringify(settings.units);
        await tx.organization.saveSettings(settings, at);
        const before = new Map((await tx.organization.unitMappings()).map((m) => [m.upstreamUnit, m]));
        for (const upstreamUnit of before.keys()) {
          if (!Object.hasOwn(unitMapping, upstreamUnit)) await tx.organization.deleteUnitMapping(upstreamUnit);
        }
        for (const [upstreamUnit, localUnit] of Object.entries(unitMapping)) {
          if (before.get(upstreamUnit)?.localUnit === localUnit) continue;
          await tx.organization.saveUnitMapping({ upstreamUnit, localUnit, source: 'manual' }, at);
        }
        return ok((await organizationIn(tx))!);
      });
      if (directoryChanged) await archive.directoryChanged();
      return saved;
    },

    /** Records what a saved draft taught (upstream unit → the local name the clerk chose). */
    learn(learned: UnitMapping): Promise<void> {
      return store.write(async (tx) => {
        const at = timestamp(clock);
        for (const [upstreamUnit, localUnit] of Object.entries(learned)) {
          await tx.organization.saveUnitMapping({ upstreamUnit, localUnit, source: 'learned' }, at);
        }
      });
    },
  };
}

export type OrganizationService = ReturnType<typeof organizationService>;
