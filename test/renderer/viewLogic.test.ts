import { describe, expect, it } from 'vitest';
import type { Draft, DraftClause } from '../../shared/drafting/draft';
import { moveClause } from '../../shared/drafting/draftEdits';
import { parseHash } from '../../renderer/app/hash';
import { href } from '../../renderer/app/router';
import { FIRST_SCREEN_ROWS, firstScreenCalls } from '../../renderer/firstScreen';
import { keyAfterNext, keyBeforePrevious, lastKeyOfBlock } from '../../renderer/drafting/clauseMoves';
import { buildClauseTree } from '../../renderer/notice/clauseTree';
import { locateLine } from '../../renderer/notice/OriginalText';
import { isOverdue } from '../../renderer/register/overdue';

describe('hash routes', () => {
  it('round-trips Chinese segments and query values', () => {
    const target = href(['units', '县应急管理局'], { clause: '二/三', empty: '' });
    expect(target).toBe('#/units/%E5%8E%BF%E5%BA%94%E6%80%A5%E7%AE%A1%E7%90%86%E5%B1%80?clause=%E4%BA%8C%2F%E4%B8%89');
    const route = parseHash(target);
    expect(route.segments).toEqual(['units', '县应急管理局']);
    expect(route.query.get('clause')).toBe('二/三');
  });

  it('reads an empty or broken hash without throwing', () => {
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#/notice/%E0%A4%A').segments).toEqual(['notice', '%E0%A4%A']);
  });
});

describe("the first screen's calls, started at boot", () => {
  it("asks for 今日待办 on the default screen and the register's first rows on the register", () => {
    expect(firstScreenCalls('')).toEqual([{ method: 'today.agenda', args: {} }]);
    expect(firstScreenCalls('#/today')).toEqual([{ method: 'today.agenda', args: {} }]);
    expect(firstScreenCalls('#/register?x=1')).toEqual([{ method: 'archive.listNotices', args: { limit: FIRST_SCREEN_ROWS } }]);
  });

  it('starts nothing for a screen that loads its own data', () => {
    expect(firstScreenCalls('#/notice/12')).toEqual([]);
    expect(firstScreenCalls('#/search?q=燃气')).toEqual([]);
  });
});

describe('overdue 办理期限', () => {
  it('is overdue only when past the deadline and not done', () => {
    expect(isOverdue({ dueDate: '2025-05-01', status: 'pending' }, '2025-05-02')).toBe(true);
    expect(isOverdue({ dueDate: '2025-05-01', status: 'in_progress' }, '2025-05-01')).toBe(false);
    expect(isOverdue({ dueDate: '2025-05-01', status: 'done' }, '2025-06-01')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'pending' }, '2025-06-01')).toBe(false);
  });
});

describe('the clause tree of the detail view', () => {
  const clause = (path: string, level: 1 | 2 | 3 | 4, parentIndex: number | null) => ({
    level,
    number: path.split('/').pop()!,
    marker: '',
    path,
    heading: path,
    text: '',
    units: [],
    inheritedUnits: [],
    parentIndex,
    line: 1,
  });

  it('nests clauses under their parents and keeps orphans at the top', () => {
    const tree = buildClauseTree([clause('一', 1, null), clause('一/一', 2, 0), clause('一/一/1', 3, 1), clause('（二）', 2, null)]);
    expect(tree.map((n) => n.clause.path)).toEqual(['一', '（二）']);
    expect(tree[0].children[0].children[0].clause.path).toBe('一/一/1');
  });
});

describe('jumping to a finding in the original text', () => {
  const lines = ['大宁县人民政府文件', '', '一、强化政治引领', '（一）强化理论学习。', '（二）常态宣传引导。'];

  it('finds the line holding the excerpt nearest the given line', () => {
    expect(locateLine(lines, { line: 1, excerpt: '（二）常态宣传引导' })).toBe(4);
  });

  it('falls back to the line number when the excerpt is not there', () => {
    expect(locateLine(lines, { line: 3, excerpt: '不存在的文字' })).toBe(2);
    expect(locateLine(lines, { line: 99, excerpt: '' })).toBe(4);
  });
});

describe('moving draft clauses up and down', () => {
  const c = (key: string, level: 1 | 2): DraftClause => ({
    key,
    upstreamIndex: null,
    upstreamPath: null,
    status: 'new',
    level,
    text: key,
    carriedText: null,
    units: [],
    roleNote: null,
  });
  const draft = { clauses: [c('a', 1), c('a1', 2), c('a2', 2), c('b', 1), c('b1', 2)] } as Draft;
  const order = (d: Draft) => d.clauses.map((x) => x.key);

  it('moves a section with its sub-clauses below the next section', () => {
    const moved = moveClause(draft, 'a', keyAfterNext(draft, 'a')!);
    expect(moved.ok && order(moved.value)).toEqual(['b', 'b1', 'a', 'a1', 'a2']);
  });

  it('moves a sub-clause above its previous sibling', () => {
    const moved = moveClause(draft, 'a2', keyBeforePrevious(draft, 'a2')!);
    expect(moved.ok && order(moved.value)).toEqual(['a', 'a2', 'a1', 'b', 'b1']);
  });

  it('says when a clause cannot move further', () => {
    expect(keyBeforePrevious(draft, 'a')).toBeUndefined();
    expect(keyAfterNext(draft, 'b')).toBeUndefined();
  });

  it('adds a new sibling after the whole block', () => {
    expect(lastKeyOfBlock(draft, 'a')).toBe('a2');
  });
});
