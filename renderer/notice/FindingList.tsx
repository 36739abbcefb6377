/** 校对 findings, most serious first; each one that points somewhere can be clicked to jump there. */
import type { Finding, Severity } from '../../shared/domain/notice';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const NAMES: Record<Severity, string> = { error: '错误', warning: '提醒', info: '提示' };

interface FindingListProps {
  findings: Finding[];
  onJump?(finding: Finding): void;
}

export function FindingList({ findings, onJump }: FindingListProps) {
  if (findings.length === 0) return <p className="muted">没有发现问题。</p>;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <div role="list" aria-label="校对结果">
      {sorted.map((finding, index) => (
        <div className="finding" role="listitem" key={`${finding.rule}-${index}`}>
          <span className={`badge sev-${finding.severity}`}>{NAMES[finding.severity]}</span>
          {onJump && finding.at ? (
            <button type="button" className="link" onClick={() => onJump(finding)} title={`跳到第 ${finding.at.line} 行`}>
              {finding.message}
            </button>
          ) : (
            <span>{finding.message}</span>
          )}
        </div>
      ))}
    </div>
  );
}
