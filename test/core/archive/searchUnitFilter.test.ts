import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Db } from '../../../electron/core/db/openDatabase';
import { indexTokens } from '../../../electron/core/archive/search/searchTokens';
import { noticeRepo } from '../../../electron/core/store/sqlite/noticeRepo';
import { searchIndexRepo } from '../../../electron/core/store/sqlite/searchIndexRepo';
import { unitRepo } from '../../../electron/core/store/sqlite/unitRepo';
import type { IndexQuery } from '../../../electron/core/store/searchIndex';
import { databaseAt, seedNotice } from '../db/migrationKit';

const UNITS = ['县应急局', '县住建局', '县应急管理局', '各乡镇人民政府', '县水务局'];
const WORDS = ['燃气安全', '隐患排查', '防汛抗旱', '消防检查'];

/**
 * Thirty notices of two clauses, each naming units (some inherited by the second clause, some unresolved), with
 * words in their text and title, years and issuers; three in the recycle bin (out of the index), one restored.
 */
async function archive(): Promise<{ db: Db; binned: number[] }> {
  const db = databaseAt(MIGRATIONS[MIGRATIONS.length - 1].version);
  db.exec(UNITS.map((name, i) => `INSERT INTO units (id, name, name_key) VALUES (${i + 1}, '${name}', '${name}');`).join(''));
  db.exec(`INSERT INTO resolved_units (id, key, name, kind, office) VALUES
    (7, '141030|应急管理局', '大宁县应急管理局', 'unit', '应急管理局'), (8, '141030|住房和城乡建设管理局', '大宁县住房和城乡建设管理局', 'unit', '住房和城乡建设管理局'),
    (9, '141030|group:townships', '大宁县各乡镇', 'group', '人民政府'), (10, '141030|水务局', '大宁县水务局', 'unit', '水务局')`);
  const clause = db.prepare(`
    INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line)
    VALUES (?, ?, NULL, 1, '一', '一、', '一', '排查', 4)`);
  const mention = db.prepare(`
    INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role, resolved_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const index = searchIndexRepo(db);
  const binned: number[] = [];
  for (let i = 0; i < 30; i++) {
    const title = `关于${WORDS[i % 4]}的通知`;
    const text = `${WORDS[(i * 3) % 4]}。${WORDS[(i + 1) % 4]}工作。`;
    const id = seedNotice(db, {
      title,
      docNumber: `晋政发〔${2020 + (i % 5)}〕${i + 1}号`,
      issuer: i % 2 ? '大宁县人民政府' : '吉县人民政府',
      text,
    });
    db.prepare('UPDATE notices SET year = ?, signed_date = ? WHERE id = ?').run(
      2020 + (i % 5),
      i % 7 ? `${2020 + (i % 5)}-0${1 + (i % 9)}-15` : null,
      id,
    );
    for (const position of [0, 1]) clause.run(id, position);
    [UNITS[i % 5], UNITS[(i * 2 + 1) % 5]].forEach((name, seq) => {
      const resolved = name === '县住建局' ? 8 : name.includes('应急') ? 7 : name === '各乡镇人民政府' ? 9 : i % 2 ? 10 : null;
      mention.run(id, 0, 0, seq, UNITS.indexOf(name) + 1, seq === 0 ? 'lead' : 'co', resolved);
      if (seq === 0) mention.run(id, 1, 1, seq, UNITS.indexOf(name) + 1, 'lead', resolved);
    });
    if ([4, 13, 22].includes(i)) binned.push(id);
    else await index.index(id, indexTokens([title], text));
  }
  db.prepare("UPDATE notices SET deleted_at = '2025-04-02T00:00:00.000Z' WHERE id IN (SELECT value FROM json_each(?))").run(
    JSON.stringify(binned),
  );
  return { db, binned };
}

const QUERIES: Omit<IndexQuery, 'limit'>[] = [
  { terms: [], filters: { unitIds: [7] } },
  { terms: [], filters: { unitIds: [8, 9] } },
  { terms: [], filters: { unitIds: [] } },
  { terms: ['燃气'], filters: { unitIds: [7, 10] } },
  { terms: ['隐患', '排'], filters: { unitIds: [9] } },
  { terms: ['安'], filters: { unitIds: [8], year: 2021 } },
  { terms: [], filters: { unitKey: '应急' } },
  { terms: ['消防'], filters: { unitKey: '水务局' } },
  { terms: ['防汛'], filters: { unitKey: '没有这个单位' } },
];

describe('the search’s 责任单位 filter', () => {
  it('keeps what reading each match’s own clause units kept, whether the units’ notices are listed or not', async () => {
    const { db } = await archive();
    // 0: no units' notices listed (each match's clause units read, as before); a billion: always listed.
    const [plain, listed, chosen] = [0, 1e9, undefined].map((listedMentions) => searchIndexRepo(db, 5, listedMentions));
    for (const query of QUERIES) {
      for (const limit of [2, 50]) {
        const expected = await plain.query({ ...query, limit });
        expect([query, limit, await listed.query({ ...query, limit })]).toEqual([query, limit, expected]);
        expect([query, limit, await chosen.query({ ...query, limit })]).toEqual([query, limit, expected]);
      }
    }
    expect((await plain.query({ terms: [], filters: { unitIds: [7] }, limit: 50 })).ids.length).toBeGreaterThan(3);
  });

  it('offers the years, issuers, 文种 and units of live notices as the straightforward queries list them', async () => {
    const { db, binned } = await archive();
    // A year and a unit named only by the notices in the bin.
    db.prepare('UPDATE notices SET year = 2019 WHERE id = ?').run(binned[0]);
    db.exec(`INSERT INTO resolved_units (id, key, name, kind, office) VALUES (11, '141030|能源局', '大宁县能源局', 'unit', '能源局');
      UPDATE clause_units SET resolved_unit_id = 11 WHERE notice_id = ${binned[1]};`);
    const column = (sql: string) => db.prepare(sql).pluck().all();
    expect(await noticeRepo(db).facets()).toEqual({
      years: column('SELECT DISTINCT year FROM notices WHERE deleted_at IS NULL AND year IS NOT NULL ORDER BY year DESC'),
      issuers: column('SELECT DISTINCT issuer FROM notices WHERE deleted_at IS NULL AND issuer IS NOT NULL ORDER BY issuer'),
      docKinds: column('SELECT DISTINCT doc_kind FROM notices WHERE deleted_at IS NULL AND doc_kind IS NOT NULL ORDER BY doc_kind'),
    });
    const live = (await unitRepo(db).liveResolvedUnits()).map((unit) => unit.id).sort((a, b) => a - b);
    expect(live).toEqual(
      column(`SELECT DISTINCT cu.resolved_unit_id FROM clause_units cu JOIN notices n ON n.id = cu.notice_id AND n.deleted_at IS NULL
        WHERE cu.resolved_unit_id IS NOT NULL ORDER BY 1`),
    );
    expect(live).not.toContain(11);
    expect(await unitRepo(db).names()).toEqual(
      column(`SELECT DISTINCT u.name FROM units u JOIN clause_units cu ON cu.unit_id = u.id
        JOIN notices n ON n.id = cu.notice_id AND n.deleted_at IS NULL ORDER BY u.name`),
    );
  });
});
