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
  const prepared = await preparer
    .prepare(file, { onPage: ({ page, pages }) => io.log(`正在识别扫描件第 ${page}/${pages} 页…`) })
    .finally(() => preparer.close());
  if ('status' in prepared) throw new CliError(`${file}：${prepared.message}`);
  const notice = analyzeNotice(prepared.source.text);
  io.log(`已解析：${notice.clauses.length} 个条款，${notice.findings.length} 条校对意见。`);
  // A scan says it was read by OCR and how sure the reading is, so a doubtful one is checked.
  const { scan } = prepared.source;
  const ocr = scan && { pages: scan.pages.length, meanConfidence: scan.meanConfidence };
  if (ocr) io.log(`扫描件：${ocr.pages} 页，平均置信度 ${(ocr.meanConfidence * 100).toFixed(1)}%。`);
  io.out(values.json ? JSON.stringify({ ...noticeToJson(notice), ...(ocr && { ocr }) }, null, 2) : noticeSummary(notice));
  return 0;
};
