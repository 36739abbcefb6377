/** The strip at the top of every screen: its title (one line, the rest on hover), a subtitle and the screen's actions. */
import type { ReactNode } from 'react';

export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-title">
        <h1 title={title}>{title}</h1>
        {subtitle ? <span className="subtitle">{subtitle}</span> : null}
      </div>
      {children ? <div className="actions">{children}</div> : null}
    </header>
  );
}
