/**
 * 收文办理 (登记 → 拟办 → 批办 → 承办/传阅 → 办结) and 督办: each (clause × responsible unit) of a notice is a
 * task with a deadline, a status and feedback; the first screen (今日待办) gathers what is due.
 */
import { z } from 'zod';
import type { FilePayload } from './binary';
import { bytesSchema, exportId, isoDate, noticeId } from './fields';
import { method } from './method';
import { FLOW_STEPS, TASK_STATUSES, type FlowStepKind, type Stage, type TaskStatus } from './supervisionVocabulary';

export interface FlowStep {
  /** Null for 登记, which is the registration itself. */
  id: number | null;
  step: FlowStepKind | 'register';
  actor: string | null;
  date: string;
  text: string | null;
}

export interface NoticeFlow {
  noticeId: number;
  stage: Stage;
  steps: FlowStep[];
}

export interface TaskFeedback {
  id: number;
  date: string;
  text: string;
  fileName: string | null;
}

export interface TaskRow {
  id: number;
  noticeId: number;
  noticeDocNumber: string | null;
  noticeTitle: string | null;
  clause: { number: string; path: string; heading: string; text: string };
  unit: string;
  role: 'lead' | 'co';
  due: string | null;
  /** Where the deadline comes from: set by hand, read from the clause, or the notice's 办理期限. */
  dueSource: 'manual' | 'text' | 'notice' | null;
  status: TaskStatus;
  /** Not done and past its deadline (逾期). */
  overdue: boolean;
  contact: string | null;
  feedback: TaskFeedback[];
}

export interface AwaitingNotice {
  noticeId: number;
  docNumber: string | null;
  title: string | null;
  registrationNumber: string | null;
  receivedDate: string | null;
  stage: Stage;
}

/** How many items of each 今日待办 list are sent: a day's agenda is read by a person, the ledger holds the rest. */
export const AGENDA_ITEMS = 10;

/** Each list holds at most AGENDA_ITEMS, the most urgent first; its count says how many there are in all. */
export interface Agenda {
  today: string;
  /** Earliest deadline first. */
  overdue: TaskRow[];
  overdueCount: number;
  /** Not done, due within the next 7 days; earliest deadline first. */
  dueSoon: TaskRow[];
  dueSoonCount: number;
  /** Notices waiting for 拟办 or 批办, longest waiting first. */
  awaiting: AwaitingNotice[];
  awaitingCount: number;
  drafts: { id: number; title: string; updatedAt: string }[];
}

const taskId = z.number({ message: '缺少任务编号' }).int().positive();
const actor = z.string().trim().max(100, '最多100个字').nullable();
const longText = z.string().trim().max(2000, '最多2000个字');
const unitName = z.string().trim().min(1, '请填写单位名称').max(100, '最多100个字');

export const taskFilterSchema = z.object({
  unit: z.string().trim().max(100).optional(),
  /** A 文号 (typed as the clerk likes) or a notice id. */
  notice: z.union([z.string().trim().max(100), noticeId]).optional(),
  status: z.enum([...TASK_STATUSES, 'overdue'], { message: '状态应为未开始、办理中、已完成或逾期' }).optional(),
  overdue: z.boolean().optional(),
  dueWithin: z.number().int().min(0, '天数不能为负').max(3650).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
});

export type TaskFilter = z.input<typeof taskFilterSchema>;

/** Tasks the ledger's screen shows at once; exports and the 催办通知 take every matching task. */
export const LEDGER_PAGE = 50;
/** The most tasks one call returns (a printout of the ledger); beyond it the clerk filters, or exports. */
export const TASK_PAGE_MAX = 5000;

/** A page of the ledger: the filter, then where the page starts in the ledger's order and how many it holds. */
export const taskPageSchema = taskFilterSchema.extend({
  offset: z.number().int().min(0, '起始位置不能为负').max(100_000_000).default(0),
  limit: z.number().int().min(1, '每页至少一项').max(TASK_PAGE_MAX, `每页最多${TASK_PAGE_MAX}项`).default(LEDGER_PAGE),
});

export type TaskPageQuery = z.input<typeof taskPageSchema>;

/** Newest notice first, then by clause and task; `total` counts every task the filter keeps. */
export interface TaskPage {
  today: string;
  total: number;
  offset: number;
  tasks: TaskRow[];
}

export const supervisionContract = {
  'flow.get': method(z.object({ noticeId }))<NoticeFlow>(),
  'flow.record': method(
    z.object({
      noticeId,
      step: z.enum(FLOW_STEPS, { message: '步骤应为拟办、批办、承办、传阅或办结' }),
      actor,
      date: isoDate,
      text: longText.nullable(),
    }),
  )<NoticeFlow>(),
  'tasks.list': method(taskPageSchema)<TaskPage>(),
  'tasks.update': method(
    z.object({
      id: taskId,
      status: z.enum(TASK_STATUSES, { message: '状态应为未开始、办理中或已完成' }).optional(),
      /** Null: follow the clause's or the notice's deadline again. */
      due: isoDate.nullable().optional(),
      feedback: longText.min(1, '反馈内容不能为空').optional(),
    }),
  )<TaskRow>(),
  'tasks.setDue': method(z.object({ ids: z.array(taskId).min(1, '请先选择任务').max(10_000), due: isoDate.nullable() }))<{
    updated: number;
  }>(),
  'tasks.addFeedback': method(z.object({ id: taskId, date: isoDate, text: longText.min(1, '反馈内容不能为空') }))<TaskRow>(),
  'tasks.attachFeedbackFile': method(
    z.object({ feedbackId: taskId, fileName: z.string().trim().min(1).max(255), bytes: bytesSchema }),
  )<TaskRow>(),
  'tasks.feedbackFile': method(z.object({ feedbackId: taskId }))<FilePayload>(),
  'tasks.setContact': method(z.object({ unit: unitName, contact: z.string().trim().max(200, '最多200个字') }))<{ unit: string }>(),
  'tasks.exportXlsx': method(taskFilterSchema.extend({ exportId: exportId.optional() }))<FilePayload>(),
  'tasks.reminderDocx': method(z.object({ unit: unitName, exportId: exportId.optional() }))<FilePayload>(),
  'today.agenda': method(z.object({}))<Agenda>(),
};
