/**
 * 督办台账 as an .xlsx workbook: a title row, frozen bold headers with filters, one row per task, 逾期
 * deadlines in red and done tasks shaded, set up to print on A4 landscape with the header repeated. The
 * tasks are built a page at a time and written on a worker thread (export/workbookThread.ts), so a ledger
 * of millions of tasks neither holds the core nor sits in memory whole; past Excel's 1,048,576 rows a
 * sheet, the ledger goes on in 督办台账（二）and so on.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import type { TaskRow } from '../../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES } from '../../../shared/api/supervisionVocabulary';
import type { SheetRow } from '../export/sheetStream';
import { CHUNK_ROWS, openWorkbookThread, WORKBOOK_WORKER_URL } from '../export/workbookThread';

const COLUMNS: { header: string; width: number; wrap?: boolean; value: (t: TaskRow, i: number) => string }[] = [
  { header: '序号', width: 6, value: (_t, i) => String(i + 1) },
  { header: '文号', width: 20, value: (t) => t.noticeDocNumber ?? '' },
  { header: '文件标题', width: 30, value: (t) => t.noticeTitle ?? '' },
  { header: '条款', width: 8, value: (t) => t.clause.path },
  { header: '任务内容', width: 40, wrap: true, value: (t) => t.clause.heading || t.clause.text },
  { header: '责任单位', width: 16, value: (t) => t.unit },
  { header: '角色', width: 6, value: (t) => (t.role === 'lead' ? '牵头' : '配合') },
  { header: '完成时限', width: 12, value: (t) => t.due ?? '' },
  { header: '状态', width: 8, value: (t) => TASK_STATUS_NAMES[t.overdue ? 'overdue' : t.status] },
  { header: '联系人', width: 16, value: (t) => t.contact ?? '' },
  { header: '反馈', width: 40, wrap: true, value: (t) => t.feedback.map((f) => `${f.date} ${f.text}`).join('\n') },
];
const DUE = 7;
const STATUS = 8;
const DONE_FILL = 'FFE3F4E8';

function sheetRow(task: TaskRow, index: number): SheetRow {
  return {
    cells: COLUMNS.map((c) => c.value(task, index)),
    fill: task.status === 'done' ? { column: STATUS, argb: DONE_FILL } : undefined,
    alert: task.overdue ? DUE : undefined,
  };
}

export interface LedgerSource {
  /** Every task's id, in the ledger's order. */
  ids: number[];
  /** The tasks of a page of ids, built, in order. */
  rowsOf(ids: number[]): Promise<TaskRow[]>;
}

export interface TaskWorkbookOptions {
  workerUrl?: URL | null;
  /** Rows a sheet holds, title and header included (Excel's limit unless a test asks for fewer). */
  sheetRows?: number;
  /** Aborted when the clerk cancels the export: the worker ends and no file comes back. */
  signal?: AbortSignal;
}

export async function taskWorkbook(source: LedgerSource, today: string, options: TaskWorkbookOptions = {}): Promise<FilePayload> {
  const { ids } = source;
  const workbook = await openWorkbookThread(options.workerUrl === undefined ? WORKBOOK_WORKER_URL : options.workerUrl, options.signal);
  // The next page is read from the store while the worker writes this one; a read that fails is reported
  // where it is awaited (marked as handled until then, or it would end the process as unhandled).
  const read = (page: number[]) => {
    const rows = source.rowsOf(page);
    rows.catch(() => undefined);
    return rows;
  };
  try {
    await workbook.ask({
      open: {
        sheetName: '督办台账',
        title: `督办台账（截至 ${today}，共 ${ids.length} 项）`,
        columns: COLUMNS.map(({ header, width, wrap }) => ({ header, width, wrap })),
        frozenColumns: 2,
        sheetRows: options.sheetRows,
      },
    });
    let written = 0;
    let next = read(ids.slice(0, CHUNK_ROWS));
    for (let start = 0; start < ids.length; start += CHUNK_ROWS) {
      const tasks = await next;
      if (start + CHUNK_ROWS < ids.length) next = read(ids.slice(start + CHUNK_ROWS, start + 2 * CHUNK_ROWS));
      await workbook.ask({ rows: tasks.map((task) => sheetRow(task, written++)) });
    }
    const file = await workbook.ask({ finish: true });
    if (!('bytes' in file)) throw new Error('the workbook came back without its file');
    return { fileName: `督办台账-${today.replaceAll('-', '')}.xlsx`, mime: MIME.xlsx, bytes: file.bytes };
  } finally {
    await workbook.end();
  }
}
