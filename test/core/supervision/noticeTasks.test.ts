import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { ClauseUnitRow } from '../../../electron/core/store/archiveRepositories';
import { noticeTasks } from '../../../electron/core/supervision/noticeTasks';
import { databaseAt, seedNotice } from '../db/migrationKit';

/**
 * The tasks as the import made them before they were computed: the grouped query over the notice's clause units
 * (deadline: the clause's text, else the notice's 办理期限), in the order it inserted them, which numbers them.
 */
const GROUPED = `
  SELECT position, unit_id AS unitId, CASE WHEN max(role = 'lead') THEN 'lead' ELSE 'co' END AS role,
    coalesce((SELECT c.text_due FROM clauses c WHERE c.notice_id = cu.notice_id AND c.position = cu.position),
      (SELECT r.due_date FROM registrations r WHERE r.notice_id = cu.notice_id)) AS due
  FROM clause_units cu WHERE notice_id = ?
  GROUP BY position, unit_id ORDER BY position, min(inherited), min(seq)`;

/** A seeded pseudo-random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('noticeTasks', () => {
  it('gives the tasks, roles, deadlines and order of the grouped query, ties included', () => {
    const db = databaseAt(MIGRATIONS[MIGRATIONS.length - 1].version);
    db.exec(
      Array.from({ length: 6 }, (_, i) => `INSERT INTO units (id, name, name_key) VALUES (${i + 1}, '单位${i}', '单位${i}');`).join(''),
    );
    const clause = db.prepare(`
      INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line, text_due)
      VALUES (?, ?, NULL, 1, '一', '一、', '一', '排查', 4, ?)`);
    const mention = db.prepare(
      'INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role, resolved_unit_id) VALUES (?, ?, ?, ?, ?, ?, NULL)',
    );
    const registration = db.prepare("INSERT INTO registrations (notice_id, due_date, updated_at) VALUES (?, ?, '2025-01-01')");
    const grouped = db.prepare(GROUPED);
    const next = random(11);
    let ties = 0;
    for (let i = 0; i < 300; i++) {
      const id = seedNotice(db, { title: `关于第${i}项工作的通知`, docNumber: `晋政发〔2025〕${i + 1}号` });
      const noticeDue = i % 3 === 0 ? '2025-09-30' : null;
      registration.run(id, noticeDue);
      const textDues: (string | null)[] = [];
      const rows: ClauseUnitRow[] = [];
      const clauses = 1 + Math.floor(next() * 4);
      for (let position = 0; position < clauses; position++) {
        textDues.push(next() < 0.4 ? `2025-0${1 + position}-15` : null);
        clause.run(id, position, textDues[position]);
        for (const inherited of [0, 1] as const) {
          for (let seq = 0; seq < Math.floor(next() * 5); seq++) {
            const row: ClauseUnitRow = { position, inherited, seq, unitId: 1 + Math.floor(next() * 6), role: next() < 0.5 ? 'lead' : 'co' };
            mention.run(id, position, inherited, seq, row.unitId, row.role);
            rows.push(row);
          }
        }
      }
      const tasks = noticeTasks(rows, (position) => textDues[position] ?? noticeDue);
      expect(tasks).toEqual(grouped.all(id));
      tasks.forEach((task, k) => {
        const before = tasks[k - 1];
        if (!before || before.position !== task.position) return;
        const first = (t: typeof task, key: 'inherited' | 'seq') =>
          Math.min(...rows.filter((r) => r.position === t.position && r.unitId === t.unitId).map((r) => r[key]));
        if (first(before, 'inherited') === first(task, 'inherited') && first(before, 'seq') === first(task, 'seq')) ties++;
      });
    }
    // The draws do hold units whose first mentions tie, where only the unit id orders them.
    expect(ties).toBeGreaterThan(20);
  });
});
