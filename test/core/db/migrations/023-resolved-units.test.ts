import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

describe('migration 23: resolved units', () => {
  it('adds resolved_units and leaves the units of archived clauses unresolved, with nothing lost', () => {
    const db = databaseAt(22);
    const id = seedNotice(db, { title: '关于做好安全生产工作的通知', docNumber: '并政发〔2025〕1号', issuer: '太原市人民政府' });
    db.prepare(
      "INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line) VALUES (?, 0, NULL, 1, '一', '一、', '一', '压实责任', 5)",
    ).run(id);
    db.prepare("INSERT INTO units (id, name, name_key) VALUES (1, '市应急局', '市应急局')").run();
    db.prepare("INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role) VALUES (?, 0, 0, 0, 1, 'lead')").run(id);

    expect(migrateTo(db, 23).applied).toEqual([23]);
    expect(db.prepare('SELECT unit_id, role, resolved_unit_id FROM clause_units').all()).toEqual([
      { unit_id: 1, role: 'lead', resolved_unit_id: null },
    ]);
    const resolved = db
      .prepare(
        "INSERT INTO resolved_units (key, name, kind, jurisdiction_code, jurisdiction_name, office) VALUES ('140100000000|应急管理局', '太原市应急管理局', 'unit', '140100000000', '太原市', '应急管理局')",
      )
      .run().lastInsertRowid;
    db.prepare('UPDATE clause_units SET resolved_unit_id = ?').run(resolved);
    expect(db.prepare('SELECT r.name FROM clause_units cu JOIN resolved_units r ON r.id = cu.resolved_unit_id').pluck().all()).toEqual([
      '太原市应急管理局',
    ]);
    expect(() => db.prepare("INSERT INTO resolved_units (key, name, kind, office) VALUES ('x', 'x', 'person', 'x')").run()).toThrow(
      /CHECK/,
    );
    expect(() =>
      db.prepare("INSERT INTO resolved_units (key, name, kind, office) VALUES ('140100000000|应急管理局', 'y', 'unit', 'y')").run(),
    ).toThrow(/UNIQUE/);
  });
});
