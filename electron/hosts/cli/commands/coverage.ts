/**
 * `coverage --local 文号 --upstream 文号 [--db FILE] [--json] [--local-issuer X] [--upstream-issuer Y]`:
 * 对照落实 — which upstream clauses the local notice carries out (aligned by wording, not numbers),
 * which it leaves out and which are its own. Also between sibling notices. `--json` prints
 * { "matches": [ { "local", "upstream": [..], "score" } ], "uncoveredUpstream": [..], "newLocal": [..] }.
 */
import { parseArgs } from 'node:util';
import { compareClauses, coverageClauses } from '../../../../shared/drafting/coverage';
import type { ParsedNotice } from '../../../../shared/domain/notice';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, openArchive } from './archiveCore';
import { resolveNotice } from './resolveNotice';

function headings(notice: ParsedNotice): Map<string, string> {
  return new Map(coverageClauses(notice.clauses).map((c) => [c.id, c.heading]));
}

export const coverageCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      ...DB_OPTION,
      local: { type: 'string' },
      upstream: { type: 'string' },
      'local-issuer': { type: 'string' },
      'upstream-issuer': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.local || !values.upstream) {
    throw new CliError('请给出两份公文的文号：coverage --local 大政发〔2025〕1号 --upstream 并政发〔2025〕1号 --db 档案.db', 2);
  }
  const archive = openArchive(values.db, io);
  try {
    const localRef = await resolveNotice(archive, values.local, values['local-issuer'], '--local', '--local-issuer');
    const upstreamRef = await resolveNotice(archive, values.upstream, values['upstream-issuer'], '--upstream', '--upstream-issuer');
    const local = (await archive.call('archive.getNotice', { id: localRef.id })).notice;
    const upstream = (await archive.call('archive.getNotice', { id: upstreamRef.id })).notice;
    const report = compareClauses(local.clauses, upstream.clauses);
    if (values.json) {
      const json = {
        matches: report.matches.map((m) => ({ local: m.local, upstream: m.upstream, score: m.score })),
        uncoveredUpstream: report.uncoveredUpstream,
        newLocal: report.newLocal,
      };
      io.out(JSON.stringify(json, null, 2));
      return 0;
    }
    const localHeadings = headings(local);
    const upstreamHeadings = headings(upstream);
    const named = (id: string, map: Map<string, string>) => `（${id}）${map.get(id) ?? ''}`;
    const lines = [
      `对照：${local.title ?? values.local}（${values.local}）`,
      `上级：${upstream.title ?? values.upstream}（${values.upstream}）`,
      '',
      `落实的条款（${report.matches.length}）：`,
      ...report.matches.map(
        (m) =>
          `  ${named(m.local, localHeadings)} ← ${m.upstream.map((u, i) => `${named(u, upstreamHeadings)} ${m.scores[i].toFixed(2)}`).join('；')}`,
      ),
      '',
      `上级文件中未落实的条款（${report.uncoveredUpstream.length}）：`,
      ...report.uncoveredUpstream.map((id) => `  ${named(id, upstreamHeadings)}`),
      '',
      `本级新增的条款（${report.newLocal.length}）：`,
      ...report.newLocal.map((id) => `  ${named(id, localHeadings)}`),
    ];
    io.out(lines.join('\n'));
    return 0;
  } finally {
    archive.close();
  }
};
