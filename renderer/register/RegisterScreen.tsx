/**
 * 收文登记簿: every received notice in one table — sort, filter, choose columns, jump to overdue ones,
 * export to Excel, print. Double-click or Enter opens a notice.
 */
import { getCoreRowModel, useReactTable, type ColumnFiltersState, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { NoticeRow } from '../../shared/api/archiveContract';
import { STATUS_NAMES, STATUSES } from '../../shared/api/vocabulary';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { ExportRunning } from '../components/ExportRunning';
import { PageHeader } from '../components/PageHeader';
import { useCancellableExport } from '../hooks/useCancellableExport';
import { useStoredState } from '../hooks/useStoredState';
import { ColumnMenu } from './ColumnMenu';
import { COLUMN_BY_ID, DEFAULT_VISIBILITY, tableColumns, type StatusFilter } from './columns';
import { exportRegister } from './exportRegister';
import { PrintView } from './PrintView';
import { RegisterGrid } from './RegisterGrid';
import { useRegisterRows } from './registerRows';
import { useRegisterView } from './useRegisterView';

/** The table holds no rows: at 100,000 notices its row objects held the window for seconds. */
const NO_TABLE_ROWS: NoticeRow[] = [];

export function RegisterScreen() {
  // Unsorted means the archive's order, newest 收文 first, which costs nothing to show.
  const [sorting, setSorting] = useStoredState<SortingState>('register.sorting', []);
  const [columnFilters, setColumnFilters] = useStoredState<ColumnFiltersState>('register.filters', []);
  const [columnVisibility, setColumnVisibility] = useStoredState<VisibilityState>('register.columns', DEFAULT_VISIBILITY, 'local');
  const [globalFilter, setGlobalFilter] = useStoredState('register.quickFilter', '');
  const list = useRegisterRows(sorting.length === 0 && columnFilters.length === 0 && globalFilter === '');
  const rows = list.rows;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [printing, setPrinting] = useState(false);
  const exporting = useCancellableExport();

  const table = useReactTable({
    data: NO_TABLE_ROWS,
    columns: tableColumns,
    state: { sorting, columnFilters, columnVisibility, globalFilter },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    onGlobalFilterChange: setGlobalFilter,
    manualSorting: true,
    manualFiltering: true,
    // With no rows to look at, the library would sort text descending first.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const view = useRegisterView(rows, { sorting, columnFilters, globalFilter });

  const statusFilter = (columnFilters.find((f) => f.id === 'status')?.value as StatusFilter | undefined) ?? '';
  const setStatusFilter = (value: StatusFilter | '') => table.getColumn('status')?.setFilterValue(value || undefined);
  const shownRows = view.shown ?? NO_TABLE_ROWS;
  const counts = useMemo(() => {
    const byStatus = { pending: 0, in_progress: 0, done: 0 };
    for (const row of rows) byStatus[row.status] += 1;
    return byStatus;
  }, [rows]);
  const visibleSpecs = table.getVisibleLeafColumns().map((c) => COLUMN_BY_ID.get(c.id)!);
  const open = (id: number) => navigate(href(['notice', id]));

  if (printing) {
    return <PrintView rows={shownRows} columns={visibleSpecs} onClose={() => setPrinting(false)} />;
  }

  const onExport = () => void exporting.run('正在导出登记簿…', exportRegister(shownRows, visibleSpecs));

  const filtered = columnFilters.length > 0 || globalFilter !== '';
  return (
    <>
      <PageHeader
        title="收文登记簿"
        subtitle={list.total !== null ? `共 ${list.total} 件${list.partial ? '（正在载入其余…）' : ''}` : undefined}
      >
        <a className="button primary" href={href(['import'])}>
          导入公文
        </a>
      </PageHeader>
      <div className="page-body flush">
        <div className="toolbar">
          <input
            className="search-box"
            type="search"
            data-search-box
            placeholder="在登记簿中查找（文号、标题、来文机关…）"
            aria-label="在登记簿中查找"
            value={globalFilter}
            onChange={(event) => setGlobalFilter(event.target.value)}
          />
          <select
            aria-label="按状态筛选"
            value={statusFilter}
            onChange={(event) => setStatusFilter(event.target.value as StatusFilter | '')}
          >
            <option value="">全部状态</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_NAMES[status]}（{counts[status]}）
              </option>
            ))}
            <option value="overdue">已超期</option>
          </select>
          {filtered ? (
            <button
              type="button"
              className="link"
              onClick={() => {
                setColumnFilters([]);
                setGlobalFilter('');
              }}
            >
              清除筛选
            </button>
          ) : null}
          <span className="count" aria-live="polite">
            {view.pending ? '正在排序和筛选…' : filtered ? `筛选出 ${shownRows.length} 件` : ''}
          </span>
          <span className="spacer" />
          <ColumnMenu table={table} />
          {exporting.running ? (
            <ExportRunning exporting={exporting} />
          ) : (
            <button type="button" onClick={onExport} disabled={list.partial || view.pending || shownRows.length === 0}>
              导出 Excel
            </button>
          )}
          <button type="button" onClick={() => setPrinting(true)} disabled={list.partial || view.pending || shownRows.length === 0}>
            打印
          </button>
        </div>
        <ErrorBox error={list.error} />
        {list.loaded && list.total === 0 ? (
          <EmptyState title="登记簿还是空的" hint="把收到的公文导入进来：支持 .txt、.docx、.pdf 文件，也可以直接粘贴文字。">
            <a className="button primary" href={href(['import'])}>
              去导入公文
            </a>
          </EmptyState>
        ) : !list.loaded || view.shown === null ? (
          <div className="loading" role="status">
            正在读取登记簿…
          </div>
        ) : (
          <RegisterGrid
            table={table}
            rows={shownRows}
            pending={view.pending}
            columns={visibleSpecs}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onOpen={open}
          />
        )}
      </div>
    </>
  );
}
