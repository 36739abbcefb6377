/**
 * `search QUERY [--db FILE] [--json] [--limit N] [--year Y] [--issuer X] [--kind 通知] [--unit X]
 * [--status pending] [--retention permanent]`: full-text search; hits with the matching clause and a snippet,
 * the hit in 【】. `--json` prints { total, hits: [ { noticeId, docNumber, title, clause, snippet } ] }.
 */
import { parseArgs } from 'node:util';
import { RETENTIONS, STATUSES, type Retention, type Status } from '../../../../shared/api/fields';
import type { SearchFilters } from '../../../../shared/api/searchContract';
import { snippetText } from '../../../core/archive/search/snippet';
import { CliError, type CliCommand } from '../cliIo';
import { DB_OPTION, intOption, openArchive } from './archiveCore';

function oneOf<T extends string>(values: readonly T[], value: string | undefined, name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw new CliError(`${name} 应为 ${values.join('、')} 之一，收到“${value}”。`, 2);
  return value as T;
}

export const searchCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DB_OPTION,
      json: { type: 'boolean' },
      limit: { type: 'string' },
      year: { type: 'string' },
      issuer: { type: 'string' },
      kind: { type: 'string' },
      unit: { type: 'string' },
      status: { type: 'string' },
      retention: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new CliError('请给出检索词，例如：npm run cli -- search 燃气 --db 档案.db', 2);
  const filters: SearchFilters = {
    year: intOption(values.year, '--year'),
    issuer: values.issuer,
    docKind: values.kind,
    unit: values.unit,
    status: oneOf<Status>(STATUSES, values.status, '--status'),
    retention: oneOf<Retention>(RETENTIONS, values.retention, '--retention'),
  };
  const limit = intOption(values.limit, '--limit', 50);
  const archive = openArchive(values.db, io);
  try {
    const { total, hits, note } = await archive.call('search.query', { query: positionals.join(' '), filters, limit });
    if (values.json) {
      const json = {
        total,
        ...(note ? { note } : {}),
        hits: hits.map((h) => ({
          noticeId: h.noticeId,
          docNumber: h.docNumber,
          title: h.title,
          clause: h.clause && { number: h.clause.number, heading: h.clause.heading },
          snippet: snippetText(h.snippet),
        })),
      };
      io.out(JSON.stringify(json, null, 2));
    } else {
      const lines = [`${note ? `${note}。\n` : ''}共 ${total} 份公文${total > hits.length ? `，显示前 ${hits.length} 份` : ''}。`];
      for (const h of hits) {
        lines.push('', `[${h.noticeId}] ${h.docNumber ?? '（无文号）'}  ${h.title ?? '（无标题）'}`);
        if (h.clause) lines.push(`    条款 ${h.clause.path}：${h.clause.heading}`);
        lines.push(`    ${snippetText(h.snippet)}`);
      }
      io.out(lines.join('\n'));
    }
    return 0;
  } finally {
    archive.close();
  }
};
