/**
 * The 督办台账's pages in SQL: the filter, the count and the order, so a page costs about the same whatever the
 * archive holds. A deadline is the one stored with the task (migration 30). Names are matched folded
 * (`match_key`, the ledger's own folding) on the few units and notices, not on every task.
 *
 * A filter by unit or by an open task's deadline is counted from an index alone: every notice's tasks, less
 * those of the few notices in the recycle bin (joining each task to its notice read millions of rows). Its page
 * is read one of two ways, whichever reads fewer tasks: walked in the ledger's own order, each task checked,
 * until the page is full (few tasks when the filter keeps many), or read from that index and sorted (all the
 * filter keeps, each looked up: few when it keeps few).
 */
import { TASK_STATUSES } from '../../../../shared/api/supervisionVocabulary';
import { matchKey } from '../../../../shared/supervision/taskFilter';
import type { Db } from '../../db/openDatabase';
import type { TaskIdPage, TaskQuery } from '../supervisionRepositories';

type Statement = ReturnType<Db['prepare']>;

/** How a page is read: chosen by cost, or (tests, which read the ledger both ways) always one way. */
export type LedgerRead = 'cheaper' | 'walked' | 'sorted';

/**
 * What a task read from each index and sorted costs, in tasks walked in the ledger's order (0.1 µs each, a check
 * of the next entry and its row): from the unit index its row and notice are looked up too (2 µs), while the open
 * tasks' deadline index holds what the sort needs (0.3 µs). CPU time at 20,000 notices.
 */
const SORTED_COST = { tasks_unit: 20, tasks_open_due: 3 } as const;

type LedgerIndex = keyof typeof SORTED_COST;

/**
 * How many tasks of live notices `where` keeps (it names the task `t`), read from `tasks` (an index named), less
 * those of the notices in the recycle bin. A notice's tasks all go to the bin with it or none do.
 */
export function liveCount(tasks: string, where: string): string {
  return `SELECT (SELECT count(*) FROM ${tasks} WHERE ${where})
    - (SELECT count(*) FROM notices n CROSS JOIN tasks t ON t.notice_id = n.id WHERE n.deleted_at IS NOT NULL AND ${where})`;
}

/**
 * Open tasks are named by their two statuses rather than as not done: on the unit index (unit, status, due,
 * migration 33) each is then one range of deadlines.
 */
const OPEN = `t.status IN (${TASK_STATUSES.filter((status) => status !== 'done')
  .map((status) => `'${status}'`)
  .join(', ')})`;

interface LedgerStatements {
  count: Statement;
  /** Walked in the ledger's order. */
  walked: Statement;
  /** Read from the index the filter narrows and sorted; null when it narrows none worth it. */
  sorted: Statement | null;
  /** What a task read so costs, in tasks walked. */
  sortedCost: number;
}

/**
 * The index a filter's tasks are counted and sorted from: a unit's tasks (open or not, of any deadline) are
 * ranges of the unit index, open tasks by deadline those of the open tasks' deadline index (migration 30). A
 * notice's own few tasks are found by its id, and the other filters are read as the planner likes.
 */
function indexOf(query: TaskQuery): LedgerIndex | null {
  if (query.noticeId !== undefined || query.docNumberKey !== undefined) return null;
  if (query.unitKey !== undefined) return 'tasks_unit';
  const due = query.dueBefore !== undefined || query.dueFrom !== undefined || query.dueTo !== undefined;
  return query.open === true && due ? 'tasks_open_due' : null;
}

/**
 * The filter's conditions on the task `t`, as `read`: through an index (its ranges offered to the planner; the
 * open tasks' deadline index names them as not done, as its own condition does), walked (each checked on the
 * task, a unary + keeping the index away, so the ledger's order is kept), or as the planner likes.
 */
function conditionsOf(query: TaskQuery, read: LedgerIndex | 'walked' | 'planned'): string[] {
  const checked = read === 'walked' ? '+' : '';
  return [
    query.unitKey !== undefined && `${checked}t.unit_id IN (SELECT id FROM units WHERE instr(match_key(name), :unitKey) > 0)`,
    query.noticeId !== undefined && 't.notice_id = :noticeId',
    query.docNumberKey !== undefined &&
      't.notice_id IN (SELECT id FROM notices WHERE deleted_at IS NULL AND instr(match_key(doc_number), :docNumberKey) > 0)',
    query.open === true && (read === 'tasks_open_due' ? "t.status <> 'done'" : `${checked}${OPEN}`),
    query.status !== undefined && `${checked}t.status = :status`,
    query.dueBefore !== undefined && `${checked}t.due < :dueBefore`,
    query.dueFrom !== undefined && `${checked}t.due >= :dueFrom`,
    query.dueTo !== undefined && `${checked}t.due <= :dueTo`,
  ].filter((condition): condition is string => condition !== false);
}

const liveTasks = (tasks: string, where: string[]) =>
  `FROM ${tasks} JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
const pageOf = (tasks: string, where: string[]) =>
  `SELECT t.id ${liveTasks(tasks, where)} ORDER BY n.id DESC, t.position, t.id LIMIT :limit OFFSET :offset`;

function statementsOf(db: Db, query: TaskQuery): LedgerStatements {
  const index = indexOf(query);
  if (index === null) {
    const where = conditionsOf(query, 'planned');
    return {
      count: db.prepare(`SELECT count(*) ${liveTasks('tasks t', where)}`).pluck(),
      walked: db.prepare(pageOf('tasks t', where)).pluck(),
      sorted: null,
      sortedCost: 0,
    };
  }
  const where = conditionsOf(query, index);
  const indexed = `tasks t INDEXED BY ${index}`;
  return {
    count: db.prepare(liveCount(indexed, where.join(' AND '))).pluck(),
    walked: db.prepare(pageOf('tasks t', conditionsOf(query, 'walked'))).pluck(),
    sorted: db.prepare(pageOf(indexed, where)).pluck(),
    sortedCost: SORTED_COST[index],
  };
}

export function ledgerPages(db: Db, read: LedgerRead = 'cheaper'): (query: TaskQuery, offset: number, limit: number | null) => TaskIdPage {
  db.function('match_key', { deterministic: true }, (text: unknown) => matchKey(typeof text === 'string' ? text : ''));
  // The ledger's length, near enough (ids of purged notices' tasks leave gaps): what a walk reads to its end.
  const ledgerLength = db.prepare('SELECT coalesce(max(id), 0) FROM tasks').pluck();
  const statements = new Map<string, LedgerStatements>();

  return (query, offset, limit) => {
    const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && typeof value !== 'boolean'));
    const key = conditionsOf(query, 'planned').join(' AND ');
    let cached = statements.get(key);
    if (!cached) {
      cached = statementsOf(db, query);
      statements.set(key, cached);
    }
    const { count, walked, sorted, sortedCost } = cached;
    const total = count.get(params) as number;
    if (offset >= total) return { ids: [], total };
    // A walk reads, on average, the ledger's share of tasks up to the page's end; a sort reads all the filter keeps.
    const end = limit === null ? total : Math.min(total, offset + limit);
    const walkedTasks = (end / total) * (ledgerLength.get() as number);
    const bySort = sorted !== null && (read === 'sorted' || (read === 'cheaper' && total * sortedCost < walkedTasks));
    return { ids: (bySort ? sorted : walked).all({ ...params, offset, limit: limit ?? -1 }) as number[], total };
  };
}
