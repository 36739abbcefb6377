import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './inProcessCli';
import { noticeText } from '../archive/archiveTestKit';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-tasks-cli-'));
const db = join(dir, 'archive.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const file = join(dir, 'notice.txt');
  // Deadlines of 2025: past whenever the test runs, so the first clause is always overdue.
  writeFileSync(
    file,
    noticeText({
      issuer: '阳城县人民政府办公室',
      docNumber: '阳政办发〔2025〕8号',
      title: '阳城县人民政府办公室关于做好汛期安全工作的通知',
      clauses: [
        '一、加强巡查。6月底前完成重点部位排查。（县应急局牵头，县水务局配合）',
        '二、强化宣传。广泛宣传防汛知识。（县应急局负责）',
      ],
      date: '2025年4月20日',
    }),
  );
  expect((await cli('import', file, '--db', db)).code).toBe(0);
});

/** The tasks of `tasks --json`'s page. */
async function tasksJson(...filter: string[]) {
  return JSON.parse((await cli('tasks', '--db', db, ...filter, '--json')).out).tasks;
}

describe('tasks and task update', () => {
  it('tasks --json prints { today, total, offset, tasks }, each task exactly { id, noticeDocNumber, clause, unit, role, due, status, feedback }', async () => {
    const { code, out } = await cli('tasks', '--db', db, '--json');
    expect(code).toBe(0);
    const page = JSON.parse(out);
    expect(Object.keys(page)).toEqual(['today', 'total', 'offset', 'tasks']);
    expect(page).toMatchObject({ today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), total: 3, offset: 0 });
    const rows = page.tasks;
    expect(rows).toHaveLength(3);
    for (const row of rows)
      expect(Object.keys(row)).toEqual(['id', 'noticeDocNumber', 'clause', 'unit', 'role', 'due', 'status', 'feedback']);
    expect(rows[0]).toMatchObject({
      noticeDocNumber: '阳政办发〔2025〕8号',
      clause: '一 加强巡查',
      unit: '县应急局',
      role: 'lead',
      due: '2025-06-30',
      status: 'overdue',
      feedback: [],
    });
  });

  it('filters by unit, 文号 and overdue, and prints a readable list without --json', async () => {
    const water = await tasksJson('--unit', '水务');
    expect(water.map((r: { unit: string }) => r.unit)).toEqual(['县水务局']);
    expect(await tasksJson('--notice', '阳政办发(2025)8号', '--overdue')).toHaveLength(2);
    expect(await tasksJson('--notice', '阳政办发〔2025〕9号')).toHaveLength(0);
    const { out } = await cli('tasks', '--db', db, '--unit', '县水务局');
    expect(out).toMatch(/^共 1 项任务。\n#\d+ \[逾期\] 2025-06-30 县水务局（配合） 阳政办发〔2025〕8号 一 加强巡查$/);
  });

  it('prints one page with --offset and --limit, saying how many tasks match in all, and refuses a page too large', async () => {
    const all = await tasksJson();
    const second = JSON.parse((await cli('tasks', '--db', db, '--offset', '1', '--limit', '1', '--json')).out);
    expect(second).toMatchObject({ total: 3, offset: 1, tasks: [all[1]] });
    const { out } = await cli('tasks', '--db', db, '--offset', '1', '--limit', '1');
    expect(out).toMatch(/^共 3 项任务，以下为第 2–2 项（用 --offset 和 --limit 翻页）。\n#\d+ \[逾期\] 2025-06-30 县水务局（配合）/);
    const tooLarge = await cli('tasks', '--db', db, '--limit', '5001');
    expect([tooLarge.code, tooLarge.log]).toEqual([2, expect.stringContaining('--limit 应为 1 到 5000 之间的整数，收到“5001”。')]);
  });

  it('task update sets status, feedback and deadline; the task leaves the overdue list', async () => {
    const [first] = await tasksJson('--unit', '县水务局');
    const updated = await cli(
      'task',
      'update',
      String(first.id),
      '--status',
      'done',
      '--feedback',
      '已排查完毕',
      '--due',
      '2025-07-15',
      '--db',
      db,
      '--json',
    );
    expect(updated.code, updated.log).toBe(0);
    expect(JSON.parse(updated.out)).toMatchObject({ id: first.id, due: '2025-07-15', status: 'done', feedback: [{ text: '已排查完毕' }] });
    expect((await tasksJson('--overdue')).map((r: { unit: string }) => r.unit)).toEqual(['县应急局']);
  });

  it('says in the help what tasks --json prints', async () => {
    const { out } = await cli('help');
    expect(out).toContain('--json 输出 {today, total, offset, tasks}');
  });

  it('refuses a bad status, id or day count with a sentence and exit code 2', async () => {
    expect(await cli('task', 'update', '1', '--status', 'finished', '--db', db)).toMatchObject({ code: 2 });
    expect(await cli('task', 'update', 'x', '--status', 'done', '--db', db)).toMatchObject({ code: 2 });
    expect(await cli('tasks', '--due-within', 'soon', '--db', db)).toMatchObject({ code: 2 });
    const missing = await cli('task', 'update', '999', '--status', 'done', '--db', db);
    expect(missing.code).toBe(1);
  });
});
