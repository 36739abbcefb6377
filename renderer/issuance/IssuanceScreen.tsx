/**
 * 发文登记簿: every 文号 drawn this year, in order — issued, reserved by a draft, or voided (作废)
 * with its reason — so numbers are never reused or skipped unexplained. Kept apart from the 收文登记簿
 * (issued notices are never 收文); exported to .xlsx and printed like it.
 */
import { useState } from 'react';
import type { IssuedNumber } from '../../shared/api/draftingContract';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { href } from '../app/router';
import { askText } from '../components/AskText';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { ExportRunning } from '../components/ExportRunning';
import { PageHeader } from '../components/PageHeader';
import { PrintPage } from '../components/PrintPage';
import { encodeRegisterRows } from '../register/encodeRegisterRows';
import { formatTimestamp } from '../components/timestamp';
import { toast } from '../components/Toasts';
import { useCancellableExport, type ExportStart } from '../hooks/useCancellableExport';

const STATE: Record<IssuedNumber['state'], { text: string; className: string }> = {
  issued: { text: '已发文', className: 'status-done' },
  reserved: { text: '已取号', className: 'status-in_progress' },
  void: { text: '作废', className: 'gray' },
};

const COLUMNS: { header: string; width: number; text: (entry: IssuedNumber) => string }[] = [
  { header: '文号', width: 20, text: (e) => e.docNumber },
  { header: '状态', width: 8, text: (e) => STATE[e.state].text },
  { header: '标题', width: 60, text: (e) => e.title ?? '' },
  { header: '时间', width: 18, text: (e) => formatTimestamp(e.at) },
  { header: '说明', width: 30, text: (e) => e.reason ?? '' },
];

/** The .xlsx writer colours by 办理状态; a 文号's state maps onto it (已发文 green, 已取号 blue, 作废 amber). */
const EXPORT_STATUS = { issued: 'done', reserved: 'in_progress', void: 'pending' } as const;

function exportIssued(list: IssuedNumber[], year: number): ExportStart {
  return (exportId) =>
    api.call('export.registerXlsx', {
      title: `${year}年发文登记簿`,
      columns: COLUMNS.map((c, i) => ({ id: `c${i}`, header: c.header, width: c.width })),
      bytes: encodeRegisterRows(
        list.map((entry) => ({ cells: COLUMNS.map((c) => c.text(entry)), status: EXPORT_STATUS[entry.state], overdue: false })),
      ),
      exportId,
    });
}

function IssuedPrint({ list, year, onClose }: { list: IssuedNumber[]; year: number; onClose(): void }) {
  return (
    <PrintPage testId="issuance-print" title={`${year}年发文登记簿`} back="返回发文登记簿" onClose={onClose}>
      <table className="print-table">
        <thead>
          <tr>
            <th>序号</th>
            {COLUMNS.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map((entry, index) => (
            <tr key={entry.docNumber}>
              <td>{index + 1}</td>
              {COLUMNS.map((c) => (
                <td key={c.header} className={c.header === '标题' || c.header === '说明' ? undefined : 'nowrap'}>
                  {c.text(entry)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PrintPage>
  );
}

export function IssuanceScreen() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [printing, setPrinting] = useState(false);
  const exporting = useCancellableExport();
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

  if (printing) return <IssuedPrint list={list} year={year} onClose={() => setPrinting(false)} />;

  return (
    <>
      <PageHeader title="发文登记簿" subtitle="文号按机关代字和年度顺序取用，不重号、不跳号">
        <ExportRunning exporting={exporting} />
        <button
          type="button"
          disabled={list.length === 0 || exporting.running !== null}
          onClick={() => void exporting.run('正在导出发文登记簿…', exportIssued(list, year))}
        >
          导出 Excel
        </button>
        <button type="button" disabled={list.length === 0} onClick={() => setPrinting(true)}>
          打印
        </button>
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
