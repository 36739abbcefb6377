/**
 * Which organizations a name typed by the clerk means, among the archive's resolved units: any alias of an
 * office, read in the office's own jurisdiction (县应急局 for 大宁县 is 大宁县应急管理局), never another
 * jurisdiction's namesake; with no office set up, every namesake of the level written. Also the groups
 * each belongs to (各乡镇, 安委会成员单位), whose tasks are its tasks too. 责任单位 and the search filter share it.
 */
import type { DivisionIndex } from '../../../shared/units/divisions';
import { groupKeysOf } from '../../../shared/units/groupMembers';
import { resolveUnit } from '../../../shared/units/resolveUnit';
import type { StoredResolvedUnit } from '../store/archiveRepositories';
import type { CoreRepositories } from '../store/coreRepositories';
import { directoryOf } from './unitResolution';

export interface UnitsMeant<R extends StoredResolvedUnit> {
  /** The organizations the name means; id 0 for one the archive knows no task of its own for. */
  targets: StoredResolvedUnit[];
  /** Resolved groups the targets belong to, by id: the group's name and the member it stands for. */
  via: Map<number, { group: string; member: string }>;
  /** Every resolved unit of the archive (as the caller read them). */
  rows: R[];
  /** The name reads as an organization in a known jurisdiction (then nothing else may stand for it). */
  placed: boolean;
}

const LEVEL_OF_CHAR: Record<string, string> = { 省: 'province', 市: 'city', 县: 'county', 区: 'county', 乡: 'township', 镇: 'township' };

export async function unitsMeant<R extends StoredResolvedUnit>(
  tx: Pick<CoreRepositories, 'organization'>,
  rows: R[],
  name: string,
  index: DivisionIndex,
): Promise<UnitsMeant<R>> {
  const directory = directoryOf(await tx.organization.getSettings(), index);
  const query = resolveUnit(name, { index, home: directory?.jurisdiction ?? null, directory });
  // A full name the archive already resolved (as the filter lists offer it) means that organization itself.
  const named = rows.filter((r) => r.name === name.trim());
  let targets: StoredResolvedUnit[] = named.length > 0 ? named : rows.filter((r) => r.key === query.key);
  if (targets.length === 0 && query.jurisdiction) {
    // An organization with no task of its own may still have its groups' (a township, 各乡镇's).
    targets = [{ ...query, id: 0 }];
  } else if (targets.length === 0) {
    const level = LEVEL_OF_CHAR[name.trim()[0]];
    targets = rows.filter((r) => r.kind === query.kind && r.office === query.office && (!level || r.jurisdiction?.level === level));
  }
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const via = new Map<number, { group: string; member: string }>();
  for (const target of targets) {
    for (const key of groupKeysOf(target, index, directory)) {
      const group = byKey.get(key);
      if (group && !via.has(group.id)) via.set(group.id, { group: group.name, member: target.name });
    }
  }
  return { targets, via, rows, placed: query.jurisdiction !== null };
}

/** The resolved unit ids whose tasks are the name's tasks: the organizations' own and their groups'. */
export const taskUnitIds = ({ targets, via }: UnitsMeant<StoredResolvedUnit>): number[] => [
  ...targets.map((t) => t.id).filter((id) => id > 0),
  ...via.keys(),
];
