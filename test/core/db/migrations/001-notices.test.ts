import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

describe('migration 1: notices', () => {
  it('creates the notice tables on an empty database', () => {
    const db = databaseAt(0);
    expect(migrateTo(db, 1).applied).toEqual([1]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['notices', 'notice_texts', 'notice_files', 'clauses', 'units', 'clause_units', 'citations']),
    );
  });

  it("keeps each content once and takes a notice's texts, clauses, files and citations with it when it is purged", () => {
    const db = databaseAt(1);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    expect(() => seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' })).toThrow(/UNIQUE/);
    db.prepare(
      "INSERT INTO clauses (notice_id, position, level, number, marker, path, heading, line) VALUES (?, 0, 1, '一', '一、', '一', 'h', 5)",
    ).run(id);
    db.prepare("INSERT INTO units (name, name_key) VALUES ('县应急局', '县应急局')").run();
    db.prepare("INSERT INTO clause_units (notice_id, position, inherited, seq, unit_id, role) VALUES (?, 0, 0, 0, 1, 'lead')").run(id);
    db.prepare("INSERT INTO citations (notice_id, position, doc_number, state) VALUES (?, 0, '晋政发〔2025〕1号', 'missing')").run(id);
    db.prepare("INSERT INTO notice_files (notice_id, file_name, size, sha256) VALUES (?, 'a.txt', 10, 'x')").run(id);
    db.prepare('DELETE FROM notices WHERE id = ?').run(id);
    for (const t of ['notice_texts', 'clauses', 'clause_units', 'citations', 'notice_files']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(1);
  });

  it('refuses a citation state and a role outside the known values', () => {
    const db = databaseAt(1);
    const id = seedNotice(db, { title: '关于开展检查的通知', docNumber: '大政发〔2025〕4号' });
    expect(() => db.prepare("INSERT INTO citations (notice_id, position, doc_number, state) VALUES (?, 0, 'x', 'maybe')").run(id)).toThrow(
      /CHECK/,
    );
  });

  it("finds notices by 文号, issuer + 文号, 机关代字 and year, units' clauses and citations through its indexes", () => {
    const db = databaseAt(1);
    const plans: [string, string][] = [
      ['SELECT id FROM notices WHERE doc_number = ?', 'notices_doc_number'],
      ['SELECT id FROM notices WHERE issuer_key = ? AND doc_number = ?', 'notices_issuer_doc_number'],
      ['SELECT id FROM notices WHERE agency_code = ?', 'notices_agency_code'],
      ['SELECT id FROM notices WHERE year = ?', 'notices_year'],
      ['SELECT notice_id FROM clause_units WHERE unit_id = ?', 'clause_units_unit'],
      ['SELECT notice_id FROM citations WHERE doc_number = ?', 'citations_doc_number'],
      ['SELECT notice_id FROM citations WHERE agency_code = ?', 'citations_agency_code'],
      ['SELECT notice_id FROM citations WHERE target_id = ?', 'citations_target'],
    ];
    for (const [sql, index] of plans) {
      const params = sql.split('?').length - 1;
      expect(queryPlan(db, sql, ...Array(params).fill('x')).join(' | ')).toContain(`INDEX ${index}`);
    }
  });
});
