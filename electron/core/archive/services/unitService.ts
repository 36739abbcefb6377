/**
 * 责任单位: every unit named in the archive with how many tasks it carries, and one unit's tasks across
 * all notices — each clause assigned to it (directly or through a standing default), with the notice's
 * 办理 status and deadline.
 */
import type { UnitSummary, UnitTask } from '../../../../shared/api/searchContract';
import type { ArchiveContext } from '../archiveContext';
import { decodeParsed } from '../parsedRecord';

export interface UnitTasks {
  /** The unit names the tasks belong to: the name asked for, or every name containing it. */
  units: string[];
  tasks: (UnitTask & { unit: string })[];
}

export function unitService({ repos }: ArchiveContext) {
  return {
    list: (): { units: UnitSummary[] } => ({ units: repos.units.summaries() }),

    tasks(name: string): UnitTasks {
      const rows = repos.units.tasks(name);
      const clauseTexts = new Map<number, string[]>();
      const textOf = (noticeId: number, position: number): string => {
        let texts = clauseTexts.get(noticeId);
        if (!texts) {
          const blob = repos.notices.parsedOf(noticeId);
          texts = blob ? decodeParsed(blob).clauses.map((c) => c.text) : [];
          clauseTexts.set(noticeId, texts);
        }
        return texts[position] ?? '';
      };
      return {
        units: [...new Set(rows.map((r) => r.unitName))],
        tasks: rows.map((r) => ({
          noticeId: r.noticeId,
          docNumber: r.docNumber,
          title: r.title,
          signedDate: r.signedDate,
          clause: { number: r.number, path: r.path, heading: r.heading, text: textOf(r.noticeId, r.position) },
          role: r.role,
          inherited: r.inherited === 1,
          status: r.status ?? 'pending',
          dueDate: r.dueDate,
          unit: r.unitName,
        })),
      };
    },
  };
}

export type UnitService = ReturnType<typeof unitService>;
