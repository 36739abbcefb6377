/**
 * `restore [--db FILE] --from FILE`: replace the archive with a backup, after checking the backup's
 * integrity and saving the current archive to the backup folder.
 */
import { parseArgs } from 'node:util';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';

export const restoreCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({ args, options: { ...DB_OPTION, from: { type: 'string' } } });
  if (!values.from) throw new CliError('请用 --from 指定备份文件，例如：npm run cli -- restore --db 档案.db --from 备份.db', 2);
  const archive = openArchive(values.db, io);
  try {
    io.log('正在检查备份文件 …');
    const restored = await archive.call('backup.restoreFrom', { path: values.from });
    io.out(`已从 ${restored.restoredFrom} 恢复。恢复前的档案库已另存为 ${restored.safetyBackup}。`);
    return 0;
  } finally {
    archive.close();
  }
};
