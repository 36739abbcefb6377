/**
 * The register's shown rows for the current sorting and filters, computed in slices off the input's
 * way (registerView.ts); while a new answer is computed the last one stays on screen.
 */
import { useEffect, useState } from 'react';
import type { NoticeRow } from '../../shared/api/archiveContract';
import { isPlainView, registerView, type RegisterView } from './registerView';

interface Computed {
  rows: readonly NoticeRow[];
  viewKey: string;
  shown: NoticeRow[];
}

export function useRegisterView(rows: NoticeRow[], view: RegisterView): { shown: NoticeRow[] | null; pending: boolean } {
  const plain = isPlainView(view);
  const viewKey = JSON.stringify(view);
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    if (plain) return;
    let cancelled = false;
    void registerView(rows, JSON.parse(viewKey) as RegisterView, { cancelled: () => cancelled }).then((shown) => {
      if (shown) setComputed({ rows, viewKey, shown });
    });
    return () => {
      cancelled = true;
    };
    // viewKey stands for the view's contents: an equal view does not compute again.
  }, [rows, viewKey, plain]);

  if (plain) return { shown: rows, pending: false };
  return { shown: computed?.shown ?? null, pending: computed?.rows !== rows || computed.viewKey !== viewKey };
}
