/**
 * 本机关 settings: the organization the app drafts for, stored in the archive, and its responsible-unit
 * mapping — entries the clerk typed in the settings (manual) and entries learned from edited drafts.
 */
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import { organizationSchema, type Organization, type OrganizationInput } from '../../../shared/drafting/organization';
import type { UnitMapping } from '../../../shared/drafting/unitMapping';
import { timestamp } from '../archive/clock';
import type { DraftingContext } from './draftingContext';

export const NO_ORGANIZATION = '还没有设置本机关信息，请先在“设置 → 本机关”中填写（命令行可用 --org ORG.json 指定）。';

export function organizationService({ db, repos, clock }: DraftingContext) {
  const mapping = (): UnitMapping => Object.fromEntries(repos.organization.mappings().map((m) => [m.upstreamUnit, m.localUnit]));

  function get(): Organization | null {
    const stored = repos.organization.getSettings();
    if (stored === null) return null;
    const parsed = organizationSchema.safeParse({ ...JSON.parse(stored), unitMapping: mapping() });
    return parsed.success ? parsed.data : null;
  }

  return {
    get,

    require(): ApiResult<Organization> {
      const organization = get();
      return organization ? ok(organization) : fail(NO_ORGANIZATION);
    },

    /** Saves the settings; the mapping given replaces the stored one (entries still present keep their origin). */
    save(input: OrganizationInput): ApiResult<Organization> {
      const checked = validate(organizationSchema, input);
      if (!checked.ok) return fail(checked.error);
      const { unitMapping, ...settings } = checked.value;
      db.transaction(() => {
        const at = timestamp(clock);
        repos.organization.setSettings(JSON.stringify(settings), at);
        const before = new Map(repos.organization.mappings().map((m) => [m.upstreamUnit, m]));
        for (const upstreamUnit of before.keys()) if (!Object.hasOwn(unitMapping, upstreamUnit)) repos.organization.deleteMapping(upstreamUnit);
        for (const [upstreamUnit, localUnit] of Object.entries(unitMapping)) {
          const previous = before.get(upstreamUnit);
          if (previous?.localUnit === localUnit) continue;
          repos.organization.upsertMapping({ upstreamUnit, localUnit, source: 'manual' }, at);
        }
      }).immediate();
      return ok(get()!);
    },

    mapping,

    /** Records what a saved draft taught (upstream unit → the local name the clerk chose). */
    learn(learned: UnitMapping): void {
      const at = timestamp(clock);
      for (const [upstreamUnit, localUnit] of Object.entries(learned)) {
        repos.organization.upsertMapping({ upstreamUnit, localUnit, source: 'learned' }, at);
      }
    },
  };
}

export type OrganizationService = ReturnType<typeof organizationService>;
