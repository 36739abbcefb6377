/**
 * A unit's role as the notice writes it: "牵头", "配合", "分工负责", "负责"… read from the clause's
 * trailing unit note around the unit's name, so a unit list can print what the notice said (a unit
 * told to 分工负责 is not merely 配合). Falls back to the stored lead/co role when nothing is written.
 */
import { splitUnitsNote } from './clauseText';

/** Longest first, so "分工负责" wins over "负责". */
const ROLE_WORDS = ['按职责分工负责', '分工负责', '共同负责', '牵头负责', '牵头', '配合', '协助', '参与', '负责', '指导', '督促'];
const SHORT_FORM: Record<string, string> = { 按职责分工负责: '分工负责', 牵头负责: '牵头' };

const FALLBACK = { lead: '牵头', co: '配合' } as const;

/** The role phrase for `unit` in the clause `text`, else 牵头/配合 from `role`. */
export function writtenRole(text: string, unit: string, role: 'lead' | 'co'): string {
  const note = splitUnitsNote(text).unitsNote;
  if (!note) return FALLBACK[role];
  // The role word governing a unit follows it in the same clause of the note: "A牵头，B、C配合".
  const segments = note.split(/[，；,;。]/);
  const at = segments.findIndex((s) => s.includes(unit));
  const segment = at >= 0 ? segments[at] : null;
  const word = segment ? ROLE_WORDS.find((w) => segment.slice(segment.indexOf(unit)).includes(w)) : undefined;
  return word ? (SHORT_FORM[word] ?? word) : FALLBACK[role];
}

/** A clause's number as printed, with its parents': "二（三）" for 二、 then （三）; "二、" for a level-1 clause. */
export function printedClauseNumber(markers: string[]): string {
  return markers.map((m, i) => (i < markers.length - 1 ? m.replace(/[、.．，]$/, '') : m)).join('');
}
