/** The "列" button: choose which register columns are shown. Closes on Escape or a click elsewhere. */
import type { Table } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import type { NoticeRow } from '../../shared/api/archiveContract';

export function ColumnMenu({ table }: { table: Table<NoticeRow> }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div className="popover-anchor" ref={ref}>
      <button type="button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)}>
        显示列 ▾
      </button>
      {open ? (
        <div className="menu" role="group" aria-label="显示的列">
          {table.getAllLeafColumns().map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                disabled={column.getIsVisible() && table.getVisibleLeafColumns().length === 1}
                onChange={column.getToggleVisibilityHandler()}
              />
              {String(column.columnDef.header)}
            </label>
          ))}
        </div>
      ) : null}
    </div>
  );
}
