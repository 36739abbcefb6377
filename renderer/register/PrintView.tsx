/**
 * The register as a plain table for printing: the rows and columns the clerk is looking at, every
 * row on paper (A4 landscape), headers repeated on each page.
 */
import { useEffect } from 'react';
import type { NoticeRow } from '../../shared/api/archiveContract';
import type { RegisterColumn } from './columns';
import { today } from './overdue';

interface PrintViewProps {
  rows: NoticeRow[];
  columns: RegisterColumn[];
  onClose(): void;
}

/** Numbers and dates are printed on one line: a 文号 or a date broken inside a cell is misread. */
const KEPT_WHOLE = new Set(['registrationNumber', 'receivedDate', 'docNumber', 'signedDate', 'dueDate', 'archivalCode']);

export function PrintView({ rows, columns, onClose }: PrintViewProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="print-page" data-testid="print-view">
      <div className="no-print toolbar">
        <button type="button" className="primary" onClick={() => window.print()} autoFocus>
          打印
        </button>
        <button type="button" onClick={onClose}>
          返回登记簿
        </button>
        <span className="count">共 {rows.length} 件 · A4 横向</span>
      </div>
      <h1>收文登记簿</h1>
      <div className="print-meta">
        打印日期：{today()}　共 {rows.length} 件
      </div>
      <table className="print-table">
        <thead>
          <tr>
            <th>序号</th>
            {columns.map((column) => (
              <th key={column.id}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <td>{index + 1}</td>
              {columns.map((column) => (
                <td key={column.id} className={KEPT_WHOLE.has(column.id) ? 'nowrap' : undefined}>
                  {column.text(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
