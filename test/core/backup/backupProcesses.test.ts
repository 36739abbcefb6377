import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childCommand } from '../../cliBundle';
import { beginWrite, clearRestoring, markRestoring, readGeneration } from '../../../electron/core/backup/archiveState';
import { GROUP_FILES } from '../../../electron/core/archive/services/importService';
import { seedNotice } from '../db/migrationKit';
import { docNumbers, tempArchive, value, type TempArchive } from './backupKit';

const ROOT = resolve(import.meta.dirname, '../../..');
const CHILD = join(import.meta.dirname, 'archiveChild.ts');

let t: TempArchive;
let child: ChildProcess | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
  t?.dispose();
});

interface Run {
  lines: string[];
  exited: Promise<number | null>;
  /** Resolves when a line matching `pattern` has been printed. */
  line(pattern: RegExp): Promise<string>;
}

function run(...args: string[]): Run {
  const [node, argv] = childCommand(CHILD, ...args);
  child = spawn(node, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of waiting.filter((x) => x.pattern.test(line))) w.resolve(line);
    }
  });
  const started = child;
  const exited = new Promise<number | null>((done) => started.on('exit', (code) => done(code)));
  return {
    lines,
    exited,
    line: (pattern) => {
      const seen = lines.find((l) => pattern.test(l));
      return seen !== undefined ? Promise.resolve(seen) : new Promise((done) => waiting.push({ pattern, resolve: done }));
    },
  };
}

/** An archive of some 30 MB (a large received file), so that a backup or restore takes long enough to be killed. */
function bigArchive(): TempArchive {
  const archive = tempArchive();
  for (let n = 1; n <= 3; n++) {
    const id = seedNotice(archive.db, { title: `关于做好第${n}批燃气安全检查的通知`, docNumber: `晋政发〔2025〕${n}号` });
    archive.db
      .prepare("INSERT INTO notice_files (notice_id, file_name, size, sha256, bytes) VALUES (?, 'scan.pdf', ?, 'x', randomblob(?))")
      .run(id, 10e6, 10e6);
  }
  return archive;
}

/** Polls until `find` returns something, then kills the child at once. */
async function killWhen(run: Run, find: () => string | undefined): Promise<string> {
  for (;;) {
    const found = find();
    if (found) {
      child!.kill('SIGKILL');
      await run.exited;
      return found;
    }
    if (child!.exitCode !== null) throw new Error(`the child finished before it could be killed: ${run.lines.join(' / ')}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

const partials = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.includes('.partial-')) : []);

describe('backups and restores across processes', () => {
  it('a backup killed half-way leaves a partial file that the next start removes', async () => {
    t = bigArchive();
    const backup = run('backup', t.dbPath);
    const orphan = await killWhen(backup, () => partials(t.backupDir)[0]);
    expect(orphan).toMatch(/^archive-\d{8}-\d{6}\.db\.partial-\d+$/);
    expect(readdirSync(t.backupDir).filter((name) => name.endsWith('.db'))).toEqual([]);

    expect(await t.backup.cleanOrphans()).toContain(orphan);
    expect(partials(t.backupDir)).toEqual([]);
    expect(value(await t.backup.autoBackup()).kind).toBe('automatic');
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);

  it('a restore killed half-way leaves the archive whole (before or after, never between) and no orphan after the next start', async () => {
    t = bigArchive();
    const good = join(t.dir, 'good.db');
    value(await t.backup.backupTo(good));
    t.db.prepare("DELETE FROM notices WHERE doc_number = '晋政发〔2025〕1号'").run();
    const after = docNumbers(t.db);
    const restore = run('restore', t.dbPath, good);
    await killWhen(restore, () => partials(t.backupDir).find((name) => name.startsWith('restore-candidate-')));

    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect([after, [...after, '晋政发〔2025〕1号'].sort()]).toContainEqual(docNumbers(t.db));
    await t.backup.cleanOrphans();
    expect(partials(t.backupDir)).toEqual([]);
    expect(partials(join(t.backupDir, 'pre-restore'))).toEqual([]);
  }, 60_000);

  it('a partial file of a process still running is left alone', async () => {
    t = tempArchive();
    const writer = run('write', t.dbPath, '1', '3000', '0');
    await writer.line(/^started$/);
    mkdirSync(t.backupDir, { recursive: true });
    writeFileSync(join(t.backupDir, `archive-20250506-093000.db.partial-${child!.pid}`), 'half');
    expect(await t.backup.cleanOrphans()).toEqual([]);
    expect(partials(t.backupDir)).toHaveLength(1);
    child!.kill('SIGKILL');
    await writer.exited;
    expect(await t.backup.cleanOrphans()).toHaveLength(1);
  }, 60_000);

  it("a restore waits for another process's write, replaces the archive under its open connection, and that process then stops and reports none of what it wrote", async () => {
    t = tempArchive();
    seedNotice(t.db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕9号' });
    const backupFile = join(t.dir, 'before-import.db');
    value(await t.backup.backupTo(backupFile));
    const generation = readGeneration(t.db);

    // Each of the other process's writes holds its transaction for 200 ms, as an import's group does, and
    // prepares the next for 150 ms.
    const importer = run('write', t.dbPath, '40', '200', '150');
    await importer.line(/^kept 并政发〔2025〕3号$/);
    value(await t.backup.restoreFrom(backupFile));
    expect(await importer.exited).toBe(0);

    const outcome = JSON.parse(importer.lines.at(-1)!) as { kept: string[] };
    const replaced = importer.lines.find((line) => line.startsWith('{"replaced"'));
    expect(replaced).toContain('档案在操作进行中已从备份恢复');
    // What the archive holds now is the backup, and the other process reports nothing it wrote.
    expect(docNumbers(t.db)).toEqual(['晋政发〔2025〕9号']);
    expect(outcome.kept).toEqual([]);
    expect(importer.lines.filter((line) => line.startsWith('kept ')).length).toBeLessThan(40);
    expect(readGeneration(t.db)).not.toBe(generation);
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);

  it("another process's writes wait while a restore holds the archive, and go on when it ends", async () => {
    t = tempArchive();
    expect(await markRestoring(t.db)).toBe(true);
    const writer = run('write', t.dbPath, '1', '0', '0');
    await writer.line(/^started$/);
    await new Promise((r) => setTimeout(r, 600));
    expect(writer.lines.filter((line) => line.startsWith('kept '))).toEqual([]);
    await clearRestoring(t.db);
    expect(await writer.line(/^kept /)).toBe('kept 并政发〔2025〕1号');
    expect(await writer.exited).toBe(0);
  }, 60_000);

  it('ignores and clears the mark of a restore whose process died', async () => {
    t = tempArchive();
    const dead = run('write', t.dbPath, '0', '0', '0');
    await dead.exited;
    t.db.prepare('UPDATE archive_state SET restoring_pid = ?').run(child!.pid);
    await beginWrite(t.db);
    t.db.exec('COMMIT');
    expect(t.db.prepare('SELECT restoring_pid FROM archive_state').pluck().get()).toBeNull();
  }, 60_000);

  it('an import in another process that a restore overtakes stops in Chinese and reports none of its notices', async () => {
    t = tempArchive();
    seedNotice(t.db, { title: '关于开展消防检查的通知', docNumber: '晋政发〔2025〕9号' });
    const backupFile = join(t.dir, 'before-import.db');
    value(await t.backup.backupTo(backupFile));
    const folder = join(t.dir, '收文');
    mkdirSync(folder);
    // More files than one group holds, so the import commits at least twice.
    for (let n = 1; n <= GROUP_FILES + 16; n++) {
      const text = `阳泉市人民政府办公室\n阳政办发〔2025〕${n}号\n关于做好第${n}批安全生产检查工作的通知\n各县（区）人民政府：\n一、县应急局牵头开展第${n}批检查。\n阳泉市人民政府办公室\n2025年3月${(n % 28) + 1}日\n`;
      writeFileSync(join(folder, `通知${n}.txt`), text);
    }
    const importer = run('import', t.dbPath, folder);
    await importer.line(/^paused$/);
    expect(docNumbers(t.db).length).toBeGreaterThan(1);
    value(await t.backup.restoreFrom(backupFile));
    writeFileSync(join(t.dir, 'go'), '');
    expect(await importer.exited).toBe(0);
    const outcome = JSON.parse(importer.lines.at(-1)!) as { error?: string; imported?: number };
    expect(outcome).toEqual({ error: '档案在操作进行中已从备份恢复，本次操作此前写入的内容不在恢复后的档案中，请重新操作。' });
    expect(docNumbers(t.db)).toEqual(['晋政发〔2025〕9号']);
  }, 120_000);
});
