/**
 * Resolving the archive's responsible units: each clause unit as written becomes the organization (or
 * group) it names in its notice's jurisdiction, read from the issuer or the 机关代字, with the office's
 * own directory (本机关's 机构名录) giving its units their own names. Runs when a notice is imported, for
 * rows archived before (at start) and again whenever the directory changes.
 */
import type { Organization } from '../../../shared/drafting/organization';
import type { DivisionIndex } from '../../../shared/units/divisions';
import { jurisdictionOf } from '../../../shared/units/jurisdiction';
import { resolveUnit, unitDirectory, type ResolutionContext, type UnitDirectory } from '../../../shared/units/resolveUnit';
import type { UnitMention } from '../store/archiveRepositories';
import type { CoreRepositories, CoreStore } from '../store/coreRepositories';

type ResolutionRepos = Pick<CoreRepositories, 'units' | 'organization'>;

/** The office's directory in its own jurisdiction (none when 本机关 is not set up). */
export function directoryOf(
  organization: Pick<Organization, 'name' | 'units'> | null,
  divisions: DivisionIndex,
): UnitDirectory | undefined {
  if (!organization) return undefined;
  const home = jurisdictionOf(organization.name, null, divisions);
  return unitDirectory(organization.units, home, divisions);
}

export function unitResolution(store: CoreStore, divisions: () => DivisionIndex) {
  async function resolvePending(tx: ResolutionRepos, noticeId?: number): Promise<number> {
    const mentions = await tx.units.unresolvedMentions(noticeId);
    if (mentions.length === 0) return 0;
    const index = divisions();
    const directory = directoryOf(await tx.organization.getSettings(), index);
    const near = directory?.jurisdiction?.code ?? null;
    // Mentions of one notice share its jurisdiction; equal names in it resolve alike.
    const groups = new Map<string, UnitMention[]>();
    for (const m of mentions) {
      const key = `${m.issuer ?? ''}\u0000${m.agencyCode ?? ''}\u0000${m.name}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    for (const list of groups.values()) {
      const { issuer, agencyCode, name } = list[0];
      const ctx: ResolutionContext = { index, home: jurisdictionOf(issuer, agencyCode, index, near), directory };
      await tx.units.saveResolution(list, resolveUnit(name, ctx));
    }
    return mentions.length;
  }

  return {
    /** Resolves one notice's units inside the import's unit of work. */
    resolveNotice: (tx: ResolutionRepos, noticeId: number) => resolvePending(tx, noticeId),
    /** Resolves what is not resolved yet (rows archived before migration 23). */
    resolveAll: () => store.write((tx) => resolvePending(tx)),
    /** Resolves everything again, after the directory changed. */
    resolveAgain: () =>
      store.write(async (tx) => {
        await tx.units.clearResolutions();
        return resolvePending(tx);
      }),
  };
}

export type UnitResolution = ReturnType<typeof unitResolution>;
