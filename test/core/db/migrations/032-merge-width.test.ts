import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

const TABLES = ['search_bigrams', 'search_chars', 'search_heads'];

describe('migration 32: merge width', () => {
  it('merges the full-text segments eight at a time, the background merge down to one a level, and keeps what the index finds', () => {
    const db = databaseAt(31);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    db.prepare('INSERT INTO search_heads (rowid, head) VALUES (?, ?)').run(id, '关于 于做 做好 好燃 燃气');
    const config = (table: string, key: string) => db.prepare(`SELECT v FROM ${table}_config WHERE k = ?`).pluck().get(key);
    for (const table of TABLES) expect([config(table, 'automerge'), config(table, 'usermerge')]).toEqual([undefined, undefined]);
    expect(migrateTo(db, 32).applied).toEqual([32]);
    for (const table of TABLES) expect([config(table, 'automerge'), config(table, 'usermerge')]).toEqual([8, 2]);
    expect(db.prepare('SELECT rowid FROM search_heads WHERE search_heads MATCH ?').pluck().all('"燃气"')).toEqual([id]);
  });
});
