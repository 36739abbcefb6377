import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

const TABLES = ['search_bigrams', 'search_chars', 'search_heads'];

describe('migration 32: merge width', () => {
  it('merges the full-text segments eight at a time and keeps what the index finds', () => {
    const db = databaseAt(31);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    db.prepare('INSERT INTO search_heads (rowid, head) VALUES (?, ?)').run(id, '关于 于做 做好 好燃 燃气');
    const automerge = (table: string) => db.prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`).pluck().get();
    for (const table of TABLES) expect(automerge(table)).toBeUndefined();
    expect(migrateTo(db, 32).applied).toEqual([32]);
    for (const table of TABLES) expect(automerge(table)).toBe(8);
    expect(db.prepare('SELECT rowid FROM search_heads WHERE search_heads MATCH ?').pluck().all('"燃气"')).toEqual([id]);
  });
});
