/**
 * A second process on the same archive, for the backup tests: `backup` and `restore` run the backup service
 * as the app would; `write` writes as the store does (beginWrite) and checks the generation as an import
 * does — it notes the archive generation, then writes one notice per transaction (holding each open a
 * while, as a real import's group does) and reports at the end only the notices still in the archive: if a
 * restore replaced the archive meanwhile, none of them. `import` runs the core's real import over a folder
 * and, after its first group has committed, pauses until a file named `go` appears beside the archive.
 * Lines on stdout: `started`, `kept <文号>` per commit, then one JSON line with the outcome.
 */
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { ArchiveReplacedError, beginWrite, readGeneration } from '../../../electron/core/backup/archiveState';
import { backupService } from '../../../electron/core/backup/backupService';
import { createCore } from '../../../electron/core/createCore';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { seedNotice } from '../db/migrationKit';

const [command, dbPath, ...args] = process.argv.slice(2);
const db = openDatabase(dbPath);
const service = backupService({ db, clock: () => new Date() }, { dbPath, backupDir: join(dirname(dbPath), 'backups') });
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

async function main(): Promise<void> {
  process.stdout.write('started\n');
  if (command === 'backup') {
    const made = await service.autoBackup();
    process.stdout.write(`${JSON.stringify(made)}\n`);
  } else if (command === 'restore') {
    const restored = await service.restoreFrom(args[0]);
    process.stdout.write(`${JSON.stringify(restored)}\n`);
  } else if (command === 'import') {
    const core = createCore({ dbPath });
    let paused = false;
    try {
      const summary = await core.archive.importPaths([args[0]], ({ outcome }) => {
        // Once a group has committed (a stored file's report; the reports of files being read come first).
        if (paused || !outcome) return;
        paused = true;
        process.stdout.write('paused\n');
        while (!existsSync(join(dirname(dbPath), 'go'))) sleep(20);
      });
      process.stdout.write(`${JSON.stringify({ imported: summary.imported })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
    } finally {
      core.close();
    }
  } else if (command === 'write') {
    const [count, holdMs, gapMs] = args.map(Number);
    const generation = readGeneration(db);
    const written: string[] = [];
    let replaced = false;
    for (let n = 1; n <= count && !replaced; n++) {
      const docNumber = `并政发〔2025〕${n}号`;
      await beginWrite(db);
      try {
        if (readGeneration(db) !== generation) throw new ArchiveReplacedError();
        seedNotice(db, { title: `关于做好第${n}批燃气安全检查的通知`, docNumber });
        sleep(holdMs);
        db.exec('COMMIT');
        written.push(docNumber);
        process.stdout.write(`kept ${docNumber}\n`);
        // Between groups an import prepares the next files, holding no lock.
        sleep(gapMs);
      } catch (error) {
        db.exec('ROLLBACK');
        if (!(error instanceof ArchiveReplacedError)) throw error;
        replaced = true;
        process.stdout.write(`${JSON.stringify({ replaced: error.message })}\n`);
      }
    }
    // Everything written under the generation it started with is gone once the generation changed.
    process.stdout.write(`${JSON.stringify({ kept: replaced ? [] : written })}\n`);
  }
  db.close();
}

void main();
