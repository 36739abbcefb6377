/**
 * `unit NAME [--db FILE] [--json]`: every task of a responsible unit across all notices, the name read as the
 * organization it names (any alias), tasks given to a group it belongs to marked with the group.
 */
import { parseArgs } from 'node:util';
import { STATUS_NAMES } from '../../../../shared/api/fields';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';

export const unitCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { ...DB_OPTION, json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new CliError('请给出一个责任单位名称，例如：npm run cli -- unit 县应急局 --db 档案.db', 2);
  const archive = openArchive(values.db, io);
  try {
    const result = await archive.call('units.assignments', { name: positionals[0] });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.tasks.length === 0) {
      io.out(`没有找到“${positionals[0]}”承担的任务。`);
      return 0;
    }
    const viaGroups = result.tasks.filter((task) => task.via !== null).length;
    const lines = [
      `${result.units.join('、')}：共 ${result.tasks.length} 项任务${viaGroups > 0 ? `（其中 ${viaGroups} 项经所属群体）` : ''}。`,
    ];
    for (const task of result.tasks) {
      const role = task.role === 'lead' ? '牵头' : '配合';
      const how = task.inherited ? '，沿用前文' : '';
      const who = task.via ? `作为“${task.via}”成员` : `${task.unit}${role}`;
      lines.push('', `${task.docNumber ?? '（无文号）'} ${task.title ?? ''}  [${STATUS_NAMES[task.status]}]`);
      lines.push(`    ${task.clause.path} ${task.clause.heading}（${who}${how}）`);
    }
    io.out(lines.join('\n'));
    return 0;
  } finally {
    archive.close();
  }
};
