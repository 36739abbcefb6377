/**
 * 责任单位: every unit named in the archive with how many tasks it carries, and one unit's tasks across
 * all notices — each clause assigned to it (directly or through a standing default), with the notice's
 * 办理 status and deadline.
 */
import type { UnitSummary, UnitTask } from '../../../../shared/api/searchContract';
import type { Clause } from '../../../../shared/domain/notice';
import { printedClauseNumber } from '../../../../shared/drafting/writtenRole';
import type { ArchiveContext } from '../archiveContext';
import { decodeParsed } from '../parsedRecord';

export interface UnitTasks {
  /** The unit names the tasks belong to: the name asked for, or every name containing it. */
  units: string[];
  tasks: (UnitTask & { unit: string })[];
}

export function unitService({ store }: ArchiveContext) {
  return {
    list: (): Promise<{ units: UnitSummary[] }> => store.read(async (tx) => ({ units: await tx.units.summaries() })),

    tasks: (name: string): Promise<UnitTasks> =>
      store.read(async (tx) => {
        const rows = await tx.units.tasks(name);
        // Each notice's clause texts are decoded once, however many of its clauses the unit has.
        const clauseTexts = new Map<number, Clause[]>();
        for (const noticeId of new Set(rows.map((r) => r.noticeId))) {
          const blob = await tx.notices.parsedOf(noticeId);
          clauseTexts.set(noticeId, blob ? decodeParsed(blob).clauses : []);
        }
        const printed = (clauses: Clause[] | undefined, position: number, fallback: string) => {
          const markers: string[] = [];
          for (let i: number | null = position; i !== null && clauses?.[i]; i = clauses[i].parentIndex) markers.unshift(clauses[i].marker);
          return markers.length > 0 ? printedClauseNumber(markers) : fallback;
        };
        return {
          units: [...new Set(rows.map((r) => r.unitName))],
          tasks: rows.map((r) => ({
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
            status: r.status ?? 'pending',
            dueDate: r.dueDate,
            unit: r.unitName,
          })),
        };
      }),
  };
}

export type UnitService = ReturnType<typeof unitService>;
