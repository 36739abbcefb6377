import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

const FORMATS = ['txt', 'docx', 'pdf', 'ofd', 'doc', 'wps', 'image', 'paste'];

describe('migration 24: source formats', () => {
  it('lets notices come from OFD, .doc, .wps and scanned images, keeping every row, index, reference and the search index', () => {
    const db = databaseAt(1);
    const first = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    const binned = seedNotice(db, { title: '关于消防检查的通知', docNumber: '大政发〔2025〕4号', deletedAt: '2025-04-01T00:00:00.000Z' });
    db.prepare("INSERT INTO notice_files (notice_id, file_name, size, sha256, bytes) VALUES (?, 'a.docx', 3, 'x', x'010203')").run(first);
    db.prepare(
      "INSERT INTO clauses (notice_id, position, parent_position, level, number, marker, path, heading, line) VALUES (?, 0, NULL, 1, '一', '一、', '一', '做好燃气安全检查', 5)",
    ).run(first);
    migrateTo(db, 23);
    const before = {
      notices: db.prepare('SELECT * FROM notices ORDER BY id').all(),
      registrations: db.prepare('SELECT * FROM registrations ORDER BY notice_id').all(),
      indexes: db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notices' ORDER BY name").all(),
      references: db
        .prepare(
          "SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'notices' ORDER BY 1",
        )
        .pluck()
        .all(),
    };
    expect(before.registrations.length).toBeGreaterThan(0);
    expect(before.references).toEqual(expect.arrayContaining(['notice_texts', 'notice_files', 'clauses', 'registrations']));

    expect(migrateTo(db, 24).applied).toEqual([24]);
    expect(db.prepare('SELECT * FROM notices ORDER BY id').all()).toEqual(before.notices);
    expect(db.prepare('SELECT * FROM registrations ORDER BY notice_id').all()).toEqual(before.registrations);
    expect(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notices' ORDER BY name").all()).toEqual(
      before.indexes,
    );
    expect(
      db
        .prepare(
          "SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'notices' ORDER BY 1",
        )
        .pluck()
        .all(),
    ).toEqual(before.references);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE sql LIKE '%notices_24%' OR name = 'notices_24'").all()).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT rowid FROM search_bigrams WHERE search_bigrams MATCH ?').pluck().all('"燃气"')).toEqual([first]);

    const setFormat = db.prepare('UPDATE notices SET source_format = ? WHERE id = ?');
    for (const format of FORMATS) expect(() => setFormat.run(format, binned)).not.toThrow();
    expect(() => setFormat.run('xls', binned)).toThrow(/CHECK/);

    // The references still cascade to the rebuilt table.
    db.prepare('DELETE FROM notices WHERE id = ?').run(first);
    expect(db.prepare('SELECT count(*) FROM notice_texts WHERE notice_id = ?').pluck().get(first)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM notice_files').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM clauses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM notice_texts WHERE notice_id = ?').pluck().get(binned)).toBe(1);
  });
});
