import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

describe('migration 5: audit log', () => {
  it("starts every archived notice's history with its import", () => {
    const db = databaseAt(4);
    const id = seedNotice(db, {
      title: '关于做好燃气安全工作的通知',
      docNumber: '大政发〔2025〕3号',
      importedAt: '2025-03-01T02:00:00.000Z',
    });
    migrateTo(db, 5);
    const entries = db.prepare('SELECT at, notice_id AS noticeId, action, after FROM audit_log').all() as { after: string }[];
    expect(entries).toEqual([{ at: '2025-03-01T02:00:00.000Z', noticeId: id, action: 'import', after: expect.any(String) }]);
    expect(JSON.parse(entries[0].after)).toEqual({
      docNumber: '大政发〔2025〕3号',
      title: '关于做好燃气安全工作的通知',
      source: 'seed.txt',
    });
  });

  it("keeps a purged notice's history (no foreign key to notices)", () => {
    const db = databaseAt(4);
    const id = seedNotice(db, { title: '甲', docNumber: '大政发〔2025〕1号' });
    migrateTo(db, 5);
    db.prepare('DELETE FROM notices WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE notice_id = ?').pluck().get(id)).toBe(1);
  });

  it("reads a notice's history in order through its index, without sorting", () => {
    const db = databaseAt(5);
    const plan = queryPlan(db, 'SELECT * FROM audit_log WHERE notice_id = ? ORDER BY id', 1).join(' | ');
    expect(plan).toContain('INDEX audit_log_notice');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
