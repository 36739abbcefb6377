/**
 * One responsible unit's tasks across the chosen notices: for each clause assigned to it, the notice,
 * the clause, what to do, whether it leads or co-operates, and the deadline (the registration's 办理期限,
 * else the one the clause writes, else the template's default).
 */
import { formatDate } from '../domain/dates';
import { splitUnitsNote } from './clauseText';
import { fillPlaceholders } from './placeholders';
import { deadlineOf } from './taskTable';
import type { UnitTasksTemplate } from './templates';
import { writtenRole } from './writtenRole';

export interface UnitTaskInput {
  noticeId: number;
  docNumber: string | null;
  title: string | null;
  clause: { number: string; path: string; printed?: string; heading: string; text: string; level?: number };
  role: 'lead' | 'co';
  /** The unit name the task was found under, when it differs from the list's. */
  unit?: string;
  dueDate: string | null;
}

export interface UnitTaskRow {
  serial: number;
  notice: string;
  clause: string;
  task: string;
  role: string;
  deadline: string;
}

export interface UnitTasksDocument {
  title: string;
  intro: string;
  columns: UnitTasksTemplate['columns'];
  rows: UnitTaskRow[];
}

export function unitTasksDocument(unit: string, tasks: UnitTaskInput[], template: UnitTasksTemplate, today: string): UnitTasksDocument {
  const notices = new Set(tasks.map((t) => t.noticeId));
  const values = { unit, noticeCount: String(notices.size), taskCount: String(tasks.length), today: formatDate(today) };
  return {
    title: fillPlaceholders(template.title, values),
    intro: fillPlaceholders(template.intro, values),
    columns: template.columns,
    rows: tasks.map((t, i) => {
      const text = splitUnitsNote(t.clause.text).body;
      return {
        serial: i + 1,
        notice: [t.docNumber, t.title ? `《${t.title}》` : null].filter(Boolean).join(''),
        clause: `${t.clause.printed || t.clause.path || t.clause.number} ${t.clause.heading}`.trim(),
        task: text,
        role: writtenRole(t.clause.text, t.unit ?? unit, t.role),
        deadline: t.dueDate ? formatDate(t.dueDate) : (deadlineOf(text) ?? template.defaultDeadline),
      };
    }),
  };
}
