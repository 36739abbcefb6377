/**
 * 收文办理 and 督办 over the core's store: the flow of each notice, the tasks, their exports (.xlsx台账,
 * .docx 催办通知) and the first screen's 今日待办.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { AGENDA_ITEMS, type Agenda, type TaskFilter, type TaskRow } from '../../../shared/api/supervisionContract';
import { reminderDocument } from '../../../shared/supervision/reminder';
import { addDays } from '../../../shared/supervision/taskFilter';
import type { ArchiveContext } from '../archive/archiveContext';
import { localDay } from '../archive/clock';
import { reminderDocx } from '../docx/reminderDocx';
import type { CoreRepositories } from '../store/coreRepositories';
import type { OpenTask } from '../store/supervisionRepositories';
import { readUnreadTextDues } from './clauseDeadlines';
import { flowService } from './flowService';
import { taskService } from './taskService';
import { taskWorkbook } from './taskWorkbook';

/** How far ahead 今日待办 looks. */
const AGENDA_DAYS = 7;

type Dated = { record: OpenTask; due: string };

/** The first AGENDA_ITEMS by deadline, then as the ledger lists them (newest notice, clause order). */
function mostUrgent(tasks: Dated[]): number[] {
  return tasks
    .sort(
      (a, b) =>
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        b.record.noticeId - a.record.noticeId ||
        a.record.position - b.record.position ||
        a.record.id - b.record.id,
    )
    .slice(0, AGENDA_ITEMS)
    .map((t) => t.record.id);
}

export function createSupervision(ctx: ArchiveContext) {
  const tasks = taskService(ctx);

  async function urgentRows(tx: CoreRepositories, dated: Dated[], today: string): Promise<TaskRow[]> {
    const ids = mostUrgent(dated);
    const records = new Map((await tx.supervision.tasks(ids)).map((r) => [r.id, r]));
    return tasks.rowsOf(
      tx,
      ids.flatMap((id) => records.get(id) ?? []),
      today,
    );
  }

  /** The agenda; undefined, unless `anyway`, when an open task's deadline waits for its clause's text to be read. */
  async function agendaIn(tx: CoreRepositories, today: string, anyway: boolean): Promise<Agenda | undefined> {
    const until = addDays(today, AGENDA_DAYS);
    const open = await tx.supervision.openTasks();
    if (!anyway && open.some((t) => t.due === null && !t.textDueRead)) return undefined;
    const deadlines = await tasks.dueDates(tx, open);
    const overdue: Dated[] = [];
    const dueSoon: Dated[] = [];
    open.forEach((record, i) => {
      const due = deadlines[i];
      if (due === null || due > until) return;
      (due < today ? overdue : dueSoon).push({ record, due });
    });
    const awaiting = await tx.supervision.awaiting(['registered', 'proposed']);
    return {
      today,
      overdue: await urgentRows(tx, overdue, today),
      overdueCount: overdue.length,
      dueSoon: await urgentRows(tx, dueSoon, today),
      dueSoonCount: dueSoon.length,
      awaiting: awaiting.slice(0, AGENDA_ITEMS),
      awaitingCount: awaiting.length,
      drafts: (await tx.drafts.list())
        .filter((d) => d.issuedNoticeId === null)
        .map(({ id, title, updatedAt }) => ({ id, title, updatedAt })),
    };
  }

  return {
    flow: flowService(ctx),
    tasks: {
      ...tasks,
      async exportXlsx(filter: TaskFilter): Promise<FilePayload> {
        const { today, tasks: rows } = await tasks.list(filter);
        return taskWorkbook(rows, today);
      },
      async reminderDocx(unit: string): Promise<ApiResult<FilePayload>> {
        const { today, tasks: rows } = await tasks.list({ unit });
        if (rows.length === 0) return fail(`没有找到“${unit}”承担的任务。`);
        const name = rows[0].unit;
        const organization = await ctx.store.read(async (tx) => (await tx.organization.getSettings())?.name ?? null);
        const own = rows.filter((r) => r.unit === name);
        const bytes = await reminderDocx(reminderDocument(name, own, organization, today));
        return ok({ fileName: `催办通知-${name}-${today.replaceAll('-', '')}.docx`, mime: MIME.docx, bytes: new Uint8Array(bytes) });
      },
    },
    /**
     * Counts every open task's deadline but builds rows only for the few shown: the first screen never carries
     * (nor draws) the whole archive's tasks. Deadlines come stored with the clauses; those of an archive from
     * before they were stored are read and stored once, the first time they are needed.
     */
    async agenda(): Promise<Agenda> {
      const today = localDay(ctx.clock);
      const stored = await ctx.store.read((tx) => agendaIn(tx, today, false));
      if (stored) return stored;
      await readUnreadTextDues(ctx.store);
      return (await ctx.store.read((tx) => agendaIn(tx, today, true))) as Agenda;
    },
  };
}

export type Supervision = ReturnType<typeof createSupervision>;
