/**
 * 任务分工方案: one row per task of a notice or draft — 序号, 重点任务, 牵头单位, 配合单位, 完成时限.
 * Where a clause names its units without roles, the first-named unit leads (the usual reading of a
 * 分工 list); the deadline is the one the clause writes (年底前, 6月底前 …) or the template's default.
 */
import type { ParsedNotice, ResponsibleUnit } from '../domain/notice';
import { splitUnitsNote } from './clauseText';
import { titleSubject } from './createDraft';
import type { Draft } from './draft';
import { numberDraftClauses, splitHeading } from './draftRender';
import { placeName } from './organization';
import { fillPlaceholders } from './placeholders';
import type { TaskTableTemplate } from './templates';

export interface TaskRow {
  serial: number;
  /** The clause's path in its notice ("二/七"). */
  clause: string;
  task: string;
  lead: string[];
  co: string[];
  deadline: string;
}

export interface TaskTableDocument {
  title: string;
  intro: string;
  columns: TaskTableTemplate['columns'];
  rows: TaskRow[];
}

const DEADLINES = [
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前)/,
  /(?:\d{4}年)?\d{1,2}月(?:底|中旬|上旬|下旬|末)?(?:前|之前)/,
  /(?:\d{4}年)?年底(?:前|之前)/,
  /(?:\d{4}年)?(?:上半年|下半年|年内|全年)/,
  /长期坚持|持续推进|常态化推进/,
];

/** The first deadline a clause writes, or null. */
export function deadlineOf(text: string): string | null {
  let best: { index: number; text: string } | null = null;
  for (const pattern of DEADLINES) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best?.text ?? null;
}

/** Lead and co-operating units; with no roles written, the first-named unit leads. */
export function splitRoles(units: Pick<ResponsibleUnit, 'name' | 'role'>[]): { lead: string[]; co: string[] } {
  const names = [...new Set(units.map((u) => u.name))];
  const lead = [...new Set(units.filter((u) => u.role === 'lead').map((u) => u.name))];
  const co = names.filter((n) => !lead.includes(n));
  if (co.length === 0 && lead.length > 1) return { lead: lead.slice(0, 1), co: lead.slice(1) };
  return { lead, co };
}

interface TaskSource {
  path: string;
  heading: string;
  text: string;
  units: Pick<ResponsibleUnit, 'name' | 'role'>[];
}

function build(sources: TaskSource[], template: TaskTableTemplate, values: Record<string, string | null>): TaskTableDocument {
  const defaultDeadline = fillPlaceholders(template.defaultDeadline, values);
  return {
    title: fillPlaceholders(template.title, values),
    intro: fillPlaceholders(template.intro, values),
    columns: template.columns,
    rows: sources.map((s, i) => ({
      serial: i + 1,
      clause: s.path,
      task: template.taskText === 'heading' && s.heading ? s.heading : s.text,
      ...splitRoles(s.units),
      deadline: deadlineOf(s.text) ?? defaultDeadline,
    })),
  };
}

function placeholderValues(title: string, issuer: string | null, docNumber: string | null, year: string | null) {
  const subject = titleSubject(title, issuer);
  return {
    organization: issuer,
    place: issuer ? placeName(issuer) : null,
    subject: subject.replace(/^做好/, ''),
    sourceTitle: title,
    sourceDocNumber: docNumber,
    year,
  };
}

/**
 * The task table of a draft (its clauses as rendered: dropped ones left out, units as mapped), each unit
 * under the name `unitName` gives it (the office directory's full name).
 */
export function taskTableFromDraft(
  draft: Draft,
  template: TaskTableTemplate,
  unitName: (name: string) => string = (name) => name,
): TaskTableDocument {
  const numbered = numberDraftClauses(draft);
  const taskLevel = numbered.some((n) => n.level === 2) ? 2 : 1;
  const sources = numbered
    .filter((n) => n.level === taskLevel)
    .map((n) => {
      const { heading } = splitHeading(n.clause.text);
      const units = n.clause.units.map((u) => ({ name: unitName(u.name), role: u.role }));
      return { path: n.path, heading: heading.replace(/[。！？]$/, ''), text: n.clause.text, units };
    });
  // The notice's own year: a draft made today for last year's work keeps last year's deadlines.
  const year =
    /(\d{4})年/.exec(draft.title)?.[1] ??
    /〔(\d{4})〕/.exec(draft.docNumber ?? '')?.[1] ??
    draft.upstream?.signedDate?.slice(0, 4) ??
    draft.signedDate?.slice(0, 4) ??
    null;
  return build(sources, template, placeholderValues(draft.title, draft.issuer, draft.docNumber, year));
}

/** The task table of an archived notice (its own units, a standing default written out). */
export function taskTableFromNotice(notice: ParsedNotice, template: TaskTableTemplate): TaskTableDocument {
  const taskLevel = notice.clauses.some((c) => c.level === 2) ? 2 : 1;
  const sources = notice.clauses
    .filter((c) => c.level === taskLevel)
    .map((c) => ({
      path: c.path || c.number,
      heading: c.heading,
      text: splitUnitsNote(c.text).body,
      units: [...c.units, ...c.inheritedUnits],
    }));
  const year = notice.signedDate?.slice(0, 4) ?? notice.docNumber?.year.toString() ?? null;
  return build(sources, template, placeholderValues(notice.title ?? '', notice.issuer, notice.docNumber?.text ?? null, year));
}
