/** Turns the parser's flat clause list (with parent indexes) into a tree for display. */
import type { Clause } from '../../shared/domain/notice';

export interface ClauseNode {
  index: number;
  clause: Clause;
  children: ClauseNode[];
}

export function buildClauseTree(clauses: Clause[]): ClauseNode[] {
  const nodes = clauses.map((clause, index) => ({ index, clause, children: [] as ClauseNode[] }));
  const roots: ClauseNode[] = [];
  for (const node of nodes) {
    const parent = node.clause.parentIndex;
    if (parent !== null && nodes[parent] && parent < node.index) nodes[parent].children.push(node);
    else roots.push(node);
  }
  return roots;
}
