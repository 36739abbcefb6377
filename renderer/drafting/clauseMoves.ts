/** Where "上移" and "下移" put a clause (with its sub-clauses): before the previous sibling, after the next. */
import type { Draft } from '../../shared/drafting/draft';

function blockEnd(draft: Draft, index: number): number {
  let end = index + 1;
  while (end < draft.clauses.length && draft.clauses[end].level > draft.clauses[index].level) end++;
  return end;
}

/** The key to move before when moving up, or undefined when already first. */
export function keyBeforePrevious(draft: Draft, key: string): string | undefined {
  const index = draft.clauses.findIndex((c) => c.key === key);
  for (let i = index - 1; i >= 0; i--) {
    if (draft.clauses[i].level <= draft.clauses[index].level) return draft.clauses[i].key;
  }
  return undefined;
}

/** The key to move before when moving down (null = to the end), or undefined when already last. */
export function keyAfterNext(draft: Draft, key: string): string | null | undefined {
  const index = draft.clauses.findIndex((c) => c.key === key);
  const next = blockEnd(draft, index);
  if (next >= draft.clauses.length) return undefined;
  const afterNext = blockEnd(draft, next);
  return afterNext >= draft.clauses.length ? null : draft.clauses[afterNext].key;
}

/** The last clause of a clause's block: a new sibling goes after it. */
export function lastKeyOfBlock(draft: Draft, key: string): string {
  const index = draft.clauses.findIndex((c) => c.key === key);
  return draft.clauses[blockEnd(draft, index) - 1].key;
}
