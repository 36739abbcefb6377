/**
 * `tasks --db FILE [--unit U] [--notice 文号] [--overdue] [--due-within DAYS] [--json]`: the 督办台账, and
 * `task update ID --status done|in_progress|pending [--feedback TEXT] [--due YYYY-MM-DD] --db FILE`.
 * JSON rows are `{ id, noticeDocNumber, clause, unit, role, due, status, feedback: [{ date, text }] }`.
 */
import { parseArgs } from 'node:util';
import type { TaskRow } from '../../../../shared/api/supervisionContract';
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

export const tasksCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DB_OPTION,
      unit: { type: 'string' },
      notice: { type: 'string' },
      overdue: { type: 'boolean' },
      'due-within': { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new CliError(`多余的参数“${positionals.join(' ')}”；按单位筛选请用 --unit。`, 2);
  const dueWithin = values['due-within'];
  if (dueWithin !== undefined && !/^\d+$/.test(dueWithin)) throw new CliError(`--due-within 应为天数（非负整数），收到“${dueWithin}”。`, 2);
  const archive = openArchive(values.db, io);
  try {
    const { tasks } = await archive.call('tasks.list', {
      unit: values.unit,
      notice: values.notice,
      overdue: values.overdue,
      dueWithin: dueWithin === undefined ? undefined : Number(dueWithin),
    });
    if (values.json) io.out(JSON.stringify(tasks.map(taskJson), null, 2));
    else io.out(tasks.length === 0 ? '没有符合条件的任务。' : [`共 ${tasks.length} 项任务。`, ...tasks.map(taskLine)].join('\n'));
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
