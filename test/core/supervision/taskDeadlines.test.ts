import { afterEach, describe, expect, it } from 'vitest';
import type { Args, MethodName, Result } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/method';
import type { TaskFilter, TaskRow } from '../../../shared/api/supervisionContract';
import { addDays } from '../../../shared/supervision/taskFilter';
import { supervisionRepo } from '../../../electron/core/store/sqlite/supervisionRepo';
import { taskQueryOf } from '../../../electron/core/supervision/taskService';
import { noticeText, tempCore, value, type TempCore } from '../archive/archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

const call = <M extends MethodName>(method: M, args: Args<M>) => t.api(method, args) as Promise<ApiResult<Result<M>>>;

const TODAY = '2025-05-06';

const NOTICES = [
  {
    docNumber: '阳政办发〔2025〕8号',
    clauses: [
      '一、加强巡查。4月30日前完成重点部位排查。（县应急局牵头，县水务局配合）',
      '二、完善预案。年底前修订应急预案。（县水务局负责）',
      '三、强化宣传。广泛宣传防汛知识。（县应急局负责）',
    ],
    date: '2025年4月20日',
  },
  {
    docNumber: '阳政办发〔2025〕9号',
    clauses: [
      '一、摸清底数。5月8日前上报隐患清单。（县应急局负责）',
      '二、集中整治。5月10日前完成整改。（县水务局牵头，县应急局配合）',
      '三、总结经验。4月1日前报送总结。（县住建局负责）',
    ],
    date: '2025年3月25日',
  },
  {
    docNumber: '阳政办发〔2025〕10号',
    clauses: ['一、开展检查。5月6日前完成检查。（县应急局负责）', '二、做好宣传。广泛宣传。（县水务局负责）'],
    date: '2025年4月28日',
  },
];

async function importAll(): Promise<number[]> {
  const ids: number[] = [];
  for (const { docNumber, clauses, date } of NOTICES) {
    const text = noticeText({ issuer: '阳城县人民政府办公室', docNumber, title: '关于做好安全工作的通知', clauses, date });
    ids.push((value(await call('archive.importText', { text })) as { noticeId: number }).noticeId);
  }
  return ids;
}

/** Tasks whose stored deadline is not the one worked out from the hand, the clause and the notice. */
const drifted = () =>
  t
    .sql()
    .prepare(
      `SELECT t.id, t.due, coalesce(t.due_date, c.text_due, r.due_date) AS expected
       FROM tasks t JOIN clauses c ON c.notice_id = t.notice_id AND c.position = t.position
       LEFT JOIN registrations r ON r.notice_id = t.notice_id
       WHERE t.due IS NOT coalesce(t.due_date, c.text_due, r.due_date)`,
    )
    .all();

const ids = (tasks: Pick<TaskRow, 'id'>[]) => tasks.map((task) => task.id);
const byDue = (tasks: TaskRow[]) => [...tasks].sort((a, b) => ((a.due as string) < (b.due as string) ? -1 : a.due === b.due ? 0 : 1));

/** The ledger's filters a clerk uses, with what each keeps of the whole ledger (deadlines as each row shows). */
const FILTERS: [TaskFilter, (task: TaskRow) => boolean][] = [
  [{ status: 'overdue' }, (x) => x.status !== 'done' && x.due !== null && x.due < TODAY],
  [{ overdue: true, status: 'pending' }, (x) => x.status === 'pending' && x.due !== null && x.due < TODAY],
  [{ dueWithin: 7 }, (x) => x.status !== 'done' && x.due !== null && x.due >= TODAY && x.due <= addDays(TODAY, 7)],
  [{ dueWithin: 0 }, (x) => x.status !== 'done' && x.due === TODAY],
  [{ unit: '应急', status: 'overdue' }, (x) => x.unit === '县应急局' && x.status !== 'done' && x.due !== null && x.due < TODAY],
  [
    { unit: '水务', dueWithin: 7 },
    (x) => x.unit === '县水务局' && x.status !== 'done' && x.due !== null && x.due >= TODAY && x.due <= addDays(TODAY, 7),
  ],
  [{ unit: '县应急局', status: 'in_progress' }, (x) => x.unit === '县应急局' && x.status === 'in_progress'],
  [{ dueFrom: '2025-05-01', dueTo: '2025-05-31' }, (x) => x.due !== null && x.due >= '2025-05-01' && x.due <= '2025-05-31'],
];

/**
 * The agenda and the ledger's deadline filters answer as they did when each deadline was worked out from its
 * sources: the whole ledger (which works them out so) filtered and ranked here. The ledger is read every way
 * the store may read it: sorted from an index, and walked in its own order.
 */
async function expectAnswersFromSources(): Promise<void> {
  expect(drifted()).toEqual([]);
  const ledger = value(await call('tasks.list', { limit: 5000 })).tasks;
  const open = ledger.filter((x) => x.status !== 'done' && x.due !== null);
  const overdue = byDue(open.filter((x) => (x.due as string) < TODAY));
  const dueSoon = byDue(open.filter((x) => (x.due as string) >= TODAY && (x.due as string) <= addDays(TODAY, 7)));
  const agenda = value(await call('today.agenda', {}));
  expect([ids(agenda.overdue), agenda.overdueCount]).toEqual([ids(overdue), overdue.length]);
  expect([ids(agenda.dueSoon), agenda.dueSoonCount]).toEqual([ids(dueSoon), dueSoon.length]);

  const otherWays = (['walked', 'sorted'] as const).map((read) => supervisionRepo(t.sql(), read));
  for (const [filter, keeps] of FILTERS) {
    const kept = ids(ledger.filter(keeps));
    const page = value(await call('tasks.list', { ...filter, offset: 1, limit: 3 }));
    expect([filter, ids(page.tasks), page.total]).toEqual([filter, kept.slice(1, 4), kept.length]);
    for (const repo of otherWays)
      expect([filter, await repo.taskPage(taskQueryOf(filter, TODAY), 1, 3)]).toEqual([
        filter,
        { ids: kept.slice(1, 4), total: kept.length },
      ]);
    expect(ids(value(await call('tasks.list', filter)).tasks)).toEqual(kept);
  }
}

describe('each task’s stored deadline', () => {
  it('follows every write to the hand’s, the clause’s and the notice’s deadline, and the agenda and ledger answer as before', async () => {
    t = tempCore();
    const [first, second, third] = await importAll();
    await expectAnswersFromSources();
    const ledger = value(await call('tasks.list', { limit: 5000 })).tasks;
    const one = ledger.find((x) => x.noticeId === first && x.clause.number === '三') as TaskRow;
    const pair = ledger.filter((x) => x.noticeId === second && x.clause.number === '一').map((x) => x.id);
    expect(one.due).toBeNull();

    // By hand: set, cleared, set on several at once.
    value(await call('tasks.update', { id: one.id, due: '2025-05-07' }));
    await expectAnswersFromSources();
    value(await call('tasks.update', { id: one.id, due: null }));
    await expectAnswersFromSources();
    value(await call('tasks.setDue', { ids: [...pair, one.id], due: '2025-05-02' }));
    await expectAnswersFromSources();
    value(await call('tasks.setDue', { ids: [one.id], due: null }));

    // The notice's 办理期限, from the registration form and along a flow step.
    const registration = value(await call('archive.getNotice', { id: first })).registration;
    value(await t.api('registration.update', { id: first, fields: { ...registration, dueDate: '2025-05-09' } }));
    await expectAnswersFromSources();
    expect(ids(value(await call('today.agenda', {})).dueSoon)).toContain(one.id);
    value(await t.api('registration.update', { id: first, fields: { ...registration, dueDate: '2025-05-20' } }));
    await expectAnswersFromSources();
    value(await t.api('registration.update', { id: first, fields: { ...registration, dueDate: null } }));
    await expectAnswersFromSources();
    value(await call('flow.record', { noticeId: first, step: 'propose', actor: '办公室张三', date: TODAY, text: '请应急局牵头办理' }));
    await expectAnswersFromSources();

    // Done and reopened; a notice to the recycle bin and back.
    value(await call('tasks.update', { id: one.id, status: 'done' }));
    await expectAnswersFromSources();
    value(await call('tasks.update', { id: one.id, status: 'in_progress' }));
    await expectAnswersFromSources();
    value(await call('archive.delete', { id: second }));
    await expectAnswersFromSources();
    expect(value(await call('tasks.list', { notice: second })).total).toBe(0);
    const waiting = value(await call('today.agenda', {}));
    expect([waiting.awaiting.map((notice) => notice.noticeId), waiting.awaitingCount]).toEqual([[first, third], 2]);
    value(await call('archive.restore', { id: second }));
    await expectAnswersFromSources();
    expect(value(await call('today.agenda', {})).awaitingCount).toBe(3);
  });

  it('takes the deadlines of clauses archived before they were stored once they are read', async () => {
    t = tempCore();
    await importAll();
    const before = value(await call('today.agenda', {}));
    // As an archive from before migration 29 is after migration 30: no clause read, no task due from a text.
    t.sql().exec(`
      UPDATE clauses SET text_due = NULL, text_due_read = 0;
      UPDATE tasks SET due = coalesce(due_date, (SELECT due_date FROM registrations r WHERE r.notice_id = tasks.notice_id));`);
    expect(value(await call('today.agenda', {}))).toEqual(before);
    await expectAnswersFromSources();
    expect(t.sql().prepare('SELECT count(*) FROM clauses WHERE text_due_read = 0').pluck().get()).toBe(0);
  });
});
