import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnitTasksDocument } from '../../../shared/drafting/unitTasks';
import type { ReminderDocument } from '../../../shared/supervision/reminder';
import { docxFile } from '../../../electron/core/export/docxFile';
import { ExportCancelled } from '../../../electron/core/export/exportJobs';
import { tempCore, value, type TempCore } from '../archive/archiveTestKit';

function reminderOf(count: number): ReminderDocument {
  return {
    title: '催办通知',
    salutation: '县应急局：',
    body: `截至2025年5月6日，你单位承担的以下${count}项任务已超过完成时限。`,
    columns: ['序号', '文件', '条款', '任务内容', '角色', '完成时限', '最近反馈'],
    rows: Array.from({ length: count }, (_, i) => [
      String(i + 1),
      `阳政办发〔2025〕${i + 1}号《关于做好第${i + 1}项工作的通知》`,
      '一',
      `落实第${i + 1}项工作`,
      '牵头',
      '2025年4月30日',
      '未反馈',
    ]),
    signature: '阳城县人民政府办公室',
    date: '2025年5月6日',
  };
}

function unitTasksOf(count: number): UnitTasksDocument {
  return {
    title: '县应急局任务清单',
    intro: `共${count}项任务。`,
    columns: { serial: '序号', notice: '文件', clause: '条款', task: '任务内容', role: '角色', deadline: '完成时限' },
    rows: Array.from({ length: count }, (_, i) => ({
      serial: i + 1,
      notice: `《关于做好第${i + 1}项工作的通知》`,
      clause: '一',
      task: `落实第${i + 1}项工作`,
      role: '牵头',
      deadline: '2025年4月30日',
    })),
  };
}

async function textOf(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

let t: TempCore | undefined;
afterEach(() => t?.dispose());

describe('.docx lists on the export’s worker thread', () => {
  it('answers other calls while a long 催办通知 is built, its own thread mostly idle meanwhile', async () => {
    t = tempCore();
    const core = t;
    const order: string[] = [];
    const before = performance.eventLoopUtilization();
    const built = docxFile({ reminder: reminderOf(1500) }).then((result) => {
      order.push('docx');
      return result;
    });
    // Calls made one after another once the list was sent, each waiting for the one before.
    for (let i = 0; i < 5; i++) expect(await core.api('archive.listNotices', { limit: 1 })).toMatchObject({ ok: true });
    order.push('reads');
    const bytes = value(await built);
    expect(order).toEqual(['reads', 'docx']);
    // A share of the thread's own time, not a duration: building the list here kept it busy nearly throughout.
    expect(performance.eventLoopUtilization(before).utilization).toBeLessThan(0.5);
    const text = await textOf(bytes);
    expect(text).toContain('县应急局：');
    expect(text).toContain('落实第1500项工作');
  });

  it('builds a unit’s task list there too, and the same file on the core’s thread when no worker can start', async () => {
    const threaded = await textOf(value(await docxFile({ unitTasks: unitTasksOf(3) })));
    const here = await textOf(value(await docxFile({ unitTasks: unitTasksOf(3) }, { workerUrl: null })));
    expect(threaded).toContain('落实第3项工作');
    expect(here).toBe(threaded);
  });

  it('refuses rows that are not the list’s plain data, with a sentence, from the worker', async () => {
    const broken = { ...reminderOf(1), rows: [[1, 2]] } as unknown as ReminderDocument;
    expect(await docxFile({ reminder: broken })).toMatchObject({ ok: false, error: expect.stringMatching(/^参数不正确：/) });
    const noTitle = { ...unitTasksOf(1), title: undefined } as unknown as UnitTasksDocument;
    expect(await docxFile({ unitTasks: noTitle })).toMatchObject({ ok: false, error: expect.stringMatching(/^参数不正确：/) });
  });

  it('stops building when the export is cancelled, with no file', async () => {
    const controller = new AbortController();
    const building = docxFile({ reminder: reminderOf(8000) }, { signal: controller.signal });
    controller.abort();
    await expect(building).rejects.toBeInstanceOf(ExportCancelled);
  });
});
