import { describe, expect, it } from 'vitest';
import type { TaskFilter } from '../../../shared/api/supervisionContract';
import { matchKey } from '../../../shared/supervision/taskFilter';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Db } from '../../../electron/core/db/openDatabase';
import type { ClauseUnitRow } from '../../../electron/core/store/archiveRepositories';
import { supervisionRepo } from '../../../electron/core/store/sqlite/supervisionRepo';
import { noticeTasks } from '../../../electron/core/supervision/noticeTasks';
import { taskQueryOf } from '../../../electron/core/supervision/taskService';
import { databaseAt, seedNotice } from '../db/migrationKit';

const TODAY = '2025-05-06';
const UNITS = ['县应急局', '县住建局', '县应急管理局', '各乡镇人民政府', '县水务局', '有关单位'];
const DAYS = [null, '2025-03-31', '2025-05-01', TODAY, '2025-05-10', '2025-06-05', '2025-06-30'];

/**
 * Twenty notices of three clauses, each clause naming two or three units, the second clause's also inherited by
 * the third (as a parent clause's are), some units resolved and some not; tasks made as the core makes them, of
 * every status and deadline; three notices in the recycle bin, one of them restored.
 */
function archive(): Db {
  const db = databaseAt(MIGRATIONS[MIGRATIONS.length - 1].version);
  db.exec(UNITS.map((name, i) => `INSERT INTO units (id, name, name_key) VALUES (${i + 1}, '${name}', '${name}');`).join(''));
  db.exec(
    "INSERT INTO resolved_units (id, key, name, kind, office) VALUES (7, '141030|应急管理局', '大宁县应急管理局', 'unit', '应急管理局')",
  );
  const clause = db.prepare(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line)
    VALUES (?, ?, NULL, 1, '一', '一、', '一', '排查', 4)`);
  const mention = db.prepare(`
    INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role, resolved_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const repo = supervisionRepo(db);
  const ids: number[] = [];
  for (let i = 0; i < 20; i++) {
    const id = seedNotice(db, { title: `关于安全工作的通知${i}`, docNumber: `晋政发〔2025〕${i + 1}号` });
    ids.push(id);
    for (let position = 0; position < 3; position++) clause.run(id, position);
    const mentions: ClauseUnitRow[] = [];
    const mentionRow = (position: number, inherited: 0 | 1, seq: number, unitId: number, role: 'lead' | 'co', resolved: number | null) => {
      mention.run(id, position, inherited, seq, unitId, role, resolved);
      mentions.push({ position, inherited, seq, unitId, role });
    };
    for (let position = 0; position < 3; position++) {
      const named = [UNITS[(i + position) % 6], UNITS[(i * 2 + position + 1) % 6], ...(i % 3 === 0 ? [UNITS[(i + 4) % 6]] : [])];
      [...new Set(named)].forEach((name, seq) => {
        const unit = UNITS.indexOf(name) + 1;
        mentionRow(position, 0, seq, unit, seq === 0 ? 'lead' : 'co', name.includes('应急') ? 7 : null);
        if (position === 1) mentionRow(2, 1, seq, unit, 'co', null);
      });
    }
    void repo.insertTasks(
      id,
      noticeTasks(mentions, () => null),
      '2025-04-01T00:00:00.000Z',
    );
  }
  db.exec(`
    UPDATE tasks SET status = CASE id % 4 WHEN 0 THEN 'done' WHEN 1 THEN 'in_progress' ELSE 'pending' END;
    UPDATE tasks SET due = CASE (id * 7) % ${DAYS.length} ${DAYS.map((day, i) => `WHEN ${i} THEN ${day === null ? 'NULL' : `'${day}'`}`).join(' ')} END;
    UPDATE notices SET deleted_at = '2025-04-02T00:00:00.000Z' WHERE id IN (${ids[3]}, ${ids[11]}, ${ids[17]});
    UPDATE notices SET deleted_at = NULL WHERE id = ${ids[11]};
  `);
  return db;
}

interface Row {
  id: number;
  noticeId: number;
  position: number;
  unit: string;
  status: string;
  due: string | null;
}

/** The ledger's ids for a filter as the plain rows say: every live task filtered and ordered here. */
function expected(db: Db, filter: TaskFilter): number[] {
  const q = taskQueryOf(filter, TODAY);
  const rows = db
    .prepare(
      `SELECT t.id, t.notice_id AS noticeId, t.position, u.name AS unit, t.status, t.due FROM tasks t
       JOIN units u ON u.id = t.unit_id JOIN notices n ON n.id = t.notice_id WHERE n.deleted_at IS NULL`,
    )
    .all() as Row[];
  return rows
    .filter(
      (t) =>
        (q.unitKey === undefined || matchKey(t.unit).includes(q.unitKey)) &&
        (q.status === undefined || t.status === q.status) &&
        (q.open !== true || t.status !== 'done') &&
        (q.dueBefore === undefined || (t.due !== null && t.due < q.dueBefore)) &&
        (q.dueFrom === undefined || (t.due !== null && t.due >= q.dueFrom)) &&
        (q.dueTo === undefined || (t.due !== null && t.due <= q.dueTo)),
    )
    .sort((a, b) => b.noticeId - a.noticeId || a.position - b.position || a.id - b.id)
    .map((t) => t.id);
}

const FILTERS: TaskFilter[] = [
  {},
  { unit: '应急' },
  { unit: '县应急局' },
  { unit: '乡镇' },
  { unit: '没有这个单位' },
  { unit: '应急', status: 'overdue' },
  { unit: '应急', dueWithin: 30 },
  { unit: '住建', overdue: true, status: 'in_progress' },
  { unit: '应急', status: 'done' },
  { unit: '水务', dueFrom: '2025-05-01', dueTo: '2025-06-05' },
  { status: 'overdue' },
  { dueWithin: 30 },
  { dueWithin: 0 },
  { status: 'pending' },
  { dueFrom: '2025-05-01', dueTo: '2025-06-30' },
];

describe('the ledger’s pages', () => {
  it('hold the tasks a plain filter of every live task keeps, in the ledger’s order, however they are read', async () => {
    const db = archive();
    const reads = (['cheaper', 'walked', 'sorted'] as const).map((read) => [read, supervisionRepo(db, read)] as const);
    for (const filter of FILTERS) {
      const kept = expected(db, filter);
      for (const [read, repo] of reads) {
        const query = taskQueryOf(filter, TODAY);
        const pages = [
          [0, 5],
          [3, 4],
          [kept.length - 2, 5],
          [kept.length, 5],
          [0, null],
          [2, null],
        ] as const;
        for (const [offset, limit] of pages) {
          const page = await repo.taskPage(query, Math.max(0, offset), limit);
          const from = Math.max(0, offset);
          expect([filter, read, offset, limit, page]).toEqual([
            filter,
            read,
            offset,
            limit,
            { ids: kept.slice(from, limit === null ? undefined : from + limit), total: kept.length },
          ]);
        }
      }
    }
    // The fixture holds what the filters are about: inherited units' tasks, done ones, and the binned notices' tasks.
    expect(expected(db, { unit: '应急' }).length).toBeGreaterThan(10);
    expect(db.prepare("SELECT count(*) FROM tasks WHERE status = 'done'").pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM tasks').pluck().get()).toBeGreaterThan(expected(db, {}).length);
  });
});
