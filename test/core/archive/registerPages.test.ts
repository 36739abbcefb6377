import { afterEach, describe, expect, it } from 'vitest';
import type { NoticeRow } from '../../../shared/api/archiveContract';
import { noticeText, tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

/** Eight notices: 收文 dates with ties, two without a date (one never registered: not a 收文), one in the recycle bin. */
async function archive(): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 1; i <= 8; i++) {
    const text = noticeText({
      issuer: '大宁县人民政府',
      docNumber: `大政发〔2025〕${i}号`,
      title: `关于第${i}项工作的通知`,
      clauses: [`一、做好第${i}项工作。`],
      date: '2025年5月6日',
    });
    ids.push((await t.core.archive.importText({ text })).noticeId!);
  }
  const dates = ['2025-03-01', '2025-05-02', '2025-03-01', null, '2025-05-02', '2025-04-10', null, '2025-03-01'];
  const db = t.sql();
  dates.forEach((date, i) => db.prepare('UPDATE registrations SET received_date = ? WHERE notice_id = ?').run(date, ids[i]));
  db.prepare('DELETE FROM registrations WHERE notice_id = ?').run(ids[6]);
  value(await t.api('archive.delete', { id: ids[5] }));
  return ids;
}

const list = async (args: object) => value(await t.api('archive.listNotices', args)) as { rows: NoticeRow[]; total: number };

describe('收文登记簿 pages', () => {
  it('lists live registered notices newest 收文 first, ties newest first, those without a 收文 date last', async () => {
    t = tempCore();
    const ids = await archive();
    const all = await list({});
    expect(all.total).toBe(6);
    expect(all.rows.map((r) => r.id)).toEqual([ids[4], ids[1], ids[7], ids[2], ids[0], ids[3]]);
    expect((await list({ limit: 3 })).rows).toEqual(all.rows.slice(0, 3));
  });

  it('gives the same rows page by page after a cursor, across ties and into the undated ones', async () => {
    t = tempCore();
    await archive();
    const all = (await list({})).rows;
    for (const size of [1, 2, 3, 5]) {
      const paged: NoticeRow[] = [];
      for (let page = await list({ limit: size }); ;) {
        paged.push(...page.rows);
        if (page.rows.length < size) break;
        const last = page.rows[page.rows.length - 1];
        page = await list({ limit: size, after: { receivedDate: last.receivedDate, id: last.id } });
      }
      expect({ size, ids: paged.map((r) => r.id) }).toEqual({ size, ids: all.map((r) => r.id) });
      expect(paged).toEqual(all);
    }
  });

  it('refuses a malformed cursor in Chinese', async () => {
    t = tempCore();
    const result = await t.api('archive.listNotices', { limit: 2, after: { receivedDate: 3, id: 'x' } });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });
});
