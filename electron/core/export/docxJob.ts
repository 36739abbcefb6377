/**
 * The .docx lists written on the export's worker thread (workbookJob.ts): 催办通知 and one unit's tasks, laid
 * out on the core's thread as plain data (shared/supervision/reminder.ts, shared/drafting/unitTasks.ts) and
 * checked here as they arrive, as the register's rows are. Building a list of thousands of tasks takes the
 * docx library seconds; the core answers other calls meanwhile.
 */
import { z } from 'zod';
import type { UnitTasksDocument } from '../../../shared/drafting/unitTasks';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { validate } from '../../../shared/api/validation';
import type { ReminderDocument } from '../../../shared/supervision/reminder';

/** Past this many rows a list is refused (the ledger's units hold a few thousand tasks at most). */
export const DOCX_MAX_ROWS = 200_000;

const line = z.string().max(2000);
const cellText = z.string().max(20_000);

const reminderSchema: z.ZodType<ReminderDocument> = z.object({
  title: line,
  salutation: line,
  body: cellText,
  columns: z.array(line).max(20),
  rows: z.array(z.array(cellText).max(20)).max(DOCX_MAX_ROWS),
  signature: line,
  date: line,
});

const unitTasksSchema: z.ZodType<UnitTasksDocument> = z.object({
  title: line,
  intro: cellText,
  columns: z.object({ serial: line, notice: line, clause: line, task: line, role: line, deadline: line }),
  rows: z
    .array(z.object({ serial: z.number().int(), notice: cellText, clause: cellText, task: cellText, role: line, deadline: line }))
    .max(DOCX_MAX_ROWS),
});

export type DocxRequest = { reminder: ReminderDocument } | { unitTasks: UnitTasksDocument };

/** The .docx's bytes, or the sentence saying why the list was refused. */
export async function buildDocx(request: DocxRequest): Promise<ApiResult<Uint8Array>> {
  if ('reminder' in request) {
    const checked = validate(reminderSchema, request.reminder);
    if (!checked.ok) return fail(checked.error);
    // Loaded on the first list: the docx library is not needed by the workbooks.
    const { reminderDocx } = await import('../docx/reminderDocx');
    return ok(ownBytes(await reminderDocx(checked.value)));
  }
  const checked = validate(unitTasksSchema, request.unitTasks);
  if (!checked.ok) return fail(checked.error);
  const { unitTasksDocx } = await import('../docx/unitTasksDocx');
  return ok(ownBytes(await unitTasksDocx(checked.value)));
}

/** A buffer of its own (not a view into Node's shared pool), so the worker can hand it over without a copy. */
function ownBytes(buffer: Buffer): Uint8Array {
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
}
