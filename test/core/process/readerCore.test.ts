import { afterEach, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api/createApi';
import { createCore, type Core } from '../../../electron/core/createCore';
import { fixedClock, noticeText, tempCore, value, type TempCore } from '../archive/archiveTestKit';

let t: TempCore;
const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  t?.dispose();
});

const NOTICE = noticeText({
  issuer: '阳城县人民政府办公室',
  docNumber: '阳政办发〔2025〕8号',
  title: '阳城县人民政府办公室关于做好汛期安全工作的通知',
  clauses: ['一、加强巡查。4月30日前完成重点部位排查。（县应急局负责）', '二、完善预案。年底前修订应急预案。（县水务局负责）'],
  date: '2025年4月20日',
});

it('a reader core starts none of the start-up passes and writes nothing; its unit queries wait for the writer’s pass', async () => {
  t = tempCore();
  value(await t.api('archive.importText', { text: NOTICE }));
  const expected = await t.core.units.list();
  t.core.close();
  // An archive closed with the passes' work left: units not resolved, clause deadlines not read.
  const sql = t.sql();
  sql.prepare('UPDATE clause_units SET resolved_unit_id = NULL').run();
  sql.prepare('UPDATE clauses SET text_due = NULL, text_due_read = 0').run();
  const changes = () => sql.pragma('data_version', { simple: true });
  const unresolved = sql.prepare('SELECT count(*) FROM clause_units WHERE resolved_unit_id IS NULL').pluck();
  const unread = sql.prepare('SELECT count(*) FROM clauses WHERE text_due_read = 0').pluck();
  const before = { changes: changes(), unresolved: unresolved.get(), unread: unread.get() };
  expect(before.unresolved).toBeGreaterThan(0);

  const reader = createCore({ dbPath: t.dbPath, clock: fixedClock, role: 'reader' });
  opened.push(reader);
  const api = createApi(reader);
  const units = reader.units.list();
  expect(await api('archive.listNotices', {})).toMatchObject({ ok: true, value: { total: 1 } });
  expect(await api('search.query', { query: '汛期' })).toMatchObject({ ok: true });
  // A write is refused (loudly, in Chinese), not made.
  expect(await api('archive.delete', { id: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/^[\u4e00-\u9fff]/) });
  const imported = value(await api('archive.importText', { text: NOTICE.replace('8号', '9号') }));
  expect(imported).toMatchObject({ status: 'failed', message: expect.stringMatching(/^[\u4e00-\u9fff]/) });
  expect(await api('archive.listNotices', {})).toMatchObject({ ok: true, value: { total: 1 } });
  expect({ changes: changes(), unresolved: unresolved.get(), unread: unread.get() }).toEqual(before);

  // The writer resolves the units at its start; the reader's query, made before, answers with them.
  const writer = createCore({ dbPath: t.dbPath, clock: fixedClock });
  opened.push(writer);
  expect(await units).toEqual(expected);
  expect(unresolved.get()).toBe(0);
});

it('a reader core refuses an archive its writer has not upgraded or created', () => {
  t = tempCore();
  t.core.close();
  t.sql().pragma('user_version = 30');
  expect(() => createCore({ dbPath: t.dbPath, role: 'reader' })).toThrow();
  expect(t.sql().pragma('user_version', { simple: true })).toBe(30);
  expect(() => createCore({ dbPath: `${t.dbPath}.missing`, role: 'reader' })).toThrow();
});
