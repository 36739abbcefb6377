/** What an empty screen says: what is missing and what to do next. */
import type { ReactNode } from 'react';

export function EmptyState({ title, hint, children }: { title: string; hint: ReactNode; children?: ReactNode }) {
  return (
    <div className="empty" role="status">
      <h2>{title}</h2>
      <p>{hint}</p>
      {children}
    </div>
  );
}
