import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

const register = (after: string) => `
  SELECT n.id FROM registrations r CROSS JOIN notices n ON n.id = r.notice_id LEFT JOIN filings f ON f.notice_id = n.id
  WHERE r.received_date IS NOT NULL AND n.deleted_at IS NULL ${after}
  ORDER BY r.received_date DESC, r.notice_id DESC LIMIT 100`;

describe('migration 25: scale', () => {
  it('reads the register in 收文 order and counts live notices from indexes, with no sort of every notice', () => {
    const db = databaseAt(24);
    seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    expect(migrateTo(db, 25).applied).toEqual([25]);
    const first = queryPlan(db, register(''));
    expect(first[0]).toMatch(/^SEARCH r USING (COVERING )?INDEX registrations_received \(received_date>\?\)$/);
    expect(first.join('\n')).not.toMatch(/TEMP B-TREE/);
    const page = queryPlan(db, register('AND (r.received_date, r.notice_id) < (?, ?)'), '2025-03-01', 7);
    expect(page[0]).toMatch(/^SEARCH r USING (COVERING )?INDEX registrations_received \(received_date>\? AND received_date<\?\)$/);
    expect(page.join('\n')).not.toMatch(/TEMP B-TREE/);
    expect(queryPlan(db, 'SELECT count(*) FROM notices WHERE deleted_at IS NULL')).toEqual([
      'SEARCH notices USING COVERING INDEX notices_deleted (deleted_at=?)',
    ]);
  });

  it('indexes the titles and 文号 of live notices alone, and enlarges the full-text write buffers', () => {
    const db = databaseAt(24);
    const live = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    seedNotice(db, { title: '关于燃气检查的通知', docNumber: '大政发〔2025〕4号', deletedAt: '2025-04-01T00:00:00.000Z' });
    const inText = seedNotice(db, { title: '关于消防检查的通知', docNumber: '大政发〔2025〕5号', text: '各乡镇：做好燃气安全。' });
    migrateTo(db, 25);
    const heads = db.prepare('SELECT rowid FROM search_heads WHERE search_heads MATCH ? ORDER BY rowid').pluck();
    expect(heads.all('"燃气"')).toEqual([live]);
    expect(heads.all('"大政 政发"')).toEqual([live, inText]);
    // The same phrase syntax as search_bigrams: a 文号 written with full-width digits folds like the query.
    expect(heads.all('"2025 025\ue0003a"')).toEqual([]);
    expect(heads.all('"3号"')).toEqual([live]);
    for (const table of ['search_bigrams', 'search_chars', 'search_heads']) {
      expect(db.prepare(`SELECT v FROM ${table}_config WHERE k = 'hashsize'`).pluck().get()).toBe(16 * 1024 * 1024);
    }
  });
});
