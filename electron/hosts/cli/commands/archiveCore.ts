/** What the archive commands share: the --db option (default: the user's data folder) and opening the core. */
import { defaultDbPath } from '../../../core/db/defaultDbPath';
import { MigrationError } from '../../../core/db/migrate';
import { createCore, type Core } from '../../../core/createCore';
import { CliError, type CliIo } from '../cliIo';

export const DB_OPTION = { db: { type: 'string' } } as const;

export function openArchive(dbOption: string | undefined, io: CliIo): Core {
  const dbPath = dbOption ?? defaultDbPath();
  try {
    const core = createCore({ dbPath });
    io.log(`档案库：${dbPath}`);
    return core;
  } catch (error) {
    if (error instanceof MigrationError) throw new CliError(error.message);
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new CliError(`“${dbPath}”不是公文台的数据库文件，或已损坏。`);
    if (code === 'SQLITE_CANTOPEN') throw new CliError(`无法打开或创建数据库“${dbPath}”（请检查路径和写入权限）。`);
    throw error;
  }
}

/** A positive integer option, or a CliError naming it. */
export function intOption(value: string | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(`${name} 应为正整数，收到“${value}”。`, 2);
  return Number(value);
}
