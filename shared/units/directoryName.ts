/**
 * The office directory's own name for a unit written in the office's jurisdiction: 县发展改革委 is printed as
 * 大宁县发展和改革局 when the 机构名录 lists it under that alias; a name the directory does not know is kept
 * as written (公文校对 flags it as draft-unknown-unit).
 */
import type { DivisionIndex } from './divisions';
import { jurisdictionOf } from './jurisdiction';
import { resolveUnit, unitDirectory, type DirectoryUnit } from './resolveUnit';

export function directoryNamer(
  organization: { name: string; units: readonly DirectoryUnit[] } | null,
  index: DivisionIndex,
): (name: string) => string {
  if (!organization || organization.units.length === 0) return (name) => name;
  const home = jurisdictionOf(organization.name, null, index);
  if (!home) return (name) => name;
  const directory = unitDirectory(organization.units, home, index);
  return (name) => {
    const resolved = resolveUnit(name, { index, home, directory });
    if (resolved.kind !== 'unit' || resolved.jurisdiction?.code !== home.code) return name;
    return directory.byKey.get(resolved.key)?.unit.name ?? name;
  };
}
