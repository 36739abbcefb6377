/**
 * The archive an import writes does not depend on where its files were prepared: a folder imported through the
 * reader process, in groups, holds row for row what the same files imported one by one on the main thread hold,
 * full-text index included (compared by its tokens, since its segments follow commit timing).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticNotices } from '../../../electron/tools/bench/syntheticNotices';
import { CORPUS_FILES } from '../../corpus';
import { tempCore, type TempCore } from './archiveTestKit';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-identity-'));
const cores: TempCore[] = [];
afterAll(() => {
  for (const t of cores) t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Each table's row count and a digest of its rows; the generation is random by design and left out. */
function contentOf(db: Database.Database): Record<string, string> {
  const content: Record<string, string> = {};
  const digest = (name: string, rows: Iterable<unknown[]>) => {
    const hash = createHash('sha256');
    let count = 0;
    for (const row of rows) {
      count++;
      for (const cell of row) hash.update(Buffer.isBuffer(cell) ? Buffer.concat([Buffer.of(0), cell]) : `${JSON.stringify(cell)}\u0001`);
    }
    content[name] = `${count} ${hash.digest('hex')}`;
  };
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const fullText = tables.filter((t) => /VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  for (const { name, sql } of tables) {
    if (/VIRTUAL TABLE/i.test(sql) || fullText.some((f) => name.startsWith(`${f}_`)) || name === 'archive_state') continue;
    const columns = db.prepare(`SELECT * FROM "${name}" LIMIT 0`).columns();
    digest(
      name,
      db
        .prepare(`SELECT * FROM "${name}" ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`)
        .raw()
        .iterate() as Iterable<unknown[]>,
    );
  }
  for (const name of fullText) {
    db.exec(`CREATE VIRTUAL TABLE temp."tokens_${name}" USING fts5vocab(main, "${name}", instance)`);
    digest(`${name} tokens`, db.prepare(`SELECT term, doc, col, offset FROM temp."tokens_${name}"`).raw().iterate() as Iterable<unknown[]>);
  }
  return content;
}

describe('the archive an import writes', () => {
  it('is the same whether the files were prepared in the reader process or on the main thread', async () => {
    const corpus = CORPUS_FILES.map((path) => readFileSync(path, 'utf8'));
    for (const notice of syntheticNotices(corpus, 40, 11)) writeFileSync(join(dir, notice.name), notice.text);
    // A file the reader cannot read fails the same way on both paths.
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'empty.txt'), '');

    const read = tempCore();
    cores.push(read);
    const batch = await read.core.archive.importPaths([dir]);
    expect(batch.imported + batch.possibleDuplicates).toBe(40);

    const alone = tempCore();
    cores.push(alone);
    // In the order the batch took them, so that every notice has the same id.
    for (const { fileName: path } of batch.outcomes.filter((o) => o.status !== 'failed')) {
      const bytes = readFileSync(path);
      await alone.core.archive.importSource({ fileName: path, format: 'txt', text: bytes.toString('utf8'), bytes });
    }

    const expected = contentOf(alone.sql());
    expect(Number(expected.notices.split(' ')[0])).toBe(40);
    expect(Number(expected['search_bigrams tokens'].split(' ')[0])).toBeGreaterThan(40_000);
    expect(contentOf(read.sql())).toEqual(expected);
  }, 60_000);
});
