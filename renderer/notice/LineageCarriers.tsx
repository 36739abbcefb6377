/**
 * Under the lineage picture: for each task of a cited (upstream) notice, the clause of this notice that
 * carries it and the units that own it here, aligned as 对照落实 aligns a draft (shared/drafting/coverage.ts).
 */
import { useMemo } from 'react';
import type { Clause } from '../../shared/domain/notice';
import { upstreamCarriers } from '../../shared/drafting/coverage';
import { useApi } from '../api/useApi';

/** The organizations that own a clause here: each unit by the name it resolved to, else as written. */
const ownersOf = (clause: Clause | undefined, organizations: Record<string, string>) => [
  ...new Set([...(clause?.units ?? []), ...(clause?.inheritedUnits ?? [])].map((u) => organizations[u.name] ?? u.name)),
];

export function LineageCarriers(props: {
  upstreamId: number;
  docNumber: string;
  clauses: Clause[];
  organizations: Record<string, string>;
}) {
  const { upstreamId, docNumber, clauses, organizations } = props;
  const loaded = useApi('archive.getNotice', { id: upstreamId });
  const upstreamClauses = loaded.value?.notice.clauses;
  const carriers = useMemo(
    () => (upstreamClauses ? upstreamCarriers(clauses, upstreamClauses, (i) => ownersOf(clauses[i], organizations)) : null),
    [clauses, upstreamClauses, organizations],
  );
  if (loaded.error) return <p className="muted small">无法打开{docNumber}，不能对照落实情况。</p>;
  if (!carriers) return <p className="muted small">正在对照{docNumber}…</p>;
  if (carriers.length === 0) return null;
  const covered = carriers.filter((c) => c.carriers.length > 0).length;
  return (
    <div data-testid="lineage-carriers">
      <h3 style={{ marginTop: 12 }}>
        {docNumber} 的任务在本文的落实（{covered}/{carriers.length} 项）
      </h3>
      <table className="table">
        <thead>
          <tr>
            <th>上级条款</th>
            <th>本文条款</th>
            <th>承办单位</th>
          </tr>
        </thead>
        <tbody>
          {carriers.map(({ upstream, carriers: here }) => (
            <tr key={upstream.id}>
              <td>
                {upstream.id} {upstream.heading.slice(0, 20)}
              </td>
              <td>
                {here.length > 0 ? (
                  here.map((c) => `${c.local.id} ${c.local.heading.slice(0, 16)}`).join('；')
                ) : (
                  <span className="muted">未见落实</span>
                )}
              </td>
              <td>{[...new Set(here.flatMap((c) => c.owners))].join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
