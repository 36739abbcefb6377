/**
 * Storage of 收文办理 and 督办, declared apart from any database: a notice's stage and flow steps, tasks
 * (clause × responsible unit) with their feedback, and units' contacts. Called inside a unit of work.
 */
import type { AwaitingNotice, FlowStep } from '../../../shared/api/supervisionContract';
import type { FlowStepKind, Stage, TaskStatus } from '../../../shared/api/supervisionVocabulary';

/** A task as stored, with what its deadline and the list need from its notice and clause. */
export interface TaskRecord {
  id: number;
  noticeId: number;
  docNumber: string | null;
  title: string | null;
  /** 成文日期, else the day it was imported: the year of deadlines written without one. */
  noticeDate: string;
  noticeDue: string | null;
  position: number;
  number: string;
  path: string;
  heading: string;
  unit: string;
  role: 'lead' | 'co';
  /** Set by hand; null follows the clause's text or the notice. */
  due: string | null;
  /** The deadline the clause's text names (null: none), once read: clauses archived before it was stored wait. */
  textDue: string | null;
  textDueRead: boolean;
  status: TaskStatus;
  contact: string | null;
}

/** Open tasks due by a day: the first few ids of each list (by deadline, then as the ledger lists them) and how many. */
export interface DueTasks {
  overdue: number[];
  overdueCount: number;
  dueSoon: number[];
  dueSoonCount: number;
}

export interface FeedbackRecord {
  id: number;
  taskId: number;
  date: string;
  text: string;
  fileName: string | null;
}

export interface SupervisionRepository {
  stage(noticeId: number): Promise<Stage | undefined>;
  setStage(noticeId: number, stage: Stage): Promise<void>;
  steps(noticeId: number): Promise<FlowStep[]>;
  addStep(
    noticeId: number,
    step: { step: FlowStepKind; actor: string | null; date: string; text: string | null },
    at: string,
  ): Promise<void>;
  /** Live registered notices at the given stages, oldest received first. */
  awaiting(stages: Stage[]): Promise<AwaitingNotice[]>;
  /** One task for each (clause × unit) of the notice that has none yet. */
  createTasks(noticeId: number, at: string): Promise<void>;
  /** Tasks of live notices, optionally only these. */
  tasks(ids?: number[]): Promise<TaskRecord[]>;
  /**
   * Tasks not done (of live notices) due before `today` (overdue) or from it until `until`, at most `limit` of
   * each: what 今日待办 counts. Reads the deadlines stored with the clauses, so only once none is unread.
   */
  dueTasks(today: string, until: string, limit: number): Promise<DueTasks>;
  setStatus(id: number, status: TaskStatus, at: string): Promise<void>;
  setDue(ids: number[], due: string | null, at: string): Promise<number>;
  feedback(taskIds: number[]): Promise<FeedbackRecord[]>;
  addFeedback(taskId: number, date: string, text: string, at: string): Promise<number>;
  feedbackTask(feedbackId: number): Promise<number | undefined>;
  attachFile(feedbackId: number, fileName: string, bytes: Buffer): Promise<void>;
  file(feedbackId: number): Promise<{ fileName: string; bytes: Buffer } | undefined>;
  /** The unit's id by exact name (after folding); undefined when no task names it. */
  unitId(name: string): Promise<number | undefined>;
  setContact(unitId: number, contact: string | null, at: string): Promise<void>;
}

export interface SupervisionRepositories {
  supervision: SupervisionRepository;
}
