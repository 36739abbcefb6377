import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

describe('migration 2: search index', () => {
  it('indexes the notices already archived, leaving out those in the recycle bin', () => {
    const db = databaseAt(1);
    const live = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    seedNotice(db, { title: '关于消防检查的通知', docNumber: '大政发〔2025〕4号', deletedAt: '2025-04-01T00:00:00.000Z' });
    expect(migrateTo(db, 2).applied).toEqual([2]);
    const bigram = db.prepare('SELECT rowid FROM search_bigrams WHERE search_bigrams MATCH ?').pluck();
    expect(bigram.all('"燃气"')).toEqual([live]);
    expect(bigram.all('"消防"')).toEqual([]);
    expect(db.prepare('SELECT rowid FROM search_chars WHERE search_chars MATCH ?').pluck().all('"燃"')).toEqual([live]);
  });

  it('adds the saved searches table, empty', () => {
    const db = databaseAt(1);
    migrateTo(db, 2);
    expect(db.prepare('SELECT count(*) FROM saved_searches').pluck().get()).toBe(0);
  });
});
