/**
 * The register as a plain table for printing: the rows and columns the clerk is looking at, every
 * row on paper (A4 landscape), the header once at the top of each page. Laid out a block of rows at a
 * time, so a register of 100,000 rows never holds the window (each block a table of its own, laid out
 * only when in view or on paper, with the same column widths: one table of 100,000 rows is laid out
 * again whole each time rows are added); 打印 waits until every row is there. On paper the blocks sit in
 * the one cell of a frame table whose head is the column header, which Chromium repeats on every page.
 */
import { memo, useEffect, useMemo, useState } from 'react';
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

/** 标题 takes what the other columns leave. */
const SHARING = 'title';

/** Widest a column that may wrap is made, in em. */
const WRAPPED_MAX = 12;

/** Width of a text in em: CJK and full-width forms take one, the rest about half. */
function emWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x2e80 ? 1 : 0.56;
  return width;
}

/**
 * Each column's width in em, from its longest text (cell padding included); null for 标题, which takes
 * the rest. A table sized by its content measures every row again each time rows are added.
 */
function columnWidths(rows: NoticeRow[], columns: RegisterColumn[]): (number | null)[] {
  return columns.map((column) => {
    if (column.id === SHARING) return null;
    let longest = emWidth(column.header) / 2;
    for (const row of rows) longest = Math.max(longest, emWidth(column.text(row)));
    if (!KEPT_WHOLE.has(column.id)) longest = Math.min(longest, WRAPPED_MAX);
    return Math.ceil((longest + 1) * 10) / 10;
  });
}

/** Rows laid out per task. */
const BLOCK_ROWS = 250;

interface ColumnsProps {
  count: number;
  columns: RegisterColumn[];
  widths: (number | null)[];
}

/** The column widths every block and the header share. */
function Columns({ count, columns, widths }: ColumnsProps) {
  return (
    <colgroup>
      <col style={{ width: `${emWidth(String(count)) + 1}em` }} />
      {columns.map((column, index) => (
        <col key={column.id} style={widths[index] === null ? undefined : { width: `${widths[index]}em` }} />
      ))}
    </colgroup>
  );
}

interface BlockProps {
  rows: NoticeRow[];
  columns: RegisterColumn[];
  widths: (number | null)[];
  start: number;
}

/** One block of rows; blocks already laid out are not drawn again when the next one is added. */
const PrintBlock = memo(function PrintBlock({ rows, columns, widths, start }: BlockProps) {
  return (
    <div className="print-block">
      <table className="print-table fixed-columns">
        <Columns count={rows.length} columns={columns} widths={widths} />
        <tbody>
          {rows.slice(start, start + BLOCK_ROWS).map((row, index) => (
            <tr key={row.id}>
              <td>{start + index + 1}</td>
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
});

export function PrintView({ rows, columns, onClose }: PrintViewProps) {
  const widths = useMemo(() => columnWidths(rows, columns), [rows, columns]);
  const [laidOut, setLaidOut] = useState(() => Math.min(rows.length, BLOCK_ROWS));
  useEffect(() => {
    if (laidOut >= rows.length) return;
    const next = setTimeout(() => setLaidOut((count) => Math.min(rows.length, count + BLOCK_ROWS)), 0);
    return () => clearTimeout(next);
  }, [laidOut, rows.length]);

  const starts: number[] = [];
  for (let start = 0; start < laidOut; start += BLOCK_ROWS) starts.push(start);
  const ready = laidOut >= rows.length;
  return (
    <PrintPage
      testId="print-view"
      title="收文登记簿"
      back="返回登记簿"
      count={ready ? `共 ${rows.length} 件 · A4 横向` : `正在排版 ${laidOut} / ${rows.length} 件…`}
      preparing={!ready}
      onClose={onClose}
    >
      <div className="print-meta">
        打印日期：{today()}　共 {rows.length} 件
      </div>
      <table className="print-frame">
        <thead>
          <tr>
            <td>
              <table className="print-table fixed-columns print-header">
                <Columns count={rows.length} columns={columns} widths={widths} />
                <thead>
                  <tr>
                    <th>序号</th>
                    {columns.map((column) => (
                      <th key={column.id}>{column.header}</th>
                    ))}
                  </tr>
                </thead>
              </table>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              {starts.map((start) => (
                <PrintBlock key={start} rows={rows} columns={columns} widths={widths} start={start} />
              ))}
            </td>
          </tr>
        </tbody>
      </table>
    </PrintPage>
  );
}
