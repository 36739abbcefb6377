/**
 * What a failure that reaches the clerk says: our own errors carry Chinese sentences already; SQLite's
 * (busy, full disk, read-only, damaged file, I/O) are given one here, never their English text or a path.
 * Anything else is a programming error, for the log: null.
 */
import { ArchiveReplacedError, RestoreInProgressError } from '../backup/archiveState';
import { StorageFailure } from '../store/store';
import { MigrationError } from './migrate';

const NOTHING_WRITTEN = '这次操作没有写入任何内容。';

function sqliteMessage(code: string): string | null {
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return '档案正被其他程序占用（例如正在导入或恢复备份），请稍后再试。';
  if (/^SQLITE_FULL/.test(code)) return '磁盘空间已满，档案无法写入。请清理磁盘后重试。';
  if (/^SQLITE_READONLY/.test(code)) return '档案文件是只读的，或所在文件夹没有写入权限，无法写入。';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return '档案文件已损坏，请从备份恢复，或联系管理员。';
  if (/^SQLITE_CANTOPEN/.test(code)) return '无法打开档案文件，请检查它是否存在、是否有读写权限。';
  if (/^SQLITE_IOERR/.test(code)) return '读写档案文件时出错（可能是磁盘故障、空间不足或文件被移走），请重试。';
  return null;
}

const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? '');

export function userFacingMessage(error: unknown): string | null {
  if (error instanceof StorageFailure) {
    const specific = sqliteMessage(codeOf(error.cause));
    return specific ? `${specific}${NOTHING_WRITTEN}` : error.message;
  }
  if (error instanceof ArchiveReplacedError || error instanceof RestoreInProgressError || error instanceof MigrationError)
    return error.message;
  return sqliteMessage(codeOf(error));
}
