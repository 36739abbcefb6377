/**
 * `show ID|文号 [--db FILE] [--json]`: one archived notice — its elements, registration, filing, the
 * notices it cites and that cite it. A 文号 shared by several issuers lists them to choose by id.
 */
import { parseArgs } from 'node:util';
import type { NoticeDetail } from '../../../../shared/api/archiveContract';
import { RETENTION_NAMES, STATUS_NAMES } from '../../../../shared/api/fields';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';

const STATE_WORDS = { linked: '已关联', missing: '未存档', ambiguous: '不能确定（多个发文机关用同一文号）' } as const;

function readable(d: NoticeDetail): string {
  const n = d.notice;
  const r = d.registration;
  const lines = [
    `[${d.id}] ${n.docNumber?.text ?? '（无文号）'}  ${n.title ?? '（无标题）'}`,
    `发文机关：${n.issuers.join('、') || '（未识别）'}    成文日期：${n.signedDate ?? '（未识别）'}`,
    `收文编号：${r.registrationNumber ?? '—'}  收文日期：${r.receivedDate ?? '—'}  状态：${STATUS_NAMES[r.status]}  办理期限：${r.dueDate ?? '—'}  承办科室：${r.handler ?? '—'}`,
    `档号：${d.filing ? `${d.filing.archivalCode}（${RETENTION_NAMES[d.filing.retention]}）` : '未归档'}`,
    `条款：${n.clauses.length} 个；校对意见：${d.findings.length} 条`,
  ];
  if (d.lineage.upstream.length > 0) {
    lines.push('引用：');
    for (const link of d.lineage.upstream) {
      const to = link.candidates.map((c) => `[${c.id}] ${c.issuer ?? ''}`).join('、');
      lines.push(`  ${link.title ? `《${link.title}》` : ''}${link.docNumber}：${STATE_WORDS[link.state]}${to ? ` ${to}` : ''}`);
    }
  }
  if (d.lineage.downstream.length > 0) {
    lines.push('被以下公文引用：', ...d.lineage.downstream.map((c) => `  [${c.id}] ${c.docNumber ?? ''} ${c.title ?? ''}`));
  }
  if (d.duplicates.length > 0) lines.push('疑似重复：', ...d.duplicates.map((c) => `  [${c.id}] ${c.docNumber ?? ''} ${c.title ?? ''}`));
  return lines.join('\n');
}

export const showCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: { ...DB_OPTION, json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new CliError('请给出公文编号或文号，例如：npm run cli -- show 阳政发〔2025〕1号 --db 档案.db', 2);
  const archive = openArchive(values.db, io);
  try {
    const found = (await archive.call('archive.find', { reference: positionals.join('') })).notices;
    if (found.length === 0) throw new CliError(`档案库中没有“${positionals.join('')}”。`);
    if (found.length > 1) {
      io.out(
        [
          `有 ${found.length} 份公文的文号是 ${found[0].docNumber}，请用编号查看：`,
          ...found.map((f) => `  [${f.id}] ${f.issuer ?? ''} ${f.title ?? ''}`),
        ].join('\n'),
      );
      return 0;
    }
    const detail = await archive.call('archive.getNotice', { id: found[0].id });
    io.out(values.json ? JSON.stringify(detail, null, 2) : readable(detail));
    return 0;
  } finally {
    archive.close();
  }
};
