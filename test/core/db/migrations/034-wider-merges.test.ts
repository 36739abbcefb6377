import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

const TABLES = ['search_bigrams', 'search_chars', 'search_heads'];

describe('migration 34: wider merges', () => {
  it('merges the full-text segments sixteen at a time, a level whole only at sixty-four, and keeps what the index finds', () => {
    const db = databaseAt(33);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '大政发〔2025〕3号' });
    db.prepare('INSERT INTO search_heads (rowid, head) VALUES (?, ?)').run(id, '关于 于做 做好 好燃 燃气');
    const config = (table: string, key: string) => db.prepare(`SELECT v FROM ${table}_config WHERE k = ?`).pluck().get(key);
    const settings = (table: string) => ['automerge', 'crisismerge', 'usermerge'].map((key) => config(table, key));
    for (const table of TABLES) expect(settings(table)).toEqual([8, undefined, 2]);
    expect(migrateTo(db, 34).applied).toEqual([34]);
    for (const table of TABLES) expect(settings(table)).toEqual([16, 64, 2]);
    expect(db.prepare('SELECT rowid FROM search_heads WHERE search_heads MATCH ?').pluck().all('"燃气"')).toEqual([id]);
  });
});
