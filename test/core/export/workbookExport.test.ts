import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { RegisterExport, RegisterRow } from '../../../shared/api/exportContract';
import type { TaskRow } from '../../../shared/api/supervisionContract';
import { registerWorkbook } from '../../../electron/core/api/registerWorkbook';
import { openSheetStream } from '../../../electron/core/export/sheetStream';
import { ExportCancelled } from '../../../electron/core/export/exportJobs';
import { openWorkbookThread } from '../../../electron/core/export/workbookThread';
import { taskWorkbook } from '../../../electron/core/supervision/taskWorkbook';
import { tempCore, value, type TempCore } from '../archive/archiveTestKit';

/** The rows as the register screen sends them (renderer/register/encodeRegisterRows.ts). */
const rowsJson = (rows: RegisterRow[]) => new TextEncoder().encode(JSON.stringify(rows));

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

function registerOf(count: number): RegisterExport {
  return {
    title: '收文登记簿',
    columns: [
      { id: 'registrationNumber', header: '收文号', width: 10 },
      { id: 'title', header: '标题', width: 40 },
      { id: 'status', header: '状态', width: 8 },
      { id: 'dueDate', header: '办理期限', width: 12 },
    ],
    bytes: rowsJson(
      Array.from({ length: count }, (_, i) => ({
        cells: [`2025-${i + 1}`, `关于做好第${i + 1}项工作的通知`, i % 2 ? '办结' : '待办', '2025-05-01'],
        status: i % 2 ? ('done' as const) : ('pending' as const),
        overdue: i % 2 === 0,
      })),
    ),
  };
}

function task(id: number): TaskRow {
  return {
    id,
    noticeId: 1,
    noticeDocNumber: '阳政办发〔2025〕8号',
    noticeTitle: '关于做好汛期安全工作的通知',
    clause: { number: '一', path: '一', heading: '加强巡查', text: '加强巡查。' },
    unit: '县应急局',
    role: 'lead',
    due: '2025-04-30',
    dueSource: 'text',
    status: id % 3 === 0 ? 'done' : 'pending',
    overdue: id % 3 === 1,
    contact: null,
    feedback: [],
  };
}

let t: TempCore | undefined;
afterEach(() => t?.dispose());

describe('register export', () => {
  it('writes every row on a worker thread, statuses shaded and overdue deadlines in red, header printed on each page', async () => {
    const file = value(await registerWorkbook(registerOf(5000), new Date(2025, 4, 6)));
    expect(file.fileName).toBe('收文登记簿-20250506.xlsx');
    const sheet = (await readWorkbook(file.bytes)).worksheets[0];
    expect(sheet.name).toBe('收文登记簿');
    expect(sheet.getCell(1, 1).value).toBe('收文登记簿（共 5000 件）');
    expect(sheet.getRow(2).values).toEqual([undefined, '收文号', '标题', '状态', '办理期限']);
    expect(sheet.rowCount).toBe(5002);
    expect(sheet.getCell(5002, 2).value).toBe('关于做好第5000项工作的通知');
    expect(sheet.getCell(3, 4).font?.color?.argb).toBe('FFC62828');
    expect(sheet.getCell(4, 4).font?.color).toBeUndefined();
    expect((sheet.getCell(4, 3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE3F4E8');
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2');
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('writes the same workbook on the core’s thread when no worker can start', async () => {
    const file = value(await registerWorkbook(registerOf(3), new Date(2025, 4, 6), new URL('file:///nonexistent/workbookWorker.boot.mjs')));
    const sheet = (await readWorkbook(file.bytes)).worksheets[0];
    expect(sheet.getCell(5, 1).value).toBe('2025-3');
  });

  it('answers other calls while a large register is written, its own thread mostly idle meanwhile', async () => {
    t = tempCore();
    const core = t;
    const order: string[] = [];
    const before = performance.eventLoopUtilization();
    const exported = core.api('export.registerXlsx', registerOf(30_000)).then((result) => {
      order.push('export');
      return result;
    });
    // Calls made one after another while the workbook is written, each waiting for the one before.
    for (let i = 0; i < 5; i++) expect(await core.api('archive.listNotices', { limit: 1 })).toMatchObject({ ok: true });
    order.push('reads');
    expect((await exported).ok).toBe(true);
    expect(order).toEqual(['reads', 'export']);
    // A share of the thread's own time, not a duration: writing the workbook here kept it busy nearly throughout.
    expect(performance.eventLoopUtilization(before).utilization).toBeLessThan(0.5);
  });

  it('refuses rows the contract does not allow, with a sentence, from the worker', async () => {
    const tooMany = {
      ...registerOf(0),
      bytes: new TextEncoder().encode(JSON.stringify([{ cells: ['一'], status: 'lost', overdue: false }])),
    };
    const refused = await registerWorkbook(tooMany);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^参数不正确：/) });
    const garbled = await registerWorkbook({ ...registerOf(0), bytes: new Uint8Array([0x7b, 0xff]) });
    expect(garbled).toEqual({ ok: false, error: '参数不正确：登记簿的行无法读取，请重新导出。' });
  });

  it('ends a worker that has ended: a request after it is refused, not left waiting', async () => {
    const workbook = await openWorkbookThread();
    expect(workbook.threaded).toBe(true);
    await workbook.ask({ open: { sheetName: '表', title: '表', columns: [{ header: '列', width: 8 }] } });
    await workbook.end();
    await expect(workbook.ask({ rows: [{ cells: ['二'] }] })).rejects.toThrow();
  });
});

describe('ledger export', () => {
  it('goes on in a next sheet, with the same title and header, past a sheet’s row limit', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => i + 1);
    const pages: number[][] = [];
    const file = await taskWorkbook({ ids, rowsOf: async (page) => (pages.push(page), page.map(task)) }, '2025-05-06', { sheetRows: 5 });
    const workbook = await readWorkbook(file.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['督办台账', '督办台账（二）', '督办台账（三）']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell(1, 1).value).toBe('督办台账（截至 2025-05-06，共 7 项）');
      expect(sheet.getCell(2, 1).value).toBe('序号');
    }
    expect(workbook.worksheets.map((sheet) => sheet.rowCount)).toEqual([5, 5, 3]);
    expect(workbook.worksheets[2].getCell(3, 1).value).toBe('7');
    expect(workbook.worksheets[0].getCell(3, 8).font?.color?.argb).toBe('FFC62828');
    expect(pages.flat()).toEqual(ids);
  });

  it('fails without a file when reading the tasks fails part way', async () => {
    const ids = Array.from({ length: 4500 }, (_, i) => i + 1);
    let pages = 0;
    const failing = taskWorkbook(
      {
        ids,
        rowsOf: async (page) => {
          if (++pages === 2) throw new Error('存档读取失败');
          return page.map(task);
        },
      },
      '2025-05-06',
    );
    await expect(failing).rejects.toThrow('存档读取失败');
  });
});

describe('sheet stream', () => {
  it('writes a sheet with only its head when there are no rows', async () => {
    const stream = await openSheetStream({ sheetName: '督办台账', title: '督办台账（共 0 项）', columns: [{ header: '序号', width: 6 }] });
    const sheet = (await readWorkbook(await stream.finish())).worksheets[0];
    expect(sheet.rowCount).toBe(2);
  });
});

describe('cancelling an export', () => {
  it('stops a register being written when the clerk cancels it, answering in Chinese, and frees its id', async () => {
    t = tempCore();
    const exported = t.api('export.registerXlsx', { ...registerOf(30_000), exportId: 'register-1' });
    expect(await t.api('export.cancel', { exportId: 'register-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await exported).toEqual({ ok: false, error: '已取消导出。' });
    expect(await t.api('export.registerXlsx', { ...registerOf(2), exportId: 'register-1' })).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/\.xlsx$/) },
    });
    // Nothing runs under the id any more.
    expect(await t.api('export.cancel', { exportId: 'register-1' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('cancels an export whose cancel crossed it (the cancel came first)', async () => {
    t = tempCore();
    expect(await t.api('export.cancel', { exportId: 'ledger-1' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await t.api('tasks.exportXlsx', { exportId: 'ledger-1' })).toEqual({ ok: false, error: '已取消导出。' });
    expect(await t.api('tasks.exportXlsx', { exportId: 'ledger-2' })).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/^督办台账-/) },
    });
  });

  it('ends the ledger’s worker between chunks: the next chunk is refused, no file comes back', async () => {
    const controller = new AbortController();
    const ids = Array.from({ length: 4500 }, (_, i) => i + 1);
    let pages = 0;
    const exported = taskWorkbook(
      {
        ids,
        rowsOf: async (page) => {
          if (++pages === 2) controller.abort();
          return page.map(task);
        },
      },
      '2025-05-06',
      { signal: controller.signal },
    );
    await expect(exported).rejects.toBeInstanceOf(ExportCancelled);
  });

  it('stops the workbook written on the core’s thread (no worker) between requests', async () => {
    const controller = new AbortController();
    const workbook = await openWorkbookThread(null, controller.signal);
    await workbook.ask({ open: { sheetName: '表', title: '表', columns: [{ header: '列', width: 8 }] } });
    controller.abort();
    await expect(workbook.ask({ finish: true })).rejects.toBeInstanceOf(ExportCancelled);
  });
});
