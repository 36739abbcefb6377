import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Args, MethodName, Result } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/method';
import { AGENDA_ITEMS, LEDGER_PAGE, TASK_PAGE_MAX, type TaskRow } from '../../../shared/api/supervisionContract';
import { noticeText, tempCore, value, type TempCore } from '../archive/archiveTestKit';
import { attr, readDocx } from '../docx/docxInspect';

let t: TempCore;
afterEach(() => t?.dispose());

/** The contract as every host calls it, typed. */
const call = <M extends MethodName>(method: M, args: Args<M>) => t.api(method, args) as Promise<ApiResult<Result<M>>>;

/** A notice of 2025-04-20 with one clause due 6月底前, one 年底前, one without a deadline; received 2025-05-06. */
async function importNotice() {
  const outcome = value(
    await call('archive.importText', {
      text: noticeText({
        issuer: '阳城县人民政府办公室',
        docNumber: '阳政办发〔2025〕8号',
        title: '阳城县人民政府办公室关于做好汛期安全工作的通知',
        clauses: [
          '一、加强巡查。4月30日前完成重点部位排查。（县应急局牵头，县水务局配合）',
          '二、完善预案。年底前修订应急预案。（县水务局负责）',
          '三、强化宣传。广泛宣传防汛知识。（县应急局负责）',
        ],
        date: '2025年4月20日',
      }),
    }),
  );
  return outcome.noticeId as number;
}

describe('督办 tasks', () => {
  it('makes one task per clause × unit with the deadline its text names, else the notice’s 办理期限', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    const { today, tasks } = value(await call('tasks.list', {}));
    expect(today).toBe('2025-05-06');
    expect(tasks.map((task) => [task.clause.number, task.unit, task.role, task.due, task.dueSource, task.overdue])).toEqual([
      ['一', '县应急局', 'lead', '2025-04-30', 'text', true],
      ['一', '县水务局', 'co', '2025-04-30', 'text', true],
      ['二', '县水务局', 'lead', '2025-12-31', 'text', false],
      ['三', '县应急局', 'lead', null, null, false],
    ]);

    const registration = value(await call('archive.getNotice', { id: noticeId })).registration;
    value(await t.api('registration.update', { id: noticeId, fields: { ...registration, dueDate: '2025-05-10' } }));
    const third = value(await call('tasks.list', { unit: '应急', dueWithin: 7 })).tasks;
    expect(third.map((task) => [task.clause.number, task.due, task.dueSource])).toEqual([['三', '2025-05-10', 'notice']]);
  });

  it('filters by unit, 文号 typed with other brackets, status and overdue; records status, deadlines and feedback', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    expect(value(await call('tasks.list', { notice: '阳政办发[2025]8号' })).tasks).toHaveLength(4);
    expect(value(await call('tasks.list', { notice: '阳政办发【2025】9号' })).tasks).toHaveLength(0);
    const overdue = value(await call('tasks.list', { status: 'overdue' })).tasks;
    expect(overdue.map((task) => task.unit)).toEqual(['县应急局', '县水务局']);

    const done = value(await call('tasks.update', { id: overdue[0].id, status: 'done', feedback: '已完成排查，发现隐患3处' }));
    expect(done).toMatchObject({ status: 'done', overdue: false, feedback: [{ date: '2025-05-06', text: '已完成排查，发现隐患3处' }] });

    const { updated } = value(await call('tasks.setDue', { ids: [overdue[1].id], due: '2025-06-15' }));
    expect(updated).toBe(1);
    expect(value(await call('tasks.list', { overdue: true })).tasks).toHaveLength(0);
    expect(value(await call('tasks.list', { status: 'done' })).tasks.map((task) => task.id)).toEqual([overdue[0].id]);

    const feedbackId = done.feedback[0].id;
    const attached = value(
      await call('tasks.attachFeedbackFile', { feedbackId, fileName: '排查清单.xlsx', bytes: new Uint8Array([1, 2, 3]) }),
    );
    expect(attached.feedback[0].fileName).toBe('排查清单.xlsx');
    expect([...value(await call('tasks.feedbackFile', { feedbackId })).bytes]).toEqual([1, 2, 3]);

    value(await call('tasks.setContact', { unit: '县应急局', contact: '李明 0356-1234567' }));
    expect(value(await call('tasks.list', { unit: '县应急局' })).tasks.every((task) => task.contact === '李明 0356-1234567')).toBe(true);
    expect(await call('tasks.setContact', { unit: '县教育局', contact: 'x' })).toEqual({
      ok: false,
      error: '没有名为“县教育局”的责任单位。',
    });

    const history = value(await call('archive.history', { id: noticeId }));
    expect(history.entries.map((entry) => entry.field)).toEqual(expect.arrayContaining(['县应急局 一 状态', '县应急局 一 反馈']));
  });

  it('refuses a task that does not exist and feedback without text, with a sentence', async () => {
    t = tempCore();
    await importNotice();
    expect(await call('tasks.update', { id: 999, status: 'done' })).toEqual({
      ok: false,
      error: '找不到这项任务（它的公文可能已移入回收站）。',
    });
    expect((await call('tasks.addFeedback', { id: 1, date: '2025-05-06', text: '  ' })).ok).toBe(false);
  });

  it('writes the 台账 as .xlsx and a 催办通知 listing only the unit’s overdue tasks', async () => {
    t = tempCore();
    await importNotice();
    const xlsx = value(await call('tasks.exportXlsx', {}));
    expect(xlsx.fileName).toBe('督办台账-20250506.xlsx');
    expect(Buffer.from(xlsx.bytes.subarray(0, 2)).toString()).toBe('PK');
    const docx = value(await call('tasks.reminderDocx', { unit: '县水务局' }));
    expect(docx.fileName).toBe('催办通知-县水务局-20250506.docx');
    const { default: mammoth } = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) })).value;
    expect(text).toContain('县水务局：');
    expect(text).toContain('以下1项任务已超过完成时限');
    expect(text).toContain('加强巡查');
    expect(text).not.toContain('完善预案');
    // A landscape table numbered along the sheet's foot, as the task table is (GB/T 9704 §8).
    const headers = await readDocx(Buffer.from(docx.bytes));
    expect(attr(headers.headersByType.default, 'textDirection', 'val')).toBe('tbRl');
  });
});

/** A notice of 2025-04-28 with 12 clauses, each given to five units (60 tasks), due from 5月1日 to 5月12日. */
async function importLargeNotice() {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  const units = '（县应急局牵头，县水务局、县公安局、县交通运输局、县卫生健康局配合）';
  const text = noticeText({
    issuer: '阳城县人民政府办公室',
    docNumber: '阳政办发〔2025〕15号',
    title: '阳城县人民政府办公室关于开展安全生产大检查的通知',
    clauses: numerals.map((n, i) => `${n}、第${n}项检查。5月${i + 1}日前完成。${units}`),
    date: '2025年4月28日',
  });
  return (value(await call('archive.importText', { text })) as { noticeId: number }).noticeId;
}

const ids = (tasks: TaskRow[]) => tasks.map((task) => task.id);

describe('督办台账 pages', () => {
  it('sends one page in the ledger’s order with the count of every task; the pages join into the whole ledger', async () => {
    t = tempCore();
    const first = await importNotice();
    const large = await importLargeNotice();
    const whole = value(await call('tasks.list', { limit: TASK_PAGE_MAX }));
    expect(whole.total).toBe(64);
    expect(whole.tasks).toHaveLength(64);
    // Newest notice first, then by clause and unit as the clause names them.
    expect(whole.tasks.slice(0, 6).map((task) => [task.noticeId, task.clause.number, task.unit])).toEqual([
      [large, '一', '县应急局'],
      [large, '一', '县水务局'],
      [large, '一', '县公安局'],
      [large, '一', '县交通运输局'],
      [large, '一', '县卫生健康局'],
      [large, '二', '县应急局'],
    ]);
    expect(whole.tasks.slice(60).map((task) => task.noticeId)).toEqual([first, first, first, first]);

    const page1 = value(await call('tasks.list', {}));
    expect([page1.offset, page1.total, page1.tasks.length]).toEqual([0, 64, LEDGER_PAGE]);
    expect(ids(page1.tasks)).toEqual(ids(whole.tasks.slice(0, LEDGER_PAGE)));
    const page2 = value(await call('tasks.list', { offset: LEDGER_PAGE }));
    expect([page2.offset, page2.total]).toEqual([LEDGER_PAGE, 64]);
    expect(ids(page2.tasks)).toEqual(ids(whole.tasks.slice(LEDGER_PAGE)));
    const beyond = value(await call('tasks.list', { offset: 64 }));
    expect([beyond.total, beyond.tasks.length]).toEqual([64, 0]);

    const joined: TaskRow[] = [];
    for (let offset = 0; offset < 64; offset += 7) joined.push(...value(await call('tasks.list', { offset, limit: 7 })).tasks);
    expect(joined).toEqual(whole.tasks);
    // A page's rows are whole: clause text and feedback as in the full list.
    expect(page2.tasks.at(-1)?.clause.text).toContain('强化宣传');
  });

  it('filters before paging: unit, 文号, status, 逾期, days ahead and a date range each count the tasks they keep', async () => {
    t = tempCore();
    await importNotice();
    await importLargeNotice();
    const whole = value(await call('tasks.list', { limit: TASK_PAGE_MAX })).tasks;
    value(await call('tasks.update', { id: whole[0].id, status: 'done' }));
    value(await call('tasks.update', { id: whole[1].id, status: 'in_progress' }));
    const today = '2025-05-06';
    const tasks = value(await call('tasks.list', { limit: TASK_PAGE_MAX })).tasks;
    const cases: [Parameters<typeof call<'tasks.list'>>[1], (task: TaskRow) => boolean][] = [
      [{ unit: '应急' }, (task) => task.unit === '县应急局'],
      [{ unit: ' 县 公安局 ' }, (task) => task.unit === '县公安局'],
      [{ notice: '阳政办发(2025)15号' }, (task) => task.noticeDocNumber === '阳政办发〔2025〕15号'],
      [{ notice: whole[63].noticeId }, (task) => task.noticeId === whole[63].noticeId],
      [{ status: 'done' }, (task) => task.status === 'done'],
      [{ status: 'in_progress' }, (task) => task.status === 'in_progress'],
      [{ status: 'overdue' }, (task) => task.status !== 'done' && task.due !== null && task.due < today],
      [{ overdue: true, unit: '水务' }, (task) => task.overdue && task.unit === '县水务局'],
      [{ dueWithin: 3 }, (task) => task.status !== 'done' && task.due !== null && task.due >= today && task.due <= '2025-05-09'],
      [{ dueFrom: '2025-05-03', dueTo: '2025-05-04' }, (task) => task.due === '2025-05-03' || task.due === '2025-05-04'],
      [
        { dueWithin: 30, dueTo: '2025-05-07' },
        (task) => task.status !== 'done' && task.due !== null && task.due >= today && task.due <= '2025-05-07',
      ],
      [{ status: 'overdue', dueWithin: 7 }, () => false],
    ];
    for (const [filter, keeps] of cases) {
      const expected = tasks.filter(keeps);
      const page = value(await call('tasks.list', { ...filter, limit: 4 }));
      expect([filter, page.total], JSON.stringify(filter)).toEqual([filter, expected.length]);
      expect(ids(page.tasks), JSON.stringify(filter)).toEqual(ids(expected.slice(0, 4)));
    }
    expect(tasks.filter((task) => task.overdue).length).toBeGreaterThan(20);
  });

  it('refuses a page larger than TASK_PAGE_MAX or before the start, with a sentence', async () => {
    t = tempCore();
    const tooLarge = await call('tasks.list', { limit: TASK_PAGE_MAX + 1 });
    expect(tooLarge.ok ? '' : tooLarge.error).toContain(`每页最多${TASK_PAGE_MAX}项`);
    const negative = await call('tasks.list', { offset: -1 });
    expect(negative.ok ? '' : negative.error).toContain('起始位置不能为负');
  });

  it('exports every matching task to .xlsx and the 催办通知, not one page', async () => {
    t = tempCore();
    await importNotice();
    await importLargeNotice();
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(value(await call('tasks.exportXlsx', {})).bytes) as never);
    const sheet = workbook.getWorksheet('督办台账');
    expect(sheet?.getCell(1, 1).value).toBe('督办台账（截至 2025-05-06，共 64 项）');
    expect(sheet?.getCell(66, 1).value).toBe('64');
    const docx = value(await call('tasks.reminderDocx', { unit: '县应急局' }));
    const { default: mammoth } = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) })).value;
    expect(text).toContain('以下6项任务已超过完成时限');
  });
});

describe('收文办理 flow', () => {
  it('walks 登记 → 拟办 → 批办 → 承办 → 传阅 → 办结, moving stage and status and filling the registration', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    expect(value(await call('flow.get', { noticeId }))).toMatchObject({
      stage: 'registered',
      steps: [{ step: 'register', date: '2025-05-06' }],
    });
    const record = (step: Args<'flow.record'>['step'], actor: string | null, text: string | null) =>
      call('flow.record', { noticeId, step, actor, date: '2025-05-07', text });
    value(await record('propose', '办公室王芳', '建议请应急局牵头办理'));
    expect(value(await call('today.agenda', {})).awaiting).toMatchObject([{ noticeId, stage: 'proposed' }]);
    value(await record('instruct', '李县长', '同意，抓紧落实'));
    value(await record('undertake', '县应急局', null));
    let registration = value(await call('archive.getNotice', { id: noticeId })).registration;
    expect(registration).toMatchObject({ proposal: '建议请应急局牵头办理', handler: '县应急局', status: 'in_progress' });
    value(await record('circulate', '张副县长', '已阅'));
    const flow = value(await record('close', null, '已全部落实'));
    expect(flow.stage).toBe('closed');
    expect(flow.steps.map((s) => s.step)).toEqual(['register', 'propose', 'instruct', 'undertake', 'circulate', 'close']);
    registration = value(await call('archive.getNotice', { id: noticeId })).registration;
    expect(registration).toMatchObject({ status: 'done', outcome: '已全部落实' });
    expect(await record('instruct', '李县长', '再议')).toEqual({ ok: false, error: '这份公文已办结，不能再批办；传阅仍可登记。' });
    expect((await record('circulate', '赵局长', null)).ok).toBe(true);
    expect(value(await call('today.agenda', {})).awaiting).toEqual([]);

    const slip = value(await call('documents.generate', { kind: 'routing-slip', noticeId }));
    const { default: mammoth } = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(slip.bytes) })).value;
    expect(text).toContain('建议请应急局牵头办理');
    expect(text).toContain('同意，抓紧落实（李县长 2025年5月7日）');
    expect(text).toContain('承办：县应急局');
    expect(text).toMatch(/传阅\s+张副县长（2025年5月7日）、赵局长（2025年5月7日）/);
    expect(text).toContain('已全部落实');
  });

  it('asks for who or what before recording a step', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    expect(await call('flow.record', { noticeId, step: 'propose', actor: ' ', date: '2025-05-07', text: '' })).toEqual({
      ok: false,
      error: '请填写拟办的人员或内容。',
    });
  });
});

describe('今日待办', () => {
  it('gathers overdue tasks, tasks due within 7 days and drafts in progress', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    const registration = value(await call('archive.getNotice', { id: noticeId })).registration;
    value(await t.api('registration.update', { id: noticeId, fields: { ...registration, dueDate: '2025-05-12' } }));
    const agenda = value(await call('today.agenda', {}));
    expect(agenda.today).toBe('2025-05-06');
    expect(agenda.overdue.map((task) => task.clause.number)).toEqual(['一', '一']);
    expect(agenda.dueSoon.map((task) => [task.clause.number, task.due])).toEqual([['三', '2025-05-12']]);
    expect(agenda.awaiting).toMatchObject([{ noticeId, stage: 'registered' }]);
    expect(agenda.drafts).toEqual([]);
  });

  it('sends the most urgent tasks first, at most AGENDA_ITEMS of each list, with the count of them all', async () => {
    t = tempCore();
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const clauses = numerals.map((n, i) => `${n}、第${n}项工作。4月${12 - i}日前完成。（县应急局负责）`);
    value(
      await call('archive.importText', {
        text: noticeText({
          issuer: '阳城县人民政府办公室',
          docNumber: '阳政办发〔2025〕9号',
          title: '关于做好十二项工作的通知',
          clauses,
          date: '2025年4月1日',
        }),
      }),
    );
    const { tasks } = value(await call('tasks.list', {}));
    value(await call('tasks.update', { id: tasks[11].id, status: 'done' }));
    value(await call('tasks.update', { id: tasks[0].id, due: '2025-03-01' }));

    const agenda = value(await call('today.agenda', {}));
    expect(agenda.overdueCount).toBe(11);
    expect(agenda.overdue).toHaveLength(AGENDA_ITEMS);
    expect(agenda.overdue.map((task) => task.due)).toEqual([
      '2025-03-01',
      ...['02', '03', '04', '05', '06', '07', '08', '09', '10'].map((day) => `2025-04-${day}`),
    ]);
    expect(agenda.overdue[1].clause.text).toContain('第十一项工作');
    expect(agenda.dueSoonCount).toBe(0);
    expect(agenda.awaitingCount).toBe(1);
  });

  it('reads the deadlines of a restored archive, not those of the notice that had the same id before', async () => {
    const other = tempCore();
    try {
      const clauses = ['一、加强巡查。5月8日前完成重点部位排查。（县应急局负责）'];
      const text = noticeText({
        issuer: '阳城县人民政府办公室',
        docNumber: '阳政办发〔2025〕10号',
        title: '关于加强巡查的通知',
        clauses,
        date: '2025年4月20日',
      });
      const restored = (value(await other.api('archive.importText', { text })) as { noticeId: number }).noticeId;
      const backup = join(other.dir, 'backup.db');
      await other.core.backup.backupTo(backup);

      t = tempCore();
      expect(await importNotice()).toBe(restored);
      expect(value(await call('today.agenda', {})).overdueCount).toBe(2);
      value(await t.core.backup.restoreFrom(backup));

      const agenda = value(await call('today.agenda', {}));
      expect(agenda.overdueCount).toBe(0);
      expect(agenda.dueSoon.map((task) => [task.clause.number, task.due])).toEqual([['一', '2025-05-08']]);
    } finally {
      other.dispose();
    }
  });

  it('ranks tasks of the same deadline newest notice first, and looks from today to 7 days ahead', async () => {
    t = tempCore();
    const first = await importNotice();
    const clauses = [
      '一、排查隐患。4月30日前完成。（县消防救援大队负责）',
      '二、开展演练。5月6日前完成。（县消防救援大队负责）',
      '三、总结上报。5月13日前完成。（县消防救援大队负责）',
      '四、建立台账。5月14日前完成。（县消防救援大队负责）',
    ];
    const text = noticeText({
      issuer: '阳城县人民政府办公室',
      docNumber: '阳政办发〔2025〕12号',
      title: '关于消防安全的通知',
      clauses,
      date: '2025年4月25日',
    });
    const second = (value(await call('archive.importText', { text })) as { noticeId: number }).noticeId;
    const agenda = value(await call('today.agenda', {}));
    expect(agenda.overdue.map((task) => [task.noticeId, task.unit, task.due])).toEqual([
      [second, '县消防救援大队', '2025-04-30'],
      [first, '县应急局', '2025-04-30'],
      [first, '县水务局', '2025-04-30'],
    ]);
    expect(agenda.dueSoon.map((task) => task.due)).toEqual(['2025-05-06', '2025-05-13']);
    expect([agenda.overdueCount, agenda.dueSoonCount]).toEqual([3, 2]);
  });

  it('counts the deadline stored with each clause at import, without reading the text again', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    expect(t.sql().prepare('SELECT text_due FROM clauses WHERE notice_id = ? ORDER BY position').pluck().all(noticeId)).toEqual([
      '2025-04-30',
      '2025-12-31',
      null,
    ]);
    // Stored where the agenda reads it (with the clause, and with its tasks), unlike what the text says.
    t.sql().prepare("UPDATE clauses SET text_due = '2025-05-09' WHERE notice_id = ? AND position = 2").run(noticeId);
    t.sql().prepare("UPDATE tasks SET due = '2025-05-09' WHERE notice_id = ? AND position = 2").run(noticeId);
    const agenda = value(await call('today.agenda', {}));
    expect(agenda.dueSoon.map((task) => [task.clause.number, task.due, task.dueSource])).toEqual([['三', '2025-05-09', 'text']]);
    const ledger = value(await call('tasks.list', { notice: '阳政办发〔2025〕8号' })).tasks;
    expect(ledger.map((task) => task.due)).toEqual(['2025-04-30', '2025-04-30', '2025-12-31', '2025-05-09']);
  });

  it('reads the deadlines of clauses archived before they were stored, the same as those stored, once', async () => {
    t = tempCore();
    const noticeId = await importNotice();
    // No 成文日期: its deadlines count from the day it was archived.
    const undated = noticeText({
      issuer: '阳城县人民政府办公室',
      docNumber: '阳政办发〔2025〕11号',
      title: '关于每月报送进度的通知',
      clauses: ['一、报送进度。每月5日前报送上月进度。（县应急局负责）'],
      date: '',
    });
    value(await call('archive.importText', { text: undated }));
    const before = value(await call('today.agenda', {}));
    const ledger = value(await call('tasks.list', {})).tasks;
    const unread = t.sql().prepare('SELECT count(*) FROM clauses WHERE text_due_read = 0').pluck();
    const forget = t.sql().prepare('UPDATE clauses SET text_due = NULL, text_due_read = 0');
    forget.run();

    expect(ledger.map((task) => task.due)).toContain('2025-06-05');
    expect(unread.get()).toBe(4);
    expect(value(await call('tasks.list', { dueFrom: '2025-06-05', dueTo: '2025-06-05' })).tasks.map((task) => task.id)).toEqual(
      ledger.filter((task) => task.due === '2025-06-05').map((task) => task.id),
    );
    expect(unread.get()).toBe(0);
    expect(value(await call('tasks.list', {})).tasks).toEqual(ledger);
    forget.run();
    expect(value(await call('today.agenda', {}))).toEqual(before);
    expect(unread.get()).toBe(0);
    expect(t.sql().prepare('SELECT text_due FROM clauses WHERE notice_id = ? ORDER BY position').pluck().all(noticeId)).toEqual([
      '2025-04-30',
      '2025-12-31',
      null,
    ]);
    expect(value(await call('today.agenda', {}))).toEqual(before);
  });
});
