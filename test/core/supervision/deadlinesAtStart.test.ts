import { afterEach, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { readerBundleUrl } from '../../cliBundle';
import { fixedClock, noticeText, tempCore, value, type TempCore } from '../archive/archiveTestKit';

let t: TempCore;
let reopened: ReturnType<typeof createCore> | undefined;
afterEach(() => {
  reopened?.close();
  t?.dispose();
});

it('reads the clause deadlines of an archive from before they were stored as it opens, without waiting for 今日待办', async () => {
  t = tempCore();
  const text = noticeText({
    issuer: '阳城县人民政府办公室',
    docNumber: '阳政办发〔2025〕8号',
    title: '阳城县人民政府办公室关于做好汛期安全工作的通知',
    clauses: ['一、加强巡查。4月30日前完成重点部位排查。（县应急局负责）', '二、完善预案。年底前修订应急预案。（县水务局负责）'],
    date: '2025年4月20日',
  });
  value(await t.api('archive.importText', { text }));
  t.core.close();
  const sql = t.sql();
  sql.prepare('UPDATE clauses SET text_due = NULL, text_due_read = 0').run();

  reopened = createCore({ dbPath: t.dbPath, clock: fixedClock, readerUrl: readerBundleUrl() });
  const dues = sql.prepare('SELECT text_due FROM clauses WHERE text_due_read = 1 ORDER BY position').pluck();
  await vi.waitFor(() => expect(dues.all()).toEqual(['2025-04-30', '2025-12-31']));
  expect((await reopened.supervision.agenda()).overdue.map((task) => task.clause.number)).toEqual(['一']);
});
