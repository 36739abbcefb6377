/**
 * One clause of a draft: its number as it will print, where it came from upstream, its status
 * (沿用 / 已修改 / 已删除 / 新增), level, wording and units, with drop/restore, move and insert.
 */
import type { ClauseLevel } from '../../shared/domain/notice';
import type { DraftClause, DraftUnit } from '../../shared/drafting/draft';
import { CommitTextarea } from './CommitTextarea';
import { UnitsEditor } from './UnitsEditor';

const STATUS: Record<DraftClause['status'], { text: string; className: string }> = {
  kept: { text: '沿用', className: 'gray' },
  edited: { text: '已修改', className: 'status-in_progress' },
  dropped: { text: '已删除', className: 'red' },
  new: { text: '新增', className: 'status-done' },
};

const LEVELS: { level: ClauseLevel; name: string }[] = [
  { level: 1, name: '一级 一、' },
  { level: 2, name: '二级 （一）' },
  { level: 3, name: '三级 1.' },
  { level: 4, name: '四级 （1）' },
];

interface ClauseEditorProps {
  clause: DraftClause;
  marker: string | null;
  onText(text: string): void;
  onLevel(level: ClauseLevel): void;
  onUnits(units: DraftUnit[]): void;
  onDrop(): void;
  onRestore(): void;
  onMoveUp(): void;
  onMoveDown(): void;
  onInsertAfter(): void;
}

export function ClauseEditor(props: ClauseEditorProps) {
  const { clause, marker } = props;
  const status = STATUS[clause.status];
  const dropped = clause.status === 'dropped';
  return (
    <div
      className={`draft-clause${dropped ? ' dropped' : ''}`}
      data-clause-key={clause.key}
      style={{ marginLeft: (clause.level - 1) * 18 }}
    >
      <div className="draft-clause-head">
        <strong className="clause-marker">{marker ?? '—'}</strong>
        <span className={`badge ${status.className}`}>{status.text}</span>
        {clause.upstreamPath ? <span className="muted small">上级 {clause.upstreamPath}</span> : null}
        <span className="spacer" />
        <select
          aria-label="层级"
          value={clause.level}
          disabled={dropped}
          onChange={(e) => props.onLevel(Number(e.target.value) as ClauseLevel)}
        >
          {LEVELS.map((l) => (
            <option key={l.level} value={l.level}>
              {l.name}
            </option>
          ))}
        </select>
        <button type="button" title="上移" aria-label="上移" onClick={props.onMoveUp}>
          ↑
        </button>
        <button type="button" title="下移" aria-label="下移" onClick={props.onMoveDown}>
          ↓
        </button>
        <button type="button" onClick={props.onInsertAfter} title="在这一条之后新增一条同级条款">
          ＋新增
        </button>
        {dropped ? (
          <button type="button" onClick={props.onRestore}>
            恢复
          </button>
        ) : (
          <button type="button" className="danger" onClick={props.onDrop}>
            删除
          </button>
        )}
      </div>
      {dropped ? (
        <p className="muted small">{clause.text.slice(0, 80)}…</p>
      ) : (
        <>
          <CommitTextarea label="条款内容" value={clause.text} onCommit={props.onText} />
          <UnitsEditor units={clause.units} onChange={props.onUnits} />
        </>
      )}
    </div>
  );
}
