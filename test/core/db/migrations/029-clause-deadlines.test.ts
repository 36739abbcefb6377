import { describe, expect, it } from 'vitest';
import { clauseRepo } from '../../../../electron/core/store/sqlite/clauseRepo';
import { unitRepo } from '../../../../electron/core/store/sqlite/unitRepo';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

const addClause = (db: ReturnType<typeof databaseAt>, noticeId: number, position: number) =>
  db
    .prepare(
      `INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line)
       VALUES (?, ?, NULL, 1, ?, '一、', ?, '做好检查', ?)`,
    )
    .run(noticeId, position, String(position + 1), String(position + 1), position + 5);

describe('migration 29: clause deadlines', () => {
  it('leaves the clauses archived before unread, found from an index, until the core stores their deadlines', async () => {
    const db = databaseAt(28);
    const first = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '阳政发〔2025〕3号' });
    const second = seedNotice(db, { title: '关于消防检查的通知', docNumber: '阳政发〔2025〕4号', importedAt: '2025-04-02T01:00:00.000Z' });
    for (const id of [first, second]) [0, 1].forEach((position) => addClause(db, id, position));
    expect(migrateTo(db, 29).applied).toEqual([29]);
    expect(db.prepare('SELECT DISTINCT text_due, text_due_read FROM clauses').all()).toEqual([{ text_due: null, text_due_read: 0 }]);
    expect(queryPlan(db, 'SELECT DISTINCT notice_id FROM clauses WHERE text_due_read = 0 LIMIT 5')[0]).toMatch(
      /USING (COVERING )?INDEX clauses_text_due_unread/,
    );

    // The live repository works on the latest schema.
    migrateTo(db, 30);
    const clauses = clauseRepo(db, unitRepo(db));
    expect(await clauses.unreadTextDues(1)).toEqual([{ noticeId: first, noticeDate: '2025-03-01' }]);
    await clauses.setTextDues(first, ['2025-06-30']);
    expect(await clauses.unreadTextDues(5)).toEqual([{ noticeId: second, noticeDate: '2025-04-02' }]);
    const stored = db.prepare('SELECT position, text_due AS due, text_due_read AS read FROM clauses WHERE notice_id = ? ORDER BY position');
    // A clause the record no longer names gets no deadline, and is read all the same.
    expect(stored.all(first)).toEqual([
      { position: 0, due: '2025-06-30', read: 1 },
      { position: 1, due: null, read: 1 },
    ]);
  });

  it('refuses a read mark other than 0 or 1', () => {
    const db = databaseAt(29);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '阳政发〔2025〕3号' });
    addClause(db, id, 0);
    expect(() => db.prepare('UPDATE clauses SET text_due_read = 2').run()).toThrow(/CHECK/);
  });
});
