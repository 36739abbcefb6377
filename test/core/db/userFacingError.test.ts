import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveReplacedError } from '../../../electron/core/backup/archiveState';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/openDatabase';
import { userFacingMessage } from '../../../electron/core/db/userFacingError';
import { StorageFailure } from '../../../electron/core/store/store';
import { seedNotice } from './migrationKit';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-errors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The error `work` throws. */
function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

function archive(name = 'gongwen.db') {
  const path = join(dir, name);
  const db = openDatabase(path);
  migrate(db, MIGRATIONS);
  return { path, db };
}

const noEnglishNoPath = (message: string | null) => {
  expect(message).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*。$/);
  expect(message).not.toContain(dir);
};

describe('SQLite errors that reach the clerk', () => {
  it('says the archive is busy when another connection holds the write lock', () => {
    const { path, db } = archive();
    const other = new Database(path);
    other.pragma('busy_timeout = 0');
    db.exec('BEGIN IMMEDIATE');
    const message = userFacingMessage(thrown(() => other.exec('BEGIN IMMEDIATE')));
    expect(message).toMatch(/^档案正被其他程序占用/);
    noEnglishNoPath(message);
    db.exec('ROLLBACK');
    other.close();
    db.close();
  });

  it('says the disk is full', () => {
    const { db } = archive();
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const error = thrown(() =>
      seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号', text: '燃气'.repeat(50_000) }),
    );
    expect(userFacingMessage(error)).toBe('磁盘空间已满，档案无法写入。请清理磁盘后重试。');
    expect(userFacingMessage(new StorageFailure({ cause: error }))).toBe(
      '磁盘空间已满，档案无法写入。请清理磁盘后重试。这次操作没有写入任何内容。',
    );
    db.close();
  });

  it('says the archive cannot be written when it is read-only', () => {
    const { path, db } = archive();
    const reader = new Database(path, { readonly: true });
    const message = userFacingMessage(thrown(() => reader.exec('DELETE FROM notices')));
    expect(message).toMatch(/^档案文件是只读的/);
    noEnglishNoPath(message);
    reader.close();
    db.close();
  });

  it('says the archive is damaged and points to the backups', () => {
    const { path, db } = archive();
    for (let n = 1; n <= 40; n++)
      seedNotice(db, { title: `关于做好第${n}批燃气安全检查的通知`, docNumber: `晋政发〔2025〕${n}号`, text: '检查'.repeat(2000) });
    db.close();
    const bytes = readFileSync(path);
    for (let i = 4096 * 2; i < bytes.length; i += 4096) bytes.fill(0x5a, i, i + 4096);
    writeFileSync(path, bytes);
    const damaged = new Database(path);
    const message = userFacingMessage(
      thrown(() => damaged.prepare('SELECT count(*) FROM notice_texts WHERE original_text LIKE ?').get('%检查%')),
    );
    expect(message).toBe('档案文件已损坏，请从备份恢复，或联系管理员。');
    damaged.close();
  });

  it('passes our own Chinese errors through and leaves programming errors to the log', () => {
    expect(userFacingMessage(new ArchiveReplacedError())).toMatch(/^档案在操作进行中已从备份恢复/);
    expect(userFacingMessage(new StorageFailure({ cause: new Error('x') }))).toMatch(/^档案库当前无法写入/);
    expect(userFacingMessage(new TypeError('Cannot read properties of undefined'))).toBeNull();
    expect(userFacingMessage(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeNull();
  });
});
