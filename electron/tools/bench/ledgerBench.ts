/**
 * The 督办台账 at scale, on the bench archive: CPU time of `tasks.list` through the contract for the first page,
 * a page far into the ledger, and the filtered views a clerk opens most (a unit, 逾期, due within 30 days, a unit
 * with either). Each is timed a few times after one warm-up call; the figure is the median CPU time of this
 * process. Beside each filtered view, the straightforward query (every live task joined to its notice, filtered,
 * counted and ordered by SQLite as it likes) on a second, read-only connection, alternated with it.
 */
import Database from 'better-sqlite3';
import { createApi } from '../../core/api/createApi';
import { localDay, systemClock } from '../../core/archive/clock';
import { createCore } from '../../core/createCore';
import { taskQueryOf } from '../../core/supervision/taskService';
import type { TaskPageQuery } from '../../../shared/api/supervisionContract';
import { LEDGER_PAGE } from '../../../shared/api/supervisionContract';
import { matchKey } from '../../../shared/supervision/taskFilter';
import { benchArchive } from './benchArchive';
import type { BenchSection } from './benchSection';

const RUNS = 5;

const VIEWS: [name: string, label: string, query: TaskPageQuery][] = [
  ['first_page', '第一页', {}],
  ['page_at_100000', '第 100,001 项起', { offset: 100_000 }],
  ['unit', '按单位（应急）', { unit: '应急' }],
  ['overdue', '逾期', { status: 'overdue' }],
  ['due_within_30', '30天内到期', { dueWithin: 30 }],
  ['unit_overdue', '单位（应急）逾期', { unit: '应急', status: 'overdue' }],
  ['unit_due_within_30', '单位（应急）30天内', { unit: '应急', dueWithin: 30 }],
  ['rare_unit_due_within_30', '单位（市财政局）30天内', { unit: '市财政局', dueWithin: 30 }],
];

/** The straightforward query of a filtered view: its count and first page, as SQLite plans them. */
function straightforward(raw: Database.Database, query: TaskPageQuery): () => void {
  const q = taskQueryOf(query, localDay(systemClock));
  const where = [
    q.unitKey !== undefined && 't.unit_id IN (SELECT id FROM units WHERE instr(match_key(name), :unitKey) > 0)',
    q.open === true && "t.status <> 'done'",
    q.status !== undefined && 't.status = :status',
    q.dueBefore !== undefined && 't.due < :dueBefore',
    q.dueFrom !== undefined && 't.due >= :dueFrom',
    q.dueTo !== undefined && 't.due <= :dueTo',
  ].filter((condition): condition is string => condition !== false);
  const from = `FROM tasks t JOIN notices n ON n.id = t.notice_id AND n.deleted_at IS NULL ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
  const count = raw.prepare(`SELECT count(*) ${from}`);
  const page = raw.prepare(`SELECT t.id ${from} ORDER BY n.id DESC, t.position, t.id LIMIT ${LEDGER_PAGE}`);
  const params = Object.fromEntries(Object.entries(q).filter(([, value]) => value !== undefined && typeof value !== 'boolean'));
  return () => {
    count.get(params);
    page.all(params);
  };
}

const cpuMsOf = (run: () => unknown) => async () => {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const ledgerBench: BenchSection = async (ctx) => {
  const { say } = ctx;
  const { dbPath } = await benchArchive(ctx);
  const core = createCore({ dbPath });
  const dispatch = createApi(core, { log: say });
  const raw = new Database(dbPath, { readonly: true });
  raw.function('match_key', { deterministic: true }, (text: unknown) => matchKey(typeof text === 'string' ? text : ''));
  try {
    const cpuMs: Record<string, number> = {};
    const plainCpuMs: Record<string, number> = {};
    for (const [name, label, query] of VIEWS) {
      const first = await dispatch('tasks.list', query);
      if (!first.ok) throw new Error(`督办台账“${label}”失败：${first.error}`);
      const filtered = Object.keys(query).some((key) => key !== 'offset');
      const plain = filtered ? cpuMsOf(straightforward(raw, query)) : null;
      const listed = cpuMsOf(() => dispatch('tasks.list', query));
      const times: number[] = [];
      const plainTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        times.push(await listed());
        if (plain) plainTimes.push(await plain());
      }
      cpuMs[name] = Number(median(times).toFixed(1));
      if (plain) plainCpuMs[name] = Number(median(plainTimes).toFixed(1));
      const { total, tasks } = first.value as { total: number; tasks: unknown[] };
      const beside = plain ? `，直接查询 ${plainCpuMs[name]} ms` : '';
      say(
        `督办台账 ${label.padEnd(10)}：CPU ${cpuMs[name]} ms${beside}（本页 ${tasks.length} 项，共 ${total.toLocaleString('zh-CN')} 项）`,
      );
    }
    return { ledger_cpu_ms: cpuMs, ledger_straightforward_cpu_ms: plainCpuMs };
  } finally {
    raw.close();
    core.close();
  }
};
