/**
 * Reads a 任务分工表 pasted as text, one row a line with cells between "|": the header row names the
 * columns (序号, 重点任务, 牵头单位, 配合单位, 完成时限); each numbered row becomes a task written out as
 * labelled lines ("牵头单位：A" …) so the clause reader finds its units. Without a header row the columns
 * are told apart by what they hold.
 */
import { isCompleteOrgName, splitOrgList } from './unitNames';
import { tableCells } from './lineKinds';

/** A column's label as the task text shows it; null for the 序号 and the task column itself. */
type Column = { kind: 'number' } | { kind: 'task' } | { kind: 'labelled'; label: string };

export type TableColumns = Column[];

/** The 序号 column's label. */
export const NUMBER_LABEL = /^(序号|编号|序)$/;
const TASK_LABEL = /^(重点|主要|工作|具体)?(任务|工作|内容|事项|措施|举措)(内容|名称|事项|措施|举措|任务)?$/;
const LEAD_LABEL = /^(牵头|主责|主办)(单位|部门)$/;
const CO_LABEL = /^(配合|协办|参与)(单位|部门)$/;
const UNITS_LABEL = /^(责任)(单位|部门)$/;
const DEADLINE_LABEL = /^(完成)?(时限|时间|期限)$|^时间节点$|^备注$/;
/** A person beside the units: 责任领导, 分管领导, 责任人. */
const PERSON_LABEL = /^(责任|牵头|分管|包保|联系)?(领导|责任人|联系人)$/;

/** Whether a cell is a column label a 任务分工表 header may hold. */
export function isColumnLabel(cell: string): boolean {
  return [NUMBER_LABEL, TASK_LABEL, LEAD_LABEL, CO_LABEL, UNITS_LABEL, DEADLINE_LABEL, PERSON_LABEL].some((label) => label.test(cell));
}

/** Whether a column label names units (牵头单位, 配合单位, 责任部门). */
export function isUnitsLabel(cell: string): boolean {
  return LEAD_LABEL.test(cell) || CO_LABEL.test(cell) || UNITS_LABEL.test(cell);
}

/** Whether a column label is the task's own (重点任务, 主要工作举措). */
export function isTaskLabel(cell: string): boolean {
  return TASK_LABEL.test(cell);
}
/** A row's 序号. */
export const ROW_NUMBER = /^[0-9０-９]{1,3}$/;

/** The columns a header row names, or null when the row is not a header (it must name a task or units column). */
export function readHeaderRow(text: string): TableColumns | null {
  const cells = tableCells(text).map((c) => c.replace(/\s+/g, ''));
  const columns: TableColumns = cells.map((cell) => {
    if (NUMBER_LABEL.test(cell)) return { kind: 'number' };
    if (TASK_LABEL.test(cell)) return { kind: 'task' };
    return { kind: 'labelled', label: cell };
  });
  const namesUnits = cells.some(isUnitsLabel);
  return namesUnits || columns.some((c) => c.kind === 'task') ? columns : null;
}

const DEADLINE = /(年|月|日|底前|以前|之前|长期|持续|常态|每[年季月周])/;

function looksLikeUnits(cell: string): boolean {
  const names = splitOrgList(cell.replace(/\s+/g, ''));
  return names.length > 0 && names.every((n) => isCompleteOrgName(n) || /^各./.test(n));
}

/** Columns of a row without a header: 序号, the task, then units (牵头 before 配合), a deadline, a note. */
function guessColumns(cells: string[]): TableColumns {
  const unitColumns = cells.filter((c, i) => i > 1 && looksLikeUnits(c)).length;
  let unitsSeen = 0;
  return cells.map((cell, i): Column => {
    if (i === 0) return { kind: 'number' };
    if (i === 1) return { kind: 'task' };
    if (looksLikeUnits(cell)) {
      unitsSeen++;
      if (unitColumns === 1) return { kind: 'labelled', label: '责任单位' };
      return { kind: 'labelled', label: unitsSeen === 1 ? '牵头单位' : '配合单位' };
    }
    return { kind: 'labelled', label: DEADLINE.test(cell) ? '完成时限' : '备注' };
  });
}

export interface TableTask {
  /** The row's 序号, digits folded to ASCII. */
  number: string;
  /** The 序号 as written. */
  marker: string;
  /** The task, then one "label：value" line for each other filled cell. */
  text: string;
}

/** A numbered data row as a task, or null (a header, a blank or a grouping row). */
export function readTaskRow(text: string, header: TableColumns | null): TableTask | null {
  const cells = tableCells(text);
  const numberAt = header ? header.findIndex((c) => c.kind === 'number') : 0;
  const marker = cells[numberAt < 0 ? 0 : numberAt] ?? '';
  if (!ROW_NUMBER.test(marker)) return null;
  const columns = header ?? guessColumns(cells);
  const task: string[] = [];
  const labelled: string[] = [];
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (!cell || i === numberAt || column?.kind === 'number') return;
    if (column?.kind === 'task') task.push(cell);
    else labelled.push(`${column?.kind === 'labelled' ? column.label : '备注'}：${cell}`);
  });
  const number = marker.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return { number, marker, text: [task.join(' '), ...labelled].filter(Boolean).join('\n') };
}
