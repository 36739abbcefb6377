import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../electron/core/api/createApi';
import { indexMerging } from '../../../electron/core/archive/search/indexMerging';
import { createCore, type Core } from '../../../electron/core/createCore';
import type { CoreStore } from '../../../electron/core/store/coreRepositories';
import { openSqliteStore } from '../../../electron/core/store/sqlite/sqliteStore';
import { readerBundleUrl } from '../../cliBundle';
import { fixedClock, noticeText, tempCore, value } from './archiveTestKit';

const QUERIES = ['燃气', '安全', '排查', '县', '检查 燃气', '第七'];
const TABLES = ['search_bigrams', 'search_chars', 'search_heads'];
const WORDS = ['燃气', '消防', '防汛', '排查', '检查', '安全', '道路', '学校'];

let dir: string;
/** An archive whose index is in many segments: each notice imported in a write of its own, never merged. */
let unmerged: string;
let before: unknown[];

const searchAll = async (core: Core) => {
  const api = createApi(core);
  const out: unknown[] = [];
  for (const query of QUERIES) out.push(value(await api('search.query', { query, limit: 50 })));
  return out;
};

/** Whether a merge step would still write to some full-text table of the file (on a copy). */
function hasMergeWork(path: string): boolean {
  const copy = join(dir, `probe-${Math.random()}.db`);
  copyFileSync(path, copy);
  const db = new Database(copy);
  try {
    const changes = db.prepare('SELECT total_changes()').pluck();
    return TABLES.some((table) => {
      const start = changes.get() as number;
      db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', 1000)`).run();
      return (changes.get() as number) - start >= 2;
    });
  } finally {
    db.close();
  }
}

function copyOfUnmerged(): string {
  const path = join(mkdtempSync(join(dir, 'copy-')), 'archive.db');
  copyFileSync(unmerged, path);
  return path;
}

const open = (dbPath: string) => createCore({ dbPath, clock: fixedClock, readerUrl: readerBundleUrl() });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-merge-'));
  const t = tempCore();
  for (let i = 0; i < 60; i++) {
    const word = WORDS[i % WORDS.length];
    await t.core.archive.importText({
      fileName: `${i}.txt`,
      text: noticeText({
        issuer: `${['大宁', '吉', '乡宁'][i % 3]}县人民政府`,
        docNumber: `政发〔2025〕${i + 1}号`,
        title: `关于开展第${i + 1}次${word}工作的通知`,
        clauses: [`一、${word}排查。对辖区逐户检查第${i}处。（县应急局负责）`, `二、落实安全责任。（各乡镇负责）`],
        date: `2025年${(i % 12) + 1}月${(i % 27) + 1}日`,
      }),
    });
  }
  before = await searchAll(t.core);
  t.core.close();
  unmerged = join(dir, 'unmerged.db');
  copyFileSync(t.dbPath, unmerged);
  t.dispose();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('background merge of the full-text index', () => {
  it('merges at start until nothing is left, and every search finds what it found before', async () => {
    expect(hasMergeWork(unmerged)).toBe(true);
    const dbPath = copyOfUnmerged();
    const core = open(dbPath);
    await core.indexMerged();
    expect(await searchAll(core)).toEqual(before);
    core.close();
    expect(hasMergeWork(dbPath)).toBe(false);
  });

  it('closes cleanly in the middle of the pass, and the next start finishes it', async () => {
    const dbPath = copyOfUnmerged();
    const stderr = vi.spyOn(process.stderr, 'write');
    const first = open(dbPath);
    await new Promise((resolve) => setImmediate(resolve));
    first.close();
    await first.indexMerged();
    expect(stderr).not.toHaveBeenCalled();
    stderr.mockRestore();
    const second = open(dbPath);
    await second.indexMerged();
    expect(await searchAll(second)).toEqual(before);
    second.close();
    expect(hasMergeWork(dbPath)).toBe(false);
  });

  it('lets a call queued during the pass go before the pass’s next step', async () => {
    const store = openSqliteStore(copyOfUnmerged());
    const order: string[] = [];
    let steps = 0;
    const watched: CoreStore = {
      ...store,
      write: (work) =>
        store.write(work).then((result) => {
          steps++;
          order.push('step');
          if (steps === 1) void store.write(async () => order.push('other'));
          return result;
        }),
    };
    const merging = indexMerging(watched, 1);
    merging.start();
    await merging.idle();
    store.close();
    expect(steps).toBeGreaterThan(2);
    expect(order.slice(0, 3)).toEqual(['step', 'other', 'step']);
  });
});
