/**
 * The archive as the office's system of record: an import killed with SIGKILL halfway through leaves a
 * sound database with every committed notice complete, and readers keep working while a writer imports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { syntheticNotices } from '../../../electron/tools/bench/syntheticNotices';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { cliCommand, readerBundleUrl } from '../../cliBundle';
import { CORPUS_DIR, CORPUS_NAMES, corpusText } from '../../corpus';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-reliability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeBatch(folder: string, count: number, seed: number): void {
  mkdirSync(folder, { recursive: true });
  for (const notice of syntheticNotices(CORPUS_NAMES.map(corpusText), count, seed)) writeFileSync(join(folder, notice.name), notice.text);
}

/** `npm run cli -- import …` (the command line built once for the run) in its own process group, so a kill reaches all of it. */
function importProcess(folder: string, db: string): ChildProcess {
  const [command, args] = cliCommand('import', folder, '--db', db);
  return spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** SQLite's own check of the file, through a connection of the test's own. */
function integrity(db: string): unknown {
  const connection = new Database(db, { readonly: true });
  try {
    return connection.pragma('integrity_check', { simple: true });
  } finally {
    connection.close();
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => child.on('exit', (code) => done(code)));
}

describe('reliability', () => {
  it('survives kill -9 halfway through a batch of 500 files: every committed notice is complete and a re-run finishes the rest', async () => {
    const folder = join(dir, 'batch');
    const db = join(dir, 'killed.db');
    writeBatch(folder, 500, 11);
    const child = importProcess(folder, db);
    let imported = 0;
    child.stderr!.on('data', (chunk: Buffer) => {
      imported += (chunk.toString().match(/已导入/g) ?? []).length;
      if (imported >= 120 && child.exitCode === null && !child.killed) process.kill(-child.pid!, 'SIGKILL');
    });
    const code = await exited(child);
    expect(code).toBeNull();
    expect(imported).toBeGreaterThanOrEqual(120);

    const core = createCore({ dbPath: db, readerUrl: readerBundleUrl() });
    try {
      expect(integrity(db)).toBe('ok');
      const rows = (await core.archive.listNotices()).rows;
      expect(rows.length).toBeGreaterThanOrEqual(120);
      expect(rows.length).toBeLessThan(500);
      for (const row of rows) {
        const detail = await core.archive.getNotice(row.id);
        expect(detail.ok).toBe(true);
        if (!detail.ok) continue;
        const expected = parseNotice(detail.value.originalText);
        expect(detail.value.notice.clauses.map((c) => c.text)).toEqual(expected.clauses.map((c) => c.text));
        expect(detail.value.registration.registrationNumber).not.toBeNull();
        expect((await core.archive.find(row.docNumber!)).map((r) => r.id)).toContain(row.id);
        const found = await core.search.query({ query: row.docNumber!, limit: 500 });
        expect(found.ok && found.value.hits.some((h) => h.noticeId === row.id)).toBe(true);
      }
      const rerun = await core.archive.importPaths([folder]);
      expect(rerun.failed).toBe(0);
      expect(rerun.alreadyPresent).toBe(rows.length);
      expect(rerun.imported + rerun.possibleDuplicates).toBe(500 - rows.length);
      expect((await core.archive.listNotices()).rows).toHaveLength(500);
      expect(integrity(db)).toBe('ok');
    } finally {
      core.close();
    }
  }, 180_000);

  it('keeps readers answering, consistently, while another process imports', async () => {
    const folder = join(dir, 'writer');
    const db = join(dir, 'shared.db');
    writeBatch(folder, 150, 23);
    const reader = createCore({ dbPath: db });
    try {
      await reader.archive.importText({ text: readFileSync(join(CORPUS_DIR, 'taiyuan-city-2025.txt'), 'utf8') });
      const child = importProcess(folder, db);
      const done = exited(child);
      let finished = false;
      void done.then(() => (finished = true));
      let previous = 0;
      let rounds = 0;
      while (!finished) {
        const rows = (await reader.archive.listNotices()).rows;
        expect(rows.length).toBeGreaterThanOrEqual(previous);
        previous = rows.length;
        const search = await reader.search.query({ query: '安全生产', limit: 5 });
        expect(search.ok).toBe(true);
        if (search.ok) expect(search.value.total).toBeGreaterThanOrEqual(1);
        const newest = await reader.archive.getNotice(rows[0].id);
        expect(newest.ok && newest.value.notice.clauses.length > 0).toBe(true);
        rounds++;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(await done).toBe(0);
      expect(rounds).toBeGreaterThan(3);
      expect((await reader.archive.listNotices()).rows.length).toBeGreaterThan(140);
    } finally {
      reader.close();
    }
  }, 180_000);
});
