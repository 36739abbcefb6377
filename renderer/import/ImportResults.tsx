/**
 * Per-file results of an import: what was archived, what was already there, what failed and why, and
 * for each possible duplicate the clerk's decision (keep both, or move the new one to the recycle bin).
 */
import { useState } from 'react';
import type { ImportOutcome } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { href } from '../app/router';
import { toast } from '../components/Toasts';

const STATUS_TEXT: Record<ImportOutcome['status'], { text: string; className: string }> = {
  imported: { text: '已导入', className: 'status-done' },
  already_present: { text: '已存在', className: 'gray' },
  possible_duplicate: { text: '疑似重复', className: 'red' },
  failed: { text: '失败', className: 'red' },
};

type Decision = 'keep' | 'discard';

export function ImportResults({ outcomes }: { outcomes: ImportOutcome[] }) {
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});

  async function decide(outcome: ImportOutcome, decision: Decision) {
    if (outcome.noticeId === null) return;
    const result = await api.call('archive.resolveDuplicate', { id: outcome.noticeId, decision });
    if (!result.ok) {
      toast(result.error, 'error');
      return;
    }
    setDecisions((d) => ({ ...d, [outcome.noticeId!]: decision }));
    archiveChanged();
    toast(decision === 'keep' ? '已保留两份。' : '已将新导入的这份移入回收站。');
  }

  const summary = (['imported', 'already_present', 'possible_duplicate', 'failed'] as const)
    .map((status) => [STATUS_TEXT[status].text, outcomes.filter((o) => o.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([text, count]) => `${text} ${count}`)
    .join('，');

  return (
    <div className="panel" data-testid="import-results">
      <div className="panel-title">
        <h2>导入结果</h2>
        <span className="count">{summary}</span>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>文件</th>
            <th>结果</th>
            <th>文号</th>
            <th>标题</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome, index) => {
            const status = STATUS_TEXT[outcome.status];
            const decision = outcome.noticeId !== null ? decisions[outcome.noticeId] : undefined;
            return (
              <tr key={`${index}-${outcome.fileName}`}>
                <td>{outcome.fileName}</td>
                <td>
                  <span className={`badge ${status.className}`}>{status.text}</span>
                </td>
                <td>{outcome.docNumber ?? '—'}</td>
                <td>
                  {outcome.noticeId !== null && decision !== 'discard' ? (
                    <a href={href(['notice', outcome.noticeId])}>{outcome.title ?? '（无标题）'}</a>
                  ) : (
                    (outcome.title ?? '—')
                  )}
                </td>
                <td>
                  {outcome.message}
                  {outcome.status === 'possible_duplicate' && outcome.noticeId !== null ? (
                    decision ? (
                      <div className="muted small">{decision === 'keep' ? '已决定：两份都保留' : '已决定：新的这份已移入回收站'}</div>
                    ) : (
                      <div className="form-actions">
                        {outcome.duplicates.map((d) => (
                          <a key={d.id} href={href(['notice', d.id])} className="small">
                            查看已存档的 {d.docNumber ?? d.title}
                          </a>
                        ))}
                        <button type="button" onClick={() => decide(outcome, 'keep')}>
                          两份都保留
                        </button>
                        <button type="button" className="danger" onClick={() => decide(outcome, 'discard')}>
                          放弃新的这份
                        </button>
                      </div>
                    )
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
