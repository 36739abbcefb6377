/**
 * 督办: the tasks of registered notices, one per (clause × responsible unit). A task's deadline is the one set
 * by hand, else the one its clause's text names (shared/supervision/taskDeadline.ts), else the notice's
 * 办理期限; it is 逾期 when not done by then. Status changes, deadlines and feedback go to the notice's history.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { LEDGER_PAGE, type TaskFilter, type TaskPage, type TaskPageQuery, type TaskRow } from '../../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES, type TaskStatus } from '../../../shared/api/supervisionVocabulary';
import { taskDeadline } from '../../../shared/supervision/taskDeadline';
import { addDays, isOverdue, matchKey } from '../../../shared/supervision/taskFilter';
import type { ArchiveContext } from '../archive/archiveContext';
import { localDay, timestamp } from '../archive/clock';
import type { CoreRepositories } from '../store/coreRepositories';
import type { FeedbackRecord, TaskQuery, TaskRecord } from '../store/supervisionRepositories';
import { clauseTextsOf, readWithTextDues } from './clauseDeadlines';

type Deadline = Pick<TaskRow, 'due' | 'dueSource'> & { text: string };

/** A ledger filter in the store's terms: names folded, 逾期 and "due within N days" as days from today. */
export function taskQueryOf(filter: TaskFilter, today: string): TaskQuery {
  const overdue = filter.overdue === true || filter.status === 'overdue';
  const within = filter.dueWithin === undefined ? null : addDays(today, filter.dueWithin);
  const folded = (text: string | undefined) => (text ? matchKey(text) || undefined : undefined);
  const days = (...list: (string | null | undefined)[]) => list.filter((day): day is string => Boolean(day)).sort();
  return {
    unitKey: folded(filter.unit),
    noticeId: typeof filter.notice === 'number' ? filter.notice : undefined,
    docNumberKey: typeof filter.notice === 'string' ? folded(filter.notice) : undefined,
    status: filter.status === 'overdue' ? undefined : filter.status,
    open: overdue || within !== null || undefined,
    dueBefore: overdue ? today : undefined,
    dueFrom: days(filter.dueFrom, within && today).at(-1),
    dueTo: days(filter.dueTo, within)[0],
  };
}

const NO_TASK = '找不到这项任务（它的公文可能已移入回收站）。';

export function taskService({ store, clock }: ArchiveContext) {
  /** Each task's deadline and clause text; a notice's parsed record is decoded once. */
  async function deadlinesOf(tx: CoreRepositories, records: TaskRecord[]): Promise<Deadline[]> {
    const clauseTexts = new Map<number, string[]>();
    const result: Deadline[] = [];
    for (const r of records) {
      if (!clauseTexts.has(r.noticeId)) clauseTexts.set(r.noticeId, await clauseTextsOf(tx, r.noticeId));
      const text = clauseTexts.get(r.noticeId)?.[r.position] ?? '';
      const fromText = r.due !== null ? null : r.textDueRead ? r.textDue : taskDeadline(text, r.noticeDate);
      const due = r.due ?? fromText ?? r.noticeDue;
      const dueSource = r.due !== null ? 'manual' : fromText !== null ? 'text' : r.noticeDue !== null ? 'notice' : null;
      result.push({ due, dueSource, text });
    }
    return result;
  }

  async function rowsOf(tx: CoreRepositories, records: TaskRecord[], today: string): Promise<TaskRow[]> {
    const deadlines = await deadlinesOf(tx, records);
    const feedback = new Map<number, FeedbackRecord[]>();
    for (const f of await tx.supervision.feedback(records.map((r) => r.id))) {
      const list = feedback.get(f.taskId);
      if (list) list.push(f);
      else feedback.set(f.taskId, [f]);
    }
    return records.map((r, i): TaskRow => {
      const { due, dueSource, text } = deadlines[i];
      return {
        id: r.id,
        noticeId: r.noticeId,
        noticeDocNumber: r.docNumber,
        noticeTitle: r.title,
        clause: { number: r.number, path: r.path, heading: r.heading, text },
        unit: r.unit,
        role: r.role,
        due,
        dueSource,
        status: r.status,
        overdue: isOverdue({ due, status: r.status }, today),
        contact: r.contact,
        feedback: (feedback.get(r.id) ?? []).map(({ id, date, text, fileName }) => ({ id, date, text, fileName })),
      };
    });
  }

  async function one(tx: CoreRepositories, id: number): Promise<TaskRow | undefined> {
    return (await rowsOf(tx, await tx.supervision.tasks([id]), localDay(clock)))[0];
  }

  async function history(tx: CoreRepositories, noticeId: number, field: string, before: string | null, after: string) {
    await tx.audit.record({ at: timestamp(clock), noticeId, action: 'task', field, before, after });
  }

  /** Filtered, counted and paged in the store: only the page's tasks are built, their notices alone decoded. */
  function page(filter: TaskFilter, offset: number, limit: number | null): Promise<TaskPage> {
    const today = localDay(clock);
    return readWithTextDues(store, async (tx) => {
      const { ids, total } = await tx.supervision.taskPage(taskQueryOf(filter, today), offset, limit);
      return { today, total, offset, tasks: await rowsOf(tx, await tx.supervision.tasks(ids), today) };
    });
  }

  return {
    /** One page of the ledger (the screen, the command line). */
    list: ({ offset = 0, limit = LEDGER_PAGE, ...filter }: TaskPageQuery): Promise<TaskPage> => page(filter, offset, limit),
    /** Every task the filter keeps (exports, 催办通知). */
    all: (filter: TaskFilter): Promise<TaskPage> => page(filter, 0, null),
    /** The ids of every task the filter keeps, in the ledger's order, without building them (a large export). */
    idsOf: (filter: TaskFilter, today: string): Promise<number[]> =>
      readWithTextDues(store, async (tx) => (await tx.supervision.taskPage(taskQueryOf(filter, today), 0, null)).ids),
    /** The tasks of these ids, built, in the same order (a task deleted since is left out). */
    rowsOfIds: (ids: number[], today: string): Promise<TaskRow[]> =>
      readWithTextDues(store, async (tx) => rowsOf(tx, await tx.supervision.tasks(ids), today)),
    rowsOf,

    update: (args: { id: number; status?: TaskStatus; due?: string | null; feedback?: string }): Promise<ApiResult<TaskRow>> =>
      store.write(async (tx): Promise<ApiResult<TaskRow>> => {
        const before = await one(tx, args.id);
        if (!before) return fail(NO_TASK);
        const at = timestamp(clock);
        const label = `${before.unit} ${before.clause.path}`;
        if (args.status !== undefined && args.status !== before.status) {
          await tx.supervision.setStatus(args.id, args.status, at);
          await history(tx, before.noticeId, `${label} 状态`, TASK_STATUS_NAMES[before.status], TASK_STATUS_NAMES[args.status]);
        }
        if (args.due !== undefined) {
          await tx.supervision.setDue([args.id], args.due, at);
          await history(tx, before.noticeId, `${label} 期限`, before.due, args.due ?? '按条款或办理期限');
        }
        if (args.feedback !== undefined) {
          await tx.supervision.addFeedback(args.id, localDay(clock), args.feedback, at);
          await history(tx, before.noticeId, `${label} 反馈`, null, args.feedback);
        }
        return ok((await one(tx, args.id)) as TaskRow);
      }),

    setDue: (ids: number[], due: string | null): Promise<ApiResult<{ updated: number }>> =>
      store.write(async (tx): Promise<ApiResult<{ updated: number }>> => {
        const tasks = await tx.supervision.tasks(ids);
        if (tasks.length === 0) return fail(NO_TASK);
        const updated = await tx.supervision.setDue(
          tasks.map((t) => t.id),
          due,
          timestamp(clock),
        );
        for (const noticeId of new Set(tasks.map((t) => t.noticeId))) {
          const count = tasks.filter((t) => t.noticeId === noticeId).length;
          await history(tx, noticeId, `${count} 项任务 期限`, null, due ?? '按条款或办理期限');
        }
        return ok({ updated });
      }),

    addFeedback: (id: number, date: string, text: string): Promise<ApiResult<TaskRow>> =>
      store.write(async (tx): Promise<ApiResult<TaskRow>> => {
        const before = await one(tx, id);
        if (!before) return fail(NO_TASK);
        await tx.supervision.addFeedback(id, date, text, timestamp(clock));
        await history(tx, before.noticeId, `${before.unit} ${before.clause.path} 反馈`, null, `${date} ${text}`);
        return ok((await one(tx, id)) as TaskRow);
      }),

    attachFeedbackFile: (feedbackId: number, fileName: string, bytes: Uint8Array): Promise<ApiResult<TaskRow>> =>
      store.write(async (tx): Promise<ApiResult<TaskRow>> => {
        const taskId = await tx.supervision.feedbackTask(feedbackId);
        const task = taskId === undefined ? undefined : await one(tx, taskId);
        if (!task) return fail('找不到这条反馈。');
        if (bytes.byteLength > 50 * 1024 * 1024) return fail('附件超过50MB，请压缩后再上传。');
        await tx.supervision.attachFile(feedbackId, fileName, Buffer.from(bytes));
        return ok((await one(tx, task.id)) as TaskRow);
      }),

    feedbackFile: (feedbackId: number): Promise<ApiResult<FilePayload>> =>
      store.read(async (tx): Promise<ApiResult<FilePayload>> => {
        const file = await tx.supervision.file(feedbackId);
        if (!file) return fail('这条反馈没有附件。');
        return ok({ fileName: file.fileName, mime: MIME.octet, bytes: new Uint8Array(file.bytes) });
      }),

    setContact: (unit: string, contact: string): Promise<ApiResult<{ unit: string }>> =>
      store.write(async (tx): Promise<ApiResult<{ unit: string }>> => {
        const unitId = await tx.supervision.unitId(unit);
        if (unitId === undefined) return fail(`没有名为“${unit}”的责任单位。`);
        await tx.supervision.setContact(unitId, contact === '' ? null : contact, timestamp(clock));
        return ok({ unit });
      }),
  };
}

export type TaskService = ReturnType<typeof taskService>;
