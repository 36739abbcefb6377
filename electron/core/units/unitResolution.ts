/**
 * Resolving the archive's responsible units: each clause unit as written becomes the organization (or
 * group) it names in its notice's jurisdiction, read from the issuer or the 机关代字, with the office's
 * own directory (本机关's 机构名录) giving its units their own names. Runs when a notice is imported, for
 * rows archived before (at start) and again whenever the directory changes.
 */
import type { Clause } from '../../../shared/domain/notice';
import type { Organization } from '../../../shared/drafting/organization';
import type { Division, DivisionIndex } from '../../../shared/units/divisions';
import { jurisdictionOf } from '../../../shared/units/jurisdiction';
import {
  resolveUnit,
  unitDirectory,
  type ResolutionContext,
  type ResolvedUnit,
  type UnitDirectory,
} from '../../../shared/units/resolveUnit';
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

/** Past this many remembered resolutions the memory starts again (an archive names a few thousand units per jurisdiction). */
const REMEMBERED = 20_000;

/**
 * What resolving depends on besides the name: the division index and the office's directory. An import
 * resolves the same few hundred names in the same jurisdictions over and over, so the directory, each
 * issuer's jurisdiction and each name's resolution are computed once per directory (resolveUnit and
 * jurisdictionOf are pure functions of these).
 */
interface Remembered {
  index: DivisionIndex;
  /** The office's settings the directory was built from, as JSON. */
  settings: string;
  directory: UnitDirectory | undefined;
  homes: Map<string, Division | null>;
  resolved: Map<string, ResolvedUnit>;
}

/** Keeps a value in a memory, which starts again past REMEMBERED entries. */
function remember<K, V>(memory: Map<K, V>, key: K, value: V): V {
  if (memory.size >= REMEMBERED) memory.clear();
  memory.set(key, value);
  return value;
}

/** The context a notice's units resolve in, from its issuer or 机关代字 and the office's directory. */
function contextOf(memory: Remembered, issuer: string | null, agencyCode: string | null): ResolutionContext {
  const { index, directory, homes } = memory;
  const key = `${issuer ?? ''}\u0000${agencyCode ?? ''}`;
  let home = homes.get(key);
  if (home === undefined) home = remember(homes, key, jurisdictionOf(issuer, agencyCode, index, directory?.jurisdiction?.code ?? null));
  return { index, home, directory };
}

/** A name's resolution in a context (the memory's index and directory, the context's jurisdiction). */
function resolvedUnit(memory: Remembered, name: string, ctx: ResolutionContext): ResolvedUnit {
  const key = `${ctx.home?.code ?? ''}\u0000${name}`;
  return memory.resolved.get(key) ?? remember(memory.resolved, key, resolveUnit(name, ctx));
}

/** The resolved unit ids of the unit names a notice being imported writes, by name as written. */
export type ResolvedIdsOf = (notice: {
  issuer: string | null;
  agencyCode: string | null;
  clauses: Pick<Clause, 'units' | 'inheritedUnits'>[];
}) => Promise<Map<string, number>>;

export function unitResolution(store: CoreStore, divisions: () => DivisionIndex) {
  let remembered: Remembered | null = null;

  /** The directory and memories for the office's current settings (read in this unit of work). */
  async function current(tx: ResolutionRepos): Promise<Remembered> {
    const index = divisions();
    const organization = await tx.organization.getSettings();
    const settings = JSON.stringify(organization);
    if (!remembered || remembered.index !== index || remembered.settings !== settings) {
      remembered = { index, settings, directory: directoryOf(organization, index), homes: new Map(), resolved: new Map() };
    }
    return remembered;
  }

  async function resolvePending(tx: ResolutionRepos): Promise<number> {
    const mentions = await tx.units.unresolvedMentions();
    if (mentions.length === 0) return 0;
    const memory = await current(tx);
    // Mentions of one notice share its jurisdiction; equal names in it resolve alike.
    const groups = new Map<string, UnitMention[]>();
    for (const m of mentions) {
      const key = `${m.issuer ?? ''}\u0000${m.agencyCode ?? ''}\u0000${m.name}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    for (const list of groups.values()) {
      const { issuer, agencyCode, name } = list[0];
      await tx.units.saveResolution(list, resolvedUnit(memory, name, contextOf(memory, issuer, agencyCode)));
    }
    return mentions.length;
  }

  return {
    /**
     * For one unit of work of an import: the resolved unit of each unit name a notice being imported writes,
     * so that its clause units are stored resolved (as resolvePending would resolve them: by the name the unit
     * is stored under, in the notice's jurisdiction). The office settings are read once for all its notices:
     * they cannot change inside the unit of work, and reading them cost a parse and a schema check a notice.
     */
    inUnitOfWork(tx: ResolutionRepos): ResolvedIdsOf {
      let memory: Promise<Remembered> | null = null;
      return async (notice) => {
        const written = notice.clauses.flatMap((clause) => [...clause.units, ...clause.inheritedUnits].map((unit) => unit.name));
        const ids = new Map<string, number>();
        if (written.length === 0) return ids;
        const stored = await tx.units.storedNames(written);
        const remembered = await (memory ??= current(tx));
        const ctx = contextOf(remembered, notice.issuer, notice.agencyCode);
        const byStoredName = new Map<string, number>();
        for (const [name, as] of stored) {
          let id = byStoredName.get(as);
          if (id === undefined) {
            id = await tx.units.resolvedIdOf(resolvedUnit(remembered, as, ctx));
            byStoredName.set(as, id);
          }
          ids.set(name, id);
        }
        return ids;
      };
    },
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
