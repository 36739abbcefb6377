/**
 * A register or ledger laid out for printing: 打印 and the way back in a toolbar that does not print,
 * Escape going back too, and the printed title. Each view gives its own table.
 */
import { useEffect, type ReactNode } from 'react';

interface PrintPageProps {
  testId: string;
  title: string;
  /** The back button's words (返回登记簿 …). */
  back: string;
  /** A short count beside the buttons (共 12 件 · A4 横向). */
  count?: string;
  /** The table is still being laid out: 打印 waits for it. */
  preparing?: boolean;
  onClose(): void;
  children: ReactNode;
}

export function PrintPage({ testId, title, back, count, preparing = false, onClose, children }: PrintPageProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="print-page" data-testid={testId}>
      <div className="no-print toolbar">
        <button type="button" className="primary" onClick={() => window.print()} disabled={preparing} autoFocus>
          打印
        </button>
        <button type="button" onClick={onClose}>
          {back}
        </button>
        {count ? <span className="count">{count}</span> : null}
      </div>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
