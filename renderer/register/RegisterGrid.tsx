/**
 * The register's table body: a sticky header with sorting and a filter per column, and rows drawn
 * only where the viewport is (virtualized), so 100,000 notices scroll as smoothly as 10.
 * Keyboard: ↑/↓/PageUp/PageDown/Home/End move the selection, Enter opens the notice.
 */
import { flexRender, type Table } from '@tanstack/react-table';
import { elementScroll, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { NoticeRow } from '../../shared/api/archiveContract';
import type { RegisterColumn } from './columns';
import { isOverdue, today } from './overdue';

const ROW_HEIGHT = 34;
/** The screen's header and toolbar above the grid, in px (about: only the first render's estimate). */
const ABOVE_GRID = 110;

/*
 * Neither the grid's size nor its scroll position is touched while the rows are committed: either made the
 * browser lay the whole screen out there and then, ahead of its own layout of the frame.
 */

/** The grid's size as the browser's own layout reports it (ResizeObserver, before the frame is painted). */
function observeSizeAfterLayout(instance: Virtualizer<HTMLDivElement, Element>, onSize: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (!element) return;
  const observer = new ResizeObserver(() => onSize({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/** Scrolls as the library does, but not to the top of a grid already there (a new one, on mounting). */
const scrollUnlessThere: typeof elementScroll<HTMLDivElement> = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) === 0 && instance.scrollOffset === 0) return;
  elementScroll(offset, options, instance);
};

interface RegisterGridProps {
  /** Header state (sorting, filters). */
  table: Table<NoticeRow>;
  /** The shown rows, filtered and sorted. */
  rows: NoticeRow[];
  /** New sorting or filters are being applied: the rows shown are the last ones. */
  pending: boolean;
  /** The visible columns, in order. */
  columns: RegisterColumn[];
  selectedId: number | null;
  onSelect(id: number): void;
  onOpen(id: number): void;
}

export function RegisterGrid({ table, rows, pending, columns, selectedId, onSelect, onOpen }: RegisterGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Until the grid is measured its height is estimated from the window's, so the first render already draws
    // the rows in view (not none, then all in a second pass); when the estimate is right, measuring changes
    // nothing and there is no second pass at all.
    initialRect: { width: 0, height: window.innerHeight - ABOVE_GRID },
    observeElementRect: observeSizeAfterLayout,
    scrollToFn: scrollUnlessThere,
  });
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  const now = today();

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent) {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next: number | null = null;
    if (event.key in moves) next = Math.min(rows.length - 1, Math.max(0, (selectedIndex < 0 ? -1 : selectedIndex) + moves[event.key]));
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = rows.length - 1;
    else if (event.key === 'Enter' && selectedId !== null) {
      event.preventDefault();
      onOpen(selectedId);
      return;
    }
    if (next !== null && rows[next]) {
      event.preventDefault();
      onSelect(rows[next].id);
    }
  }

  return (
    <div
      className="grid-wrap"
      ref={scrollRef}
      tabIndex={0}
      role="grid"
      aria-label="收文登记簿"
      aria-rowcount={rows.length + 1}
      onKeyDown={onKeyDown}
      data-testid="register-grid"
    >
      <div className="grid-head" role="rowgroup">
        <div className="grid-row" role="row" style={{ gridTemplateColumns: template, height: 'auto' }}>
          {table.getHeaderGroups()[0].headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <div
                className="grid-cell"
                role="columnheader"
                key={header.id}
                aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <span
                  className="sortable"
                  role="button"
                  tabIndex={0}
                  title="单击排序（按住 Shift 可按多列排序）"
                  onClick={header.column.getToggleSortingHandler()}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      header.column.toggleSorting(undefined, event.shiftKey);
                    }
                  }}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {sorted ? <span className="sort-mark">{sorted === 'asc' ? '▲' : '▼'}</span> : null}
                </span>
                {header.column.id === 'status' ? null : (
                  <input
                    className="filter-input"
                    aria-label={`筛选${String(header.column.columnDef.header)}`}
                    placeholder="筛选"
                    value={(header.column.getFilterValue() as string | undefined) ?? ''}
                    onChange={(event) => header.column.setFilterValue(event.target.value || undefined)}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="empty" role="status">
          {pending ? '正在排序和筛选…' : '没有符合筛选条件的公文。请修改或清除筛选条件。'}
        </div>
      ) : null}
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const notice = rows[item.index];
          const classes = ['grid-row'];
          if (notice.id === selectedId) classes.push('selected');
          if (isOverdue(notice, now)) classes.push('row-overdue');
          return (
            <div
              key={notice.id}
              className={classes.join(' ')}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={notice.id === selectedId}
              data-notice-id={notice.id}
              style={{
                gridTemplateColumns: template,
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
              onClick={() => onSelect(notice.id)}
              onDoubleClick={() => onOpen(notice.id)}
            >
              {columns.map((column) => (
                <div className="grid-cell" role="gridcell" key={column.id}>
                  {column.cell ? column.cell(notice) : column.text(notice)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
