/**
 * The ledger's page turner: previous and next page, and which page of how many. Alt+PageUp and Alt+PageDown
 * turn the page from anywhere on the screen (PageUp and PageDown alone scroll the table).
 */
import { useEffect } from 'react';

/** The 1-based page an address names; anything else is the first. */
export const pageOf = (value: string | null): number => (value && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : 1);

export function LedgerPager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'PageUp' && event.key !== 'PageDown')) return;
      const to = event.key === 'PageUp' ? page - 1 : page + 1;
      event.preventDefault();
      if (to >= 1 && to <= pages) onPage(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page, pages, onPage]);

  if (pages <= 1) return null;
  return (
    <nav className="ledger-pager" aria-label="翻页">
      <button type="button" disabled={page <= 1} title="上一页（Alt+PageUp）" onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <span>
        第 {page.toLocaleString('zh-CN')} / {pages.toLocaleString('zh-CN')} 页
      </span>
      <button type="button" disabled={page >= pages} title="下一页（Alt+PageDown）" onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </nav>
  );
}
