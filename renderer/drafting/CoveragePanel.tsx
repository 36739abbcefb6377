/**
 * 对照落实: the draft's clauses aligned with the upstream notice's by wording, so a missed task shows
 * up before the notice goes out, each upstream task with the local clause that carries it and the local
 * units that own it. A dropped clause behind an uncovered task can be restored here.
 */
import { useMemo } from 'react';
import type { Clause } from '../../shared/domain/notice';
import { compareClauses, coverageClauses, type CoverageInputClause } from '../../shared/drafting/coverage';
import type { Draft } from '../../shared/drafting/draft';
import { numberDraftClauses, splitHeading } from '../../shared/drafting/draftRender';

interface CoveragePanelProps {
  draft: Draft;
  upstreamClauses: Clause[];
  onRestore(key: string): void;
}

export function draftCoverageClauses(draft: Draft): CoverageInputClause[] {
  return numberDraftClauses(draft).map((n) => ({
    level: n.level,
    number: n.number,
    path: n.path,
    heading: splitHeading(n.clause.text).heading.replace(/[。．.]$/, ''),
    text: n.clause.text,
  }));
}

export function CoveragePanel({ draft, upstreamClauses, onRestore }: CoveragePanelProps) {
  const { report, localById, upstreamById, ownersAt } = useMemo(() => {
    const local = draftCoverageClauses(draft);
    const numbered = numberDraftClauses(draft);
    return {
      // The units of the clause at a rendered index (the index coverage clauses carry).
      ownersAt: (index: number) => numbered[index]?.clause.units.map((u) => u.name) ?? [],
      report: compareClauses(local, upstreamClauses),
      localById: new Map(coverageClauses(local).map((c) => [c.id, c])),
      upstreamById: new Map(coverageClauses(upstreamClauses).map((c) => [c.id, c])),
    };
  }, [draft, upstreamClauses]);

  const droppedFor = (upstreamId: string) => {
    const index = upstreamById.get(upstreamId)?.index;
    return draft.clauses.find((c) => c.status === 'dropped' && c.upstreamIndex === index);
  };
  const total = upstreamById.size;
  return (
    <div data-testid="coverage">
      <div className={report.uncoveredUpstream.length > 0 ? 'error-box' : 'note-box'}>
        上级文件共 {total} 项任务，已对应 {total - report.uncoveredUpstream.length} 项
        {report.uncoveredUpstream.length > 0 ? `，尚未落实 ${report.uncoveredUpstream.length} 项` : '，全部落实'}；本地新增{' '}
        {report.newLocal.length} 项。
      </div>
      {report.uncoveredUpstream.length > 0 ? (
        <>
          <h3>尚未落实的上级任务</h3>
          <table className="table">
            <tbody>
              {report.uncoveredUpstream.map((id) => {
                const dropped = droppedFor(id);
                return (
                  <tr key={id}>
                    <td>{id}</td>
                    <td>{upstreamById.get(id)?.heading}</td>
                    <td>
                      {dropped ? (
                        <button type="button" onClick={() => onRestore(dropped.key)}>
                          恢复该条
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      <h3 style={{ marginTop: 12 }}>对应关系</h3>
      <div className="coverage-row muted small">
        <span>本地条款</span>
        <span>相似度</span>
        <span>上级条款</span>
      </div>
      {report.matches.map((match) => (
        <div className="coverage-row" key={match.local}>
          <span>
            {match.local} {localById.get(match.local)?.heading.slice(0, 28)}
            <OwnerLine owners={ownersAt(localById.get(match.local)?.index ?? -1)} />
          </span>
          <span>{Math.round(match.score * 100)}%</span>
          <span>{match.upstream.map((id) => `${id} ${upstreamById.get(id)?.heading.slice(0, 20) ?? ''}`).join('；')}</span>
        </div>
      ))}
      {report.newLocal.length > 0 ? <p className="muted small">本地新增：{report.newLocal.join('、')}</p> : null}
    </div>
  );
}

function OwnerLine({ owners }: { owners: string[] }) {
  return owners.length > 0 ? (
    <span className="muted small" style={{ display: 'block' }}>
      承办：{owners.join('、')}
    </span>
  ) : null;
}
