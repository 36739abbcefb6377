/**
 * The tasks (督办) of a notice being archived, computed from the clause units the same unit of work just wrote
 * rather than read back with a grouped query (18 % of the import's writer). One task per clause and unit; it
 * leads if any mention of the unit in that clause leads. Tasks are numbered in the order they are inserted,
 * which this keeps exactly as the query ordered them: by clause, then by the smallest `inherited` and the
 * smallest `seq` among the unit's mentions (each taken on its own), ties by unit id.
 */
import type { ClauseUnitRow } from '../store/archiveRepositories';
import type { NewTask } from '../store/supervisionRepositories';

interface Group {
  task: NewTask;
  inherited: number;
  seq: number;
}

/** `dueOf(position)`: the deadline a task of that clause follows (its text's, else the notice's 办理期限). */
export function noticeTasks(rows: readonly ClauseUnitRow[], dueOf: (position: number) => string | null): NewTask[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = `${row.position}/${row.unitId}`;
    const group = groups.get(key);
    if (!group) {
      const task: NewTask = { position: row.position, unitId: row.unitId, role: row.role, due: dueOf(row.position) };
      groups.set(key, { task, inherited: row.inherited, seq: row.seq });
      continue;
    }
    if (row.role === 'lead') group.task.role = 'lead';
    group.inherited = Math.min(group.inherited, row.inherited);
    group.seq = Math.min(group.seq, row.seq);
  }
  return [...groups.values()]
    .sort((a, b) => a.task.position - b.task.position || a.inherited - b.inherited || a.seq - b.seq || a.task.unitId - b.task.unitId)
    .map((group) => group.task);
}
