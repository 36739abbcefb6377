/**
 * What the archive commands share: the --db option (default: the user's data folder) and the in-process
 * client they call the core through — the contract's methods plus the local ones, validated by the same
 * dispatcher as in every host. A failed call becomes the CliError of its Chinese sentence.
 */
import { basename } from 'node:path';
import type { CoreContract } from '../../../../shared/api/contract';
import type { ImportProgress, LocalContract } from '../../../../shared/api/localContract';
import type { ArgsIn, ResultOf } from '../../../../shared/api/method';
import { createLocalApi } from '../../../core/api/localApi';
import { createCore } from '../../../core/createCore';
import { defaultDbPath } from '../../../core/db/defaultDbPath';
import { MigrationError } from '../../../core/db/migrate';
import { CliError, type CliIo } from '../cliIo';

export const DB_OPTION = { db: { type: 'string' } } as const;

type CliContract = CoreContract & LocalContract;
export type CliMethod = keyof CliContract;

export interface ArchiveClient {
  /** The method's result; a failure throws its sentence as a CliError (exit code 1). */
  call<M extends CliMethod>(method: M, args: ArgsIn<CliContract[M]>): Promise<ResultOf<CliContract[M]>>;
  close(): void;
}

export interface OpenOptions {
  onImportProgress?: (progress: ImportProgress) => void;
}

export function openArchive(dbOption: string | undefined, io: CliIo, options: OpenOptions = {}): ArchiveClient {
  const dbPath = dbOption ?? defaultDbPath();
  let core: ReturnType<typeof createCore>;
  try {
    core = createCore({ dbPath });
  } catch (error) {
    if (error instanceof MigrationError) throw new CliError(error.message);
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new CliError(`“${basename(dbPath)}”不是公文台的数据库文件，或已损坏。`);
    if (code === 'SQLITE_CANTOPEN') throw new CliError(`无法打开或创建数据库“${basename(dbPath)}”（请检查路径和写入权限）。`);
    throw error;
  }
  io.log(`档案库：${dbPath}`);
  const dispatch = createLocalApi(core, { onImportProgress: options.onImportProgress, log: io.log });
  return {
    async call(method, args) {
      const result = await dispatch(method, args);
      if (!result.ok) throw new CliError(result.error);
      return result.value as never;
    },
    close: () => core.close(),
  };
}

/** A positive integer option, or a CliError naming it. */
export function intOption(value: string | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(`${name} 应为正整数，收到“${value}”。`, 2);
  return Number(value);
}
