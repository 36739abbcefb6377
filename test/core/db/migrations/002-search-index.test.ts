import { describe, expect, it } from 'vitest';
import { indexTokens, termQuery } from '../../../../electron/core/archive/search/searchTokens';
import { foldSegments, searchSegmentsOf } from '../../../../electron/core/archive/search/searchText';
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

  it("builds, with its own frozen tokenizer, exactly the index today's search writes and queries", () => {
    // If this fails, search's tokens changed: ship a migration that rebuilds the index, do not edit migration 2.
    const db = databaseAt(1);
    const text =
      '大宁县人民政府文件\n晋政办发〔２０２５〕１２号\nＡＢＣ－GB/T 9704—2012 “扫黑除恶”\u3000𠀾字与 (C++) 50%\n一、做好燃气安全检查。';
    const id = seedNotice(db, { title: '关于做好 ＧＢ/T 9704 燃气安全工作的通知', docNumber: '晋政办发〔2025〕12号', text });
    migrateTo(db, 2);
    const folded = foldSegments(
      searchSegmentsOf({ title: '关于做好 ＧＢ/T 9704 燃气安全工作的通知', docNumber: '晋政办发〔2025〕12号', originalText: text }),
    );
    const today = indexTokens(folded.head, folded.body);
    const fresh = databaseAt(2);
    fresh.prepare('INSERT INTO search_bigrams (rowid, head, body) VALUES (?, ?, ?)').run(id, today.head, today.body);
    fresh.prepare('INSERT INTO search_chars (rowid, chars) VALUES (?, ?)').run(id, today.chars);
    const instances = (d: typeof db, table: string) => {
      d.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_terms USING fts5vocab(main, ${table}, instance)`);
      return d.prepare(`SELECT term, doc, col, offset FROM temp.${table}_terms ORDER BY doc, col, offset, term`).all();
    };
    for (const table of ['search_bigrams', 'search_chars']) {
      expect(instances(db, table).length).toBeGreaterThan(20);
      expect(instances(db, table)).toEqual(instances(fresh, table));
    }
    for (const term of ['gb/t', '9704—2012', '(c++)', '50%', '𠀾字', '燃', '扫黑除恶', 'abc-gb']) {
      const { table, match } = termQuery(term);
      expect([term, db.prepare(`SELECT rowid FROM search_${table} WHERE search_${table} MATCH ?`).pluck().all(match)]).toEqual([
        term,
        [id],
      ]);
    }
  });

  it('adds the saved searches table, empty', () => {
    const db = databaseAt(1);
    migrateTo(db, 2);
    expect(db.prepare('SELECT count(*) FROM saved_searches').pluck().get()).toBe(0);
  });
});
