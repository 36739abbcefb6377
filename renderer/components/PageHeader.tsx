/** The strip at the top of every screen: its title, an optional subtitle and the screen's actions. */
import type { ReactNode } from 'react';

export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {subtitle ? <span className="subtitle">{subtitle}</span> : null}
      {children ? <div className="actions">{children}</div> : null}
    </header>
  );
}
