/**
 * 发文登记簿: every 文号 drawn this year, in order — issued, reserved by a draft, or voided (作废)
 * with its reason — so numbers are never reused or skipped unexplained.
 */
import { useState } from 'react';
import type { IssuedNumber } from '../../shared/api/draftingContract';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { href } from '../app/router';
import { askText } from '../components/AskText';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { formatTimestamp } from '../components/timestamp';
import { toast } from '../components/Toasts';

const STATE: Record<IssuedNumber['state'], { text: string; className: string }> = {
  issued: { text: '已发文', className: 'status-done' },
  reserved: { text: '已取号', className: 'status-in_progress' },
  void: { text: '作废', className: 'gray' },
};

export function IssuanceScreen() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const numbers = useApi('issuance.list', { year });
  const list = numbers.value?.numbers ?? [];

  async function voidNumber(entry: IssuedNumber) {
    const reason = await askText(`作废文号 ${entry.docNumber} 的原因`, '草稿撤回，不再发文');
    if (!reason) return;
    const result = await api.call('issuance.void', { docNumber: entry.docNumber, reason });
    if (!result.ok) return toast(result.error, 'error');
    archiveChanged();
    toast(`文号 ${entry.docNumber} 已作废。`);
  }

  return (
    <>
      <PageHeader title="发文登记" subtitle="文号按机关代字和年度顺序取用，不重号、不跳号">
        <select aria-label="年度" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </PageHeader>
      <div className="page-body">
        <ErrorBox error={numbers.error} />
        {numbers.state === 'ok' && list.length === 0 ? (
          <EmptyState title={`${year}年还没有取用文号`} hint="在起草页面打开一份草稿，点“取文号”即可按顺序取得下一个文号。">
            <a className="button primary" href={href(['drafting'])}>
              去起草
            </a>
          </EmptyState>
        ) : (
          <table className="table" data-testid="issuance-register">
            <thead>
              <tr>
                <th>文号</th>
                <th>状态</th>
                <th>标题</th>
                <th>时间</th>
                <th>说明</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((entry) => (
                <tr key={entry.docNumber}>
                  <td>{entry.docNumber}</td>
                  <td>
                    <span className={`badge ${STATE[entry.state].className}`}>{STATE[entry.state].text}</span>
                  </td>
                  <td>
                    {entry.noticeId ? (
                      <a href={href(['notice', entry.noticeId])}>{entry.title}</a>
                    ) : entry.draftId ? (
                      <a href={href(['drafting', entry.draftId])}>{entry.title}</a>
                    ) : (
                      (entry.title ?? '—')
                    )}
                  </td>
                  <td className="small">{formatTimestamp(entry.at)}</td>
                  <td className="muted">{entry.reason ?? ''}</td>
                  <td>
                    {entry.state === 'reserved' ? (
                      <button type="button" className="link" onClick={() => voidNumber(entry)}>
                        作废
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
