/**
 * The clerk's edits of a draft's clauses, as pure functions returning a new draft: keep, drop,
 * restore, edit the wording or level, set the units, add a new clause, move a clause (with its
 * sub-clauses). A key that is not in the draft is a value error (the screen may be stale).
 */
import type { ClauseLevel } from '../domain/notice';
import type { Draft, DraftClause, DraftUnit } from './draft';

export type DraftEditResult = { ok: true; value: Draft } | { ok: false; error: string };

const notFound = (key: string): DraftEditResult => ({ ok: false, error: `草稿中没有编号为“${key}”的条款，请刷新后重试。` });

function statusAfterEdit(clause: DraftClause, text: string): DraftClause['status'] {
  if (clause.status === 'new') return 'new';
  return clause.carriedText !== null && text === clause.carriedText ? 'kept' : 'edited';
}

function update(draft: Draft, key: string, change: (clause: DraftClause) => DraftClause | null): DraftEditResult {
  const index = draft.clauses.findIndex((c) => c.key === key);
  if (index < 0) return notFound(key);
  const changed = change(draft.clauses[index]);
  const clauses = [...draft.clauses];
  if (changed) clauses[index] = changed;
  else clauses.splice(index, 1);
  return { ok: true, value: { ...draft, clauses } };
}

/** Dropping an upstream clause marks it (it stays visible, struck through); a new clause is removed. */
export function dropClause(draft: Draft, key: string): DraftEditResult {
  return update(draft, key, (c) => (c.status === 'new' ? null : { ...c, status: 'dropped' }));
}

export function restoreClause(draft: Draft, key: string): DraftEditResult {
  return update(draft, key, (c) => (c.status === 'dropped' ? { ...c, status: statusAfterEdit(c, c.text) } : c));
}

export function editClause(draft: Draft, key: string, edit: { text?: string; level?: ClauseLevel }): DraftEditResult {
  if (edit.text !== undefined && edit.text.trim() === '') {
    return { ok: false, error: '条款内容不能为空；不需要的条款请用“删除”。' };
  }
  return update(draft, key, (c) => {
    const text = edit.text?.trim() ?? c.text;
    const status = c.status === 'dropped' ? 'dropped' : statusAfterEdit(c, text);
    return { ...c, text, level: edit.level ?? c.level, status };
  });
}

export function setClauseUnits(draft: Draft, key: string, units: DraftUnit[]): DraftEditResult {
  const names = units.map((u) => u.name.trim());
  if (names.some((n) => n === '')) return { ok: false, error: '责任单位名称不能为空。' };
  if (new Set(names).size < names.length) return { ok: false, error: '同一条款的责任单位有重复，请合并。' };
  return update(draft, key, (c) => ({ ...c, units: units.map((u) => ({ ...u, name: u.name.trim() })) }));
}

/** Adds a new clause after `afterKey` (or at the start when null); returns the draft and the new key. */
export function addClause(
  draft: Draft,
  clause: { afterKey: string | null; level: ClauseLevel; text: string; units?: DraftUnit[] },
): DraftEditResult & { key?: string } {
  if (clause.text.trim() === '') return { ok: false, error: '新条款内容不能为空。' };
  const at = clause.afterKey === null ? 0 : draft.clauses.findIndex((c) => c.key === clause.afterKey) + 1;
  if (at === 0 && clause.afterKey !== null) return notFound(clause.afterKey);
  const next = Math.max(0, ...draft.clauses.filter((c) => c.key.startsWith('n')).map((c) => Number(c.key.slice(1)) || 0)) + 1;
  const key = `n${next}`;
  const created: DraftClause = {
    key,
    upstreamIndex: null,
    upstreamPath: null,
    status: 'new',
    level: clause.level,
    text: clause.text.trim(),
    carriedText: null,
    units: clause.units ?? [],
    roleNote: null,
  };
  const clauses = [...draft.clauses];
  clauses.splice(at, 0, created);
  return { ok: true, value: { ...draft, clauses }, key };
}

/** The clause and the deeper clauses right after it: what moves together. */
function blockOf(clauses: DraftClause[], index: number): number {
  let end = index + 1;
  while (end < clauses.length && clauses[end].level > clauses[index].level) end++;
  return end;
}

/** Moves a clause with its sub-clauses before `beforeKey`, or to the end when null. */
export function moveClause(draft: Draft, key: string, beforeKey: string | null): DraftEditResult {
  const from = draft.clauses.findIndex((c) => c.key === key);
  if (from < 0) return notFound(key);
  const end = blockOf(draft.clauses, from);
  const block = draft.clauses.slice(from, end);
  if (beforeKey !== null && block.some((c) => c.key === beforeKey)) {
    return { ok: false, error: '不能把条款移到它自己的下级条款之中。' };
  }
  const rest = [...draft.clauses.slice(0, from), ...draft.clauses.slice(end)];
  const to = beforeKey === null ? rest.length : rest.findIndex((c) => c.key === beforeKey);
  if (to < 0) return notFound(beforeKey!);
  rest.splice(to, 0, ...block);
  return { ok: true, value: { ...draft, clauses: rest } };
}
