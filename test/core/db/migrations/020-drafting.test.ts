import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

describe('migration 20: drafting', () => {
  it('adds the drafting tables over an archive at version 5, leaving its notices as they were', () => {
    const db = databaseAt(5);
    seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
    const before = db.prepare('SELECT * FROM notices').all();
    expect(migrateTo(db, 20).applied).toEqual([20]);
    expect(db.prepare('SELECT * FROM notices').all()).toEqual(before);
    for (const t of ['organization', 'unit_mappings', 'localization_rules', 'templates', 'drafts', 'issued_numbers']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    }
  });

  it('never hands out one 文号 twice and lets a draft hold at most one live number', () => {
    const db = databaseAt(20);
    db.prepare(
      "INSERT INTO drafts (id, title, draft, created_at, updated_at) VALUES (1, '关于做好燃气安全工作的通知', '{}', 'now', 'now')",
    ).run();
    const reserve = db.prepare(
      "INSERT INTO issued_numbers (agency_code, year, serial, doc_number, state, draft_id, at) VALUES ('大政发', 2025, ?, ?, ?, ?, 'now')",
    );
    reserve.run(1, '大政发〔2025〕1号', 'reserved', 1);
    expect(() => reserve.run(1, '大政发〔2025〕1号 ', 'reserved', null)).toThrow(/UNIQUE/);
    expect(() => reserve.run(2, '大政发〔2025〕2号', 'reserved', 1)).toThrow(/UNIQUE/);
    db.prepare("UPDATE issued_numbers SET state = 'void' WHERE serial = 1").run();
    expect(() => reserve.run(2, '大政发〔2025〕2号', 'reserved', 1)).not.toThrow();
  });

  it("lists drafts by status, newest first, and finds a draft's live number through its indexes", () => {
    const db = databaseAt(20);
    const drafts = queryPlan(db, 'SELECT id FROM drafts WHERE status = ? ORDER BY updated_at DESC', 'draft').join(' | ');
    expect(drafts).toContain('INDEX drafts_status');
    expect(drafts).not.toContain('TEMP B-TREE');
    expect(queryPlan(db, "SELECT id FROM issued_numbers WHERE draft_id = ? AND state <> 'void'", 1).join(' | ')).toContain(
      'INDEX issued_numbers_live_draft',
    );
  });
});
