/**
 * 责任单位对应 within a draft: every upstream unit the draft carries and the local unit it became.
 * Renaming here renames it in every clause; saving the draft teaches the mapping for next time.
 */
import { useMemo } from 'react';
import type { Draft } from '../../shared/drafting/draft';

interface UnitMappingPanelProps {
  draft: Draft;
  onRename(upstream: string, local: string): void;
}

export function UnitMappingPanel({ draft, onRename }: UnitMappingPanelProps) {
  const pairs = useMemo(() => {
    const map = new Map<string, { local: string; count: number }>();
    for (const clause of draft.clauses) {
      if (clause.status === 'dropped') continue;
      for (const unit of clause.units) {
        if (!unit.upstream) continue;
        const entry = map.get(unit.upstream) ?? { local: unit.name, count: 0 };
        entry.count += 1;
        map.set(unit.upstream, entry);
      }
    }
    return [...map.entries()].sort((a, b) => b[1].count - a[1].count);
  }, [draft]);

  if (pairs.length === 0) return <p className="muted">上级文件的条款没有写明责任单位。可以在各条款下直接添加本地单位。</p>;
  return (
    <table className="table" data-testid="draft-unit-mapping">
      <thead>
        <tr>
          <th>上级文件中的单位</th>
          <th>本地单位</th>
          <th>条款数</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(([upstream, { local, count }]) => (
          <tr key={upstream}>
            <td>{upstream}</td>
            <td>
              <input
                aria-label={`${upstream} 对应的本地单位`}
                defaultValue={local}
                key={local}
                onBlur={(e) => {
                  const value = e.target.value.trim();
                  if (value && value !== local) onRename(upstream, value);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                }}
              />
            </td>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
