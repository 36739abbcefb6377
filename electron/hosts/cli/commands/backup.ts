/** `backup [--db FILE] --out FILE`: an online backup of the archive (safe while the app is running). */
import { parseArgs } from 'node:util';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';

export const backupCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({ args, options: { ...DB_OPTION, out: { type: 'string' } } });
  if (!values.out) throw new CliError('请用 --out 指定备份文件，例如：npm run cli -- backup --db 档案.db --out 备份.db', 2);
  const archive = openArchive(values.db, io);
  try {
    const made = await archive.call('backup.backupTo', { path: values.out });
    io.out(`已备份到 ${made.path}（${(made.size / 1048576).toFixed(1)} MB）。`);
    return 0;
  } finally {
    archive.close();
  }
};
