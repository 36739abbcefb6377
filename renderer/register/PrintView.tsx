/**
 * The register as a plain table for printing: the rows and columns the clerk is looking at, every
 * row on paper (A4 landscape), headers repeated on each page.
 */
import { PrintPage } from '../components/PrintPage';
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
  return (
    <PrintPage testId="print-view" title="收文登记簿" back="返回登记簿" count={`共 ${rows.length} 件 · A4 横向`} onClose={onClose}>
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
    </PrintPage>
  );
}
