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
import { docxFile } from '../export/docxFile';
import type { CoreRepositories } from '../store/coreRepositories';
import { readWithTextDues } from './clauseDeadlines';
import { flowService } from './flowService';
import { taskService } from './taskService';
import { taskWorkbook } from './taskWorkbook';

/** How far ahead 今日待办 looks. */
const AGENDA_DAYS = 7;

export function createSupervision(ctx: ArchiveContext) {
  const tasks = taskService(ctx);

  async function rowsIn(tx: CoreRepositories, ids: number[], today: string): Promise<TaskRow[]> {
    const records = new Map((await tx.supervision.tasks(ids)).map((r) => [r.id, r]));
    return tasks.rowsOf(
      tx,
      ids.flatMap((id) => records.get(id) ?? []),
      today,
    );
  }

  async function agendaIn(tx: CoreRepositories, today: string): Promise<Agenda> {
    const due = await tx.supervision.dueTasks(today, addDays(today, AGENDA_DAYS), AGENDA_ITEMS);
    const awaiting = await tx.supervision.awaiting(['registered', 'proposed'], AGENDA_ITEMS);
    return {
      today,
      overdue: await rowsIn(tx, due.overdue, today),
      overdueCount: due.overdueCount,
      dueSoon: await rowsIn(tx, due.dueSoon, today),
      dueSoonCount: due.dueSoonCount,
      awaiting: awaiting.notices,
      awaitingCount: awaiting.count,
      drafts: (await tx.drafts.list())
        .filter((d) => d.issuedNoticeId === null)
        .map(({ id, title, updatedAt }) => ({ id, title, updatedAt })),
    };
  }

  return {
    flow: flowService(ctx),
    tasks: {
      ...tasks,
      /** `signal`: aborted when the clerk cancels the export. */
      async exportXlsx(filter: TaskFilter, signal?: AbortSignal): Promise<FilePayload> {
        const today = localDay(ctx.clock);
        const ids = await tasks.idsOf(filter, today);
        return taskWorkbook({ ids, rowsOf: (page) => tasks.rowsOfIds(page, today) }, today, { signal });
      },
      /** Written on the export's worker thread; `signal` as the ledger's. */
      async reminderDocx(unit: string, signal?: AbortSignal): Promise<ApiResult<FilePayload>> {
        const { today, tasks: rows } = await tasks.all({ unit });
        if (rows.length === 0) return fail(`没有找到“${unit}”承担的任务。`);
        const name = rows[0].unit;
        const organization = await ctx.store.read(async (tx) => (await tx.organization.getSettings())?.name ?? null);
        const own = rows.filter((r) => r.unit === name);
        const file = await docxFile({ reminder: reminderDocument(name, own, organization, today) }, { signal });
        if (!file.ok) return file;
        return ok({ fileName: `催办通知-${name}-${today.replaceAll('-', '')}.docx`, mime: MIME.docx, bytes: file.value });
      },
    },
    /**
     * Counts open tasks by deadline in the store and builds rows only for the few shown: the first screen never
     * carries (nor draws) the whole archive's tasks. Deadlines come stored with the clauses.
     */
    async agenda(): Promise<Agenda> {
      const today = localDay(ctx.clock);
      return readWithTextDues(ctx.store, (tx) => agendaIn(tx, today));
    },
  };
}

export type Supervision = ReturnType<typeof createSupervision>;
