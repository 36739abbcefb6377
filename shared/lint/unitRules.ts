/**
 * 责任单位 coverage: in a notice that assigns responsible units, every clause at level 2 or deeper
 * should name its own, inherit a standing default, or share them with its heading or its sub-clauses.
 */
import type { Clause, Finding, ParsedNotice } from '../domain/notice';
import { clauseLocation, excerpt, finding } from './ruleCatalog';

const hasUnits = (clause: Clause) => (clause.units?.length ?? 0) + (clause.inheritedUnits?.length ?? 0) > 0;

export function unitFindings(notice: ParsedNotice): Finding[] {
  const clauses = notice.clauses ?? [];
  // A notice that names no unit anywhere is not a task division; flagging each clause would be noise.
  if (!clauses.some(hasUnits)) return [];

  // Units reach down to every sub-clause, and up: a heading is covered when a sub-clause names units.
  const covered = new Set<number>();
  clauses.forEach((clause, index) => {
    if (!hasUnits(clause)) return;
    for (const ancestor of ancestorsOf(clauses, index)) covered.add(ancestor);
  });
  clauses.forEach((_, index) => {
    if (ancestorsOf(clauses, index).some((ancestor) => hasUnits(clauses[ancestor]))) covered.add(index);
  });

  const findings: Finding[] = [];
  clauses.forEach((clause, index) => {
    if (clause.level < 2 || hasUnits(clause) || covered.has(index)) return;
    findings.push(
      finding('units-missing', `条款“${excerpt(`${clause.marker}${clause.heading}`)}”未写责任单位`, clauseLocation(clause, index)),
    );
  });
  return findings;
}

/** Indices of the clause's parent, grandparent, … (stops on a broken or cyclic parent chain). */
function ancestorsOf(clauses: Clause[], index: number): number[] {
  const ancestors: number[] = [];
  const seen = new Set<number>([index]);
  let parent = clauses[index].parentIndex;
  while (parent !== null && parent !== undefined && clauses[parent] && !seen.has(parent)) {
    seen.add(parent);
    ancestors.push(parent);
    parent = clauses[parent].parentIndex;
  }
  return ancestors;
}
