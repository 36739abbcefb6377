/**
 * 责任单位 coverage: in a notice that assigns units, every clause at level 2 or deeper should name its own
 * units, inherit a standing default, or share them with its heading or its sub-clauses; a clerk assigning
 * tasks needs each one. A notice that names none gets one note instead.
 */
import type { Clause, Finding, ParsedNotice } from '../domain/notice';
import { clauseLocation, excerpt, finding } from './ruleCatalog';

const hasUnits = (clause: Clause) => (clause.units?.length ?? 0) + (clause.inheritedUnits?.length ?? 0) > 0;

export function unitFindings(notice: ParsedNotice): Finding[] {
  const clauses = notice.clauses ?? [];
  // A notice that names no unit anywhere writes in another style (a 决定 listing documents, a 会议通知,
  // a 镇 notice to its villages): one note says so, rather than a warning on every clause.
  if (!clauses.some(hasUnits)) {
    const first = clauses.findIndex((c) => c.level >= 2);
    if (first < 0) return [];
    return [finding('units-missing', '本文各条款都未写责任单位，分工时需另行明确', clauseLocation(clauses[first], first), 'info')];
  }

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
