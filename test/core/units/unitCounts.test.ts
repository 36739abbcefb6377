import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { unitRepo } from '../../../electron/core/store/sqlite/unitRepo';
import { databaseAt, seedNotice } from '../db/migrationKit';

// The list's counts as they were worked out before migration 31: every mention joined to its live notice.
const JOINED_RESOLVED = `
  SELECT r.id, r.name, count(*) AS taskCount, sum(cu.role = 'lead') AS leadCount, count(DISTINCT cu.notice_id) AS noticeCount
  FROM resolved_units r JOIN clause_units cu ON cu.resolved_unit_id = r.id
  JOIN notices n ON n.id = cu.notice_id AND n.deleted_at IS NULL
  GROUP BY r.id ORDER BY taskCount DESC, r.name`;
const JOINED_WRITTEN = `
  SELECT u.name, count(*) AS taskCount, sum(cu.role = 'lead') AS leadCount, count(DISTINCT cu.notice_id) AS noticeCount
  FROM units u JOIN clause_units cu ON cu.unit_id = u.id
  JOIN notices n ON n.id = cu.notice_id AND n.deleted_at IS NULL
  GROUP BY u.id ORDER BY taskCount DESC, u.name`;

/**
 * Four notices: one in the recycle bin, one restored from it. Units named lead and co, twice in one notice,
 * inherited from a parent clause, unresolved; one unit named only in the notice in the bin.
 */
function archive() {
  const db = databaseAt(MIGRATIONS[MIGRATIONS.length - 1].version);
  const live = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
  const binned = seedNotice(db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕4号', deletedAt: '2025-04-01T00:00:00.000Z' });
  const restored = seedNotice(db, { title: '关于防汛工作的通知', docNumber: '晋政发〔2025〕5号', deletedAt: '2025-04-02T00:00:00.000Z' });
  const other = seedNotice(db, { title: '关于安全生产检查的通知', docNumber: '晋政发〔2025〕6号' });
  db.prepare('UPDATE notices SET deleted_at = NULL WHERE id = ?').run(restored);
  const clause = db.prepare(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line)
    VALUES (?, ?, NULL, 1, '一', '一、', '一', '排查', 4)`);
  for (const id of [live, binned, restored, other]) for (const position of [0, 1]) clause.run(id, position);
  db.exec(`
    INSERT INTO units (id, name, name_key) VALUES
      (1, '县应急局', '县应急局'), (2, '县住建局', '县住建局'), (3, '县消防救援大队', '县消防救援大队'),
      (4, '各有关单位', '各有关单位'), (5, '应急管理局', '应急管理局');
    INSERT INTO resolved_units (id, key, name, kind, office) VALUES
      (7, '141030|应急管理局', '大宁县应急管理局', 'unit', '应急管理局'),
      (8, '141030|住房和城乡建设管理局', '大宁县住房和城乡建设管理局', 'unit', '住房和城乡建设管理局'),
      (9, '141030|消防救援大队', '大宁县消防救援大队', 'unit', '消防救援大队');
  `);
  const mention = db.prepare(`
    INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role, resolved_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const mentions: [number, number, number, number, number, 'lead' | 'co', number | null][] = [
    [live, 0, 0, 0, 1, 'lead', 7],
    [live, 0, 0, 1, 2, 'co', 8],
    [live, 1, 0, 0, 5, 'lead', 7],
    [live, 1, 1, 0, 1, 'co', 7],
    [live, 1, 0, 1, 4, 'co', null],
    [binned, 0, 0, 0, 3, 'lead', 9],
    [binned, 0, 0, 1, 1, 'co', 7],
    [binned, 1, 0, 0, 2, 'lead', 8],
    [binned, 1, 0, 1, 4, 'co', null],
    [restored, 0, 0, 0, 2, 'lead', 8],
    [restored, 0, 0, 1, 1, 'co', 7],
    [restored, 1, 1, 0, 2, 'lead', 8],
    [other, 0, 0, 0, 4, 'lead', null],
    [other, 1, 0, 0, 1, 'co', 7],
  ];
  for (const m of mentions) mention.run(...m);
  return db;
}

describe('the 责任单位 list’s counts', () => {
  it('counts each resolved unit’s live tasks, lead tasks and notices as joining every task to its notice did', async () => {
    const db = archive();
    const listed = (await unitRepo(db).resolvedUnits()).map(({ id, name, taskCount, leadCount, noticeCount }) => ({
      id,
      name,
      taskCount,
      leadCount,
      noticeCount,
    }));
    expect(listed).toEqual(db.prepare(JOINED_RESOLVED).all());
    expect(listed).toEqual([
      { id: 7, name: '大宁县应急管理局', taskCount: 5, leadCount: 2, noticeCount: 3 },
      { id: 8, name: '大宁县住房和城乡建设管理局', taskCount: 3, leadCount: 2, noticeCount: 2 },
    ]);
  });

  it('counts each unit as written the same way, leaving out a unit named only in the recycle bin', async () => {
    const db = archive();
    const listed = await unitRepo(db).summaries();
    expect(listed).toEqual(db.prepare(JOINED_WRITTEN).all());
    expect(listed.map((unit) => [unit.name, unit.taskCount, unit.leadCount, unit.noticeCount])).toEqual([
      ['县应急局', 4, 1, 3],
      ['县住建局', 3, 2, 2],
      ['各有关单位', 2, 1, 2],
      ['应急管理局', 1, 1, 1],
    ]);
  });

  it('counts a notice’s units again once it leaves the recycle bin, and drops them once it goes in', async () => {
    const db = archive();
    const units = unitRepo(db);
    db.exec("UPDATE notices SET deleted_at = NULL WHERE title = '关于开展消防检查的通知'");
    expect((await units.resolvedUnits()).map((unit) => [unit.id, unit.taskCount])).toEqual([
      [7, 6],
      [8, 4],
      [9, 1],
    ]);
    db.exec("UPDATE notices SET deleted_at = '2025-05-01T00:00:00.000Z'");
    expect(await units.resolvedUnits()).toEqual([]);
    expect(await units.summaries()).toEqual([]);
  });
});
