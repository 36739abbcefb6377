/**
 * The 督办台账 at scale, on the bench archive: CPU time of `tasks.list` through the contract for the first page,
 * a page far into the ledger, and the filtered views a clerk opens most (a unit, 逾期, due within 30 days).
 * Each is timed a few times after one warm-up call; the figure is the median CPU time of this process.
 */
import { createApi } from '../../core/api/createApi';
import { createCore } from '../../core/createCore';
import type { TaskPageQuery } from '../../../shared/api/supervisionContract';
import { benchArchive } from './benchArchive';
import type { BenchSection } from './benchSection';

const RUNS = 5;

const VIEWS: [name: string, label: string, query: TaskPageQuery][] = [
  ['first_page', '第一页', {}],
  ['page_at_100000', '第 100,001 项起', { offset: 100_000 }],
  ['unit', '按单位（应急）', { unit: '应急' }],
  ['overdue', '逾期', { status: 'overdue' }],
  ['due_within_30', '30天内到期', { dueWithin: 30 }],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const ledgerBench: BenchSection = async (ctx) => {
  const { say } = ctx;
  const { dbPath } = await benchArchive(ctx);
  const core = createCore({ dbPath });
  const dispatch = createApi(core, { log: say });
  try {
    const cpuMs: Record<string, number> = {};
    for (const [name, label, query] of VIEWS) {
      const first = await dispatch('tasks.list', query);
      if (!first.ok) throw new Error(`督办台账“${label}”失败：${first.error}`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = process.cpuUsage();
        await dispatch('tasks.list', query);
        const used = process.cpuUsage(started);
        times.push((used.user + used.system) / 1000);
      }
      cpuMs[name] = Number(median(times).toFixed(1));
      const { total, tasks } = first.value as { total: number; tasks: unknown[] };
      say(`督办台账 ${label.padEnd(10)}：CPU ${cpuMs[name]} ms（本页 ${tasks.length} 项，共 ${total.toLocaleString('zh-CN')} 项）`);
    }
    return { ledger_cpu_ms: cpuMs };
  } finally {
    core.close();
  }
};
