/**
 * `import PATH... [--db FILE] [--json]`: archive files and folders (recursively). A line per file on stderr
 * as it goes; at the end a summary on stdout — imported, already present, possible duplicates, failed with
 * each reason (or the whole summary as JSON).
 */
import { parseArgs } from 'node:util';
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';

const STATUS_WORDS: Record<ImportOutcome['status'], string> = {
  imported: '已导入',
  already_present: '已存在',
  possible_duplicate: '疑似重复',
  failed: '失败',
};

function describe(outcome: ImportOutcome): string {
  const what = [outcome.docNumber, outcome.title].filter(Boolean).join(' ');
  return [what, outcome.message].filter(Boolean).join('：');
}

export const importCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { ...DB_OPTION, json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new CliError('请给出要导入的文件或文件夹，例如：npm run cli -- import 收文/ --db 档案.db', 2);
  const archive = openArchive(values.db, io, {
    onImportProgress: ({ index, total, reading, scanPage, outcome }) => {
      if (outcome)
        io.log(
          `[${index}/${total}] ${STATUS_WORDS[outcome.status]} ${outcome.fileName}${describe(outcome) ? `  ${describe(outcome)}` : ''}`,
        );
      else if (reading && scanPage) io.log(`[${index}/${total}] 正在识别扫描件第 ${scanPage.page}/${scanPage.pages} 页 ${reading}`);
      else if (reading) io.log(`[${index}/${total}] 正在读取 ${reading}`);
    },
  });
  try {
    const summary = await archive.call('archive.importPaths', { paths: positionals });
    if (values.json) {
      io.out(JSON.stringify(summary, null, 2));
    } else {
      const lines = [
        `导入完成：新导入 ${summary.imported} 份，已存在 ${summary.alreadyPresent} 份，疑似重复 ${summary.possibleDuplicates} 份，失败 ${summary.failed} 份。`,
      ];
      if (summary.skipped.length > 0)
        lines.push('', `跳过 ${summary.skipped.length} 项：`, ...summary.skipped.map((entry) => `  ${entry.path}：${entry.reason}`));
      const duplicates = summary.outcomes.filter((o) => o.status === 'possible_duplicate');
      if (duplicates.length > 0)
        lines.push('', '疑似重复（已保留，请核对）：', ...duplicates.map((o) => `  ${o.fileName}：${describe(o)}`));
      const failures = summary.outcomes.filter((o) => o.status === 'failed');
      if (failures.length > 0) lines.push('', '失败：', ...failures.map((o) => `  ${o.fileName}：${o.message}`));
      io.out(lines.join('\n'));
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    archive.close();
  }
};
