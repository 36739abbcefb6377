/**
 * 收文办理 and 督办 over the core's store: the flow of each notice, the tasks, their exports (.xlsx台账,
 * .docx 催办通知) and the first screen's 今日待办.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import type { Agenda, TaskFilter } from '../../../shared/api/supervisionContract';
import { reminderDocument } from '../../../shared/supervision/reminder';
import { addDays } from '../../../shared/supervision/taskFilter';
import type { ArchiveContext } from '../archive/archiveContext';
import { localDay } from '../archive/clock';
import { reminderDocx } from '../docx/reminderDocx';
import { flowService } from './flowService';
import { taskService } from './taskService';
import { taskWorkbook } from './taskWorkbook';

/** How far ahead 今日待办 looks. */
const AGENDA_DAYS = 7;

export function createSupervision(ctx: ArchiveContext) {
  const tasks = taskService(ctx);
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
    async agenda(): Promise<Agenda> {
      const today = localDay(ctx.clock);
      const { tasks: open } = await tasks.list({});
      const until = addDays(today, AGENDA_DAYS);
      return ctx.store.read(async (tx) => ({
        today,
        overdue: open.filter((t) => t.overdue),
        dueSoon: open.filter((t) => t.status !== 'done' && t.due !== null && t.due >= today && t.due <= until),
        awaiting: await tx.supervision.awaiting(['registered', 'proposed']),
        drafts: (await tx.drafts.list())
          .filter((d) => d.issuedNoticeId === null)
          .map(({ id, title, updatedAt }) => ({ id, title, updatedAt })),
      }));
    },
  };
}

export type Supervision = ReturnType<typeof createSupervision>;
