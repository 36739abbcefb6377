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

/** Which tasks a ledger page keeps, in stored terms: names folded by the caller (matchKey), days worked out. */
export interface TaskQuery {
  /** Part of the unit's folded name. */
  unitKey?: string;
  noticeId?: number;
  /** Part of the notice's folded 文号. */
  docNumberKey?: string;
  status?: TaskStatus;
  /** Only tasks not done. */
  open?: boolean;
  /** The deadline the ledger shows (set by hand, else the clause's, else the notice's) is before this day. */
  dueBefore?: string;
  /** … is on or after this day. */
  dueFrom?: string;
  /** … is on or before this day. */
  dueTo?: string;
}

/** The ids of one page of tasks in the ledger's order, and how many tasks the query keeps in all. */
export interface TaskIdPage {
  ids: number[];
  total: number;
}

export interface FeedbackRecord {
  id: number;
  taskId: number;
  date: string;
  text: string;
  fileName: string | null;
}

/** A task to create for one clause of a notice and one unit it names. */
export interface NewTask {
  position: number;
  unitId: number;
  role: 'lead' | 'co';
  due: string | null;
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
  /** The first `limit` live registered notices at the given stages, oldest received first, and how many there are. */
  awaiting(stages: Stage[], limit: number): Promise<{ notices: AwaitingNotice[]; count: number }>;
  /** Adds the tasks of a notice being archived (supervision/noticeTasks.ts), numbered in the order given. */
  insertTasks(noticeId: number, tasks: NewTask[], at: string): Promise<void>;
  /** Tasks of live notices, optionally only these; newest notice first, then by clause and task (the ledger's order). */
  tasks(ids?: number[]): Promise<TaskRecord[]>;
  /**
   * The tasks of live notices the query keeps, in the ledger's order: `limit` of them from `offset` (every one
   * when limit is null), and their count. Deadlines are those stored with the tasks, which take their clauses' only
   * once these are read: so only once none is unread.
   */
  taskPage(query: TaskQuery, offset: number, limit: number | null): Promise<TaskIdPage>;
  /**
   * Tasks not done (of live notices) due before `today` (overdue) or from it until `until`, at most `limit` of
   * each: what 今日待办 counts. Reads the deadlines stored with the tasks, so only once no clause is unread.
   */
  dueTasks(today: string, until: string, limit: number): Promise<DueTasks>;
  setStatus(id: number, status: TaskStatus, at: string): Promise<void>;
  /** Sets the deadline by hand (null: follow the clause's or the notice's again); the stored deadline follows. */
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
