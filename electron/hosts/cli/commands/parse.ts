/**
 * `parse FILE [--json]`: parse one notice file and lint it; the readable summary or one JSON object on stdout.
 * The file is read in the import's reader process (heap and time limits), so a hostile file ends in a reason, not a hang.
 */
import { parseArgs } from 'node:util';
import { analyzeNotice } from '../../../../shared/parser/analyzeNotice';
import { filePreparer } from '../../../core/archive/batch/filePreparer';
import { CliError, type CliCommand } from '../cliIo';
import { noticeToJson } from '../noticeJson';
import { noticeSummary } from '../noticeSummary';

export const parseCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new CliError('请给出一个要解析的文件，例如：npm run cli -- parse 通知.txt --json', 2);
  const file = positionals[0];
  const preparer = filePreparer();
  const prepared = await preparer.prepare(file).finally(() => preparer.close());
  if ('status' in prepared) throw new CliError(`${file}：${prepared.message}`);
  const notice = analyzeNotice(prepared.source.text);
  io.log(`已解析：${notice.clauses.length} 个条款，${notice.findings.length} 条校对意见。`);
  io.out(values.json ? JSON.stringify(noticeToJson(notice), null, 2) : noticeSummary(notice));
  return 0;
};
