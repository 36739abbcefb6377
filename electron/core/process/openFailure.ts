/**
 * Why the archive could not be opened, as the Chinese sentence a clerk is shown: our own refusals are
 * already sentences; SQLite's English codes are translated, and no path or stack is shown.
 */
import { MigrationError } from '../db/migrate';

export function openFailure(error: unknown): string {
  if (error instanceof MigrationError) return error.message;
  const code = (error as { code?: string } | undefined)?.code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return '档案数据库文件已损坏，或不是公文台的档案。可以用备份文件替换它，或联系管理员。';
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM')
    return '无法打开档案数据库文件，请检查它所在的文件夹是否存在、是否有读写权限。';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return '档案数据库正被其他程序独占使用（例如正在恢复备份），请稍后再启动。';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return '磁盘空间已满，无法打开档案数据库。请清理磁盘后重试。';
  return '档案数据库无法打开。可以用备份文件替换它，或联系管理员。';
}
