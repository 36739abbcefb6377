/**
 * 责任单位: the resolved units of the archive with how many tasks each carries, and one unit's tasks across
 * all notices. A name is read as the organization it names (any alias; 县应急局 in a county's archive is that
 * county's 应急管理局), never as another jurisdiction's namesake; tasks given to a group the unit belongs to
 * (各乡镇, 安委会成员单位, 负有安全生产监管职责的部门) are listed too, marked with the group.
 */
import type { UnitSummary, UnitTask } from '../../../../shared/api/searchContract';
import type { Clause } from '../../../../shared/domain/notice';
import { printedClauseNumber } from '../../../../shared/drafting/writtenRole';
import type { DivisionIndex } from '../../../../shared/units/divisions';
import type { UnitTaskRow } from '../../store/archiveRepositories';
import type { CoreRepositories } from '../../store/coreRepositories';
import { taskUnitIds, unitsMeant } from '../../units/unitsMeant';
import type { ArchiveContext } from '../archiveContext';
import { decodeParsed } from '../parsedRecord';

export interface UnitTasks {
  /** The units the name was read as. */
  units: string[];
  tasks: UnitTask[];
}

export function unitService({ store }: ArchiveContext, divisions: () => DivisionIndex) {
  async function withTexts(tx: CoreRepositories, rows: (UnitTaskRow & { via: string | null; unit: string })[]): Promise<UnitTask[]> {
    // Each notice's clause texts are decoded once, however many of its clauses the unit has.
    const clauseTexts = new Map<number, Clause[]>();
    for (const noticeId of new Set(rows.map((r) => r.noticeId))) {
      const stored = await tx.notices.parsedOf(noticeId);
      clauseTexts.set(noticeId, stored ? decodeParsed(stored.parsed, stored.originalText).clauses : []);
    }
    // The clause's number as printed (三（二）2.), from the markers of its ancestors.
    const printed = (clauses: Clause[] | undefined, position: number, fallback: string) => {
      const markers: string[] = [];
      for (let i: number | null = position; i !== null && clauses?.[i]; i = clauses[i].parentIndex) markers.unshift(clauses[i].marker);
      return markers.length > 0 ? printedClauseNumber(markers) : fallback;
    };
    return rows.map((r) => ({
      noticeId: r.noticeId,
      docNumber: r.docNumber,
      title: r.title,
      signedDate: r.signedDate,
      clause: {
        number: r.number,
        path: r.path,
        printed: printed(clauseTexts.get(r.noticeId), r.position, r.path),
        heading: r.heading,
        text: clauseTexts.get(r.noticeId)?.[r.position]?.text ?? '',
      },
      role: r.role,
      inherited: r.inherited,
      via: r.via,
      unit: r.unit,
      status: r.status ?? 'pending',
      dueDate: r.dueDate,
    }));
  }

  return {
    /** Resolved units with their own tasks (the chart counts organizations, not spellings). */
    list: (): Promise<{ units: UnitSummary[] }> =>
      store.read(async (tx) => {
        const resolved = await tx.units.resolvedUnits();
        if (resolved.length === 0) return { units: await tx.units.summaries() };
        return { units: resolved.map(({ name, taskCount, leadCount, noticeCount }) => ({ name, taskCount, leadCount, noticeCount })) };
      }),

    tasks: (name: string): Promise<UnitTasks> =>
      store.read(async (tx) => {
        const meant = await unitsMeant(tx, await tx.units.resolvedUnits(), name, divisions());
        const { targets, via, rows } = meant;
        const ids = taskUnitIds(meant);
        const found = ids.length > 0 ? await tx.units.tasksOfResolved(ids) : [];
        if (found.length === 0) {
          // Not an organization the archive knows: the names as written that contain it.
          const plain = await tx.units.tasks(name);
          return {
            units: [...new Set(plain.map((r) => r.unitName))],
            tasks: await withTexts(
              tx,
              plain.map((r) => ({ ...r, via: null, unit: r.unitName })),
            ),
          };
        }
        const names = new Map(rows.map((r) => [r.id, r.name]));
        const direct = new Set(targets.map((t) => t.id));
        // A clause naming the unit itself and its group counts once, as the unit's own.
        const own = new Set(found.filter((r) => direct.has(r.resolvedId)).map((r) => `${r.noticeId}/${r.position}`));
        const seen = new Set<string>();
        const tasks = found
          .filter((r) => {
            const clause = `${r.noticeId}/${r.position}`;
            if (direct.has(r.resolvedId)) return true;
            if (own.has(clause) || seen.has(clause)) return false;
            seen.add(clause);
            return true;
          })
          .map((r) => {
            const group = via.get(r.resolvedId);
            return { ...r, via: group?.group ?? null, unit: group?.member ?? names.get(r.resolvedId) ?? r.unitName };
          });
        return { units: targets.map((t) => t.name), tasks: await withTexts(tx, tasks) };
      }),
  };
}

export type UnitService = ReturnType<typeof unitService>;
