/**
 * The clause tree of a notice: each clause's marker, heading and responsible units (牵头 first,
 * inherited ones dashed); a click shows the clause's full text. `focusIndex` scrolls to a clause and
 * flashes it (a finding jumped here).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Clause } from '../../shared/domain/notice';
import { buildClauseTree, type ClauseNode } from './clauseTree';

interface ClauseTreeProps {
  clauses: Clause[];
  focusIndex: number | null;
}

export function UnitChips({ clause }: { clause: Clause }) {
  if (clause.units.length === 0 && clause.inheritedUnits.length === 0) return null;
  return (
    <span className="units">
      {clause.units.map((unit) => (
        <span key={`own-${unit.name}`} className={`unit ${unit.role}`} title={unit.role === 'lead' ? '牵头单位' : '配合单位'}>
          {unit.role === 'lead' ? '牵头 ' : ''}
          {unit.name}
        </span>
      ))}
      {clause.inheritedUnits.map((unit) => (
        <span key={`inh-${unit.name}`} className="unit inherited" title="按前文“以下事项均需…负责”沿用">
          {unit.name}
        </span>
      ))}
    </span>
  );
}

function Node({
  node,
  open,
  toggle,
  focusIndex,
}: {
  node: ClauseNode;
  open: Set<number>;
  toggle(i: number): void;
  focusIndex: number | null;
}) {
  const { clause } = node;
  const expanded = open.has(node.index);
  return (
    <li>
      <div
        className={`clause clause-level-${clause.level}${focusIndex === node.index ? ' flash' : ''}`}
        id={`clause-${node.index}`}
        data-clause-path={clause.path}
      >
        <div
          className="clause-head"
          role="button"
          tabIndex={0}
          aria-expanded={expanded}
          onClick={() => toggle(node.index)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              toggle(node.index);
            }
          }}
        >
          <span className="clause-marker">{clause.marker}</span>
          <span className="clause-heading">{clause.heading}</span>
          <UnitChips clause={clause} />
        </div>
        {expanded ? <p className="clause-text">{clause.text}</p> : null}
      </div>
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((child) => (
            <Node key={child.index} node={child} open={open} toggle={toggle} focusIndex={focusIndex} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ClauseTree({ clauses, focusIndex }: ClauseTreeProps) {
  const tree = useMemo(() => buildClauseTree(clauses), [clauses]);
  const [open, setOpen] = useState<Set<number>>(new Set());

  useEffect(() => {
    if (focusIndex === null) return;
    setOpen((current) => new Set(current).add(focusIndex));
    document.getElementById(`clause-${focusIndex}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focusIndex]);

  if (clauses.length === 0) return <p className="muted">没有识别出编号的条款。可以在右侧原文中核对正文的层次序数。</p>;
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return (
    <>
      <div className="form-actions" style={{ marginTop: 0, marginBottom: 8 }}>
        <span className="count">共 {clauses.length} 条</span>
        <button type="button" className="link" onClick={() => setOpen(new Set(clauses.map((_, i) => i)))}>
          全部展开
        </button>
        <button type="button" className="link" onClick={() => setOpen(new Set())}>
          全部收起
        </button>
      </div>
      <ul className="clause-tree" data-testid="clause-tree">
        {tree.map((node) => (
          <Node key={node.index} node={node} open={open} toggle={toggle} focusIndex={focusIndex} />
        ))}
      </ul>
    </>
  );
}
