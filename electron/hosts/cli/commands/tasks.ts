/**
 * `tasks --db FILE [--unit U] [--notice 文号] [--overdue] [--due-within DAYS] [--offset N] [--limit N] [--json]`:
 * one page of the 督办台账 (LEDGER_PAGE tasks from the first unless told), and
 * `task update ID --status done|in_progress|pending [--feedback TEXT] [--due YYYY-MM-DD] --db FILE`.
 * `tasks --json` prints the page as tasks.list answers it, `{ today, total, offset, tasks }` (total: every task the
 * filter keeps, so a script knows how far to page), each task `{ id, noticeDocNumber, clause, unit, role, due,
 * status, feedback: [{ date, text }] }`; `task update --json` prints the one task.
 */
import { parseArgs } from 'node:util';
import { LEDGER_PAGE, TASK_PAGE_MAX, type TaskPage, type TaskRow } from '../../../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES, TASK_STATUSES, type TaskStatus } from '../../../../shared/api/supervisionVocabulary';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';

/** A task as the command line prints it: 逾期 is a status there, as on the screen. */
function taskJson(task: TaskRow) {
  return {
    id: task.id,
    noticeDocNumber: task.noticeDocNumber,
    clause: `${task.clause.path} ${task.clause.heading}`.trim(),
    unit: task.unit,
    role: task.role,
    due: task.due,
    status: task.overdue ? 'overdue' : task.status,
    feedback: task.feedback.map(({ date, text }) => ({ date, text })),
  };
}

function taskLine(task: TaskRow): string {
  const status = TASK_STATUS_NAMES[task.overdue ? 'overdue' : task.status];
  const role = task.role === 'lead' ? '牵头' : '配合';
  return `#${task.id} [${status}] ${task.due ?? '无期限'} ${task.unit}（${role}） ${task.noticeDocNumber ?? '（无文号）'} ${task.clause.path} ${task.clause.heading}`;
}

function integerOption(text: string | undefined, name: string, fallback: number, [min, max]: [number, number]): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max)
    throw new CliError(`--${name} 应为 ${min} 到 ${max} 之间的整数，收到“${text}”。`, 2);
  return Number(text);
}

function ledgerText({ total, offset, tasks }: TaskPage): string {
  if (tasks.length === 0) return total === 0 ? '没有符合条件的任务。' : `共 ${total} 项任务，第 ${offset + 1} 项起没有任务。`;
  const heading =
    tasks.length === total
      ? `共 ${total} 项任务。`
      : `共 ${total} 项任务，以下为第 ${offset + 1}–${offset + tasks.length} 项（用 --offset 和 --limit 翻页）。`;
  return [heading, ...tasks.map(taskLine)].join('\n');
}

export const tasksCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DB_OPTION,
      unit: { type: 'string' },
      notice: { type: 'string' },
      overdue: { type: 'boolean' },
      'due-within': { type: 'string' },
      offset: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new CliError(`多余的参数“${positionals.join(' ')}”；按单位筛选请用 --unit。`, 2);
  const dueWithin = values['due-within'];
  if (dueWithin !== undefined && !/^\d+$/.test(dueWithin)) throw new CliError(`--due-within 应为天数（非负整数），收到“${dueWithin}”。`, 2);
  const offset = integerOption(values.offset, 'offset', 0, [0, 100_000_000]);
  const limit = integerOption(values.limit, 'limit', LEDGER_PAGE, [1, TASK_PAGE_MAX]);
  const archive = openArchive(values.db, io);
  try {
    const page = await archive.call('tasks.list', {
      unit: values.unit,
      notice: values.notice,
      overdue: values.overdue,
      dueWithin: dueWithin === undefined ? undefined : Number(dueWithin),
      offset,
      limit,
    });
    const { today, total, tasks } = page;
    io.out(values.json ? JSON.stringify({ today, total, offset: page.offset, tasks: tasks.map(taskJson) }, null, 2) : ledgerText(page));
    return 0;
  } finally {
    archive.close();
  }
};

export const taskCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: { ...DB_OPTION, status: { type: 'string' }, feedback: { type: 'string' }, due: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const usage = '用法：npm run cli -- task update ID --status done|in_progress|pending [--feedback 内容] [--due YYYY-MM-DD] --db 档案.db';
  if (positionals[0] !== 'update' || positionals.length !== 2) throw new CliError(usage, 2);
  if (!/^\d+$/.test(positionals[1])) throw new CliError(`任务编号应为正整数，收到“${positionals[1]}”。`, 2);
  if (values.status !== undefined && !(TASK_STATUSES as readonly string[]).includes(values.status))
    throw new CliError(`--status 应为 done、in_progress 或 pending，收到“${values.status}”。`, 2);
  if (values.status === undefined && values.feedback === undefined && values.due === undefined) throw new CliError(usage, 2);
  const archive = openArchive(values.db, io);
  try {
    const task = await archive.call('tasks.update', {
      id: Number(positionals[1]),
      status: values.status as TaskStatus | undefined,
      feedback: values.feedback,
      due: values.due,
    });
    io.out(values.json ? JSON.stringify(taskJson(task), null, 2) : `已更新：${taskLine(task)}`);
    return 0;
  } finally {
    archive.close();
  }
};
