import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/drafting/draft';
import {
  addClause,
  dropClause,
  editClause,
  moveClause,
  restoreClause,
  setClauseUnits,
  type DraftEditResult,
} from '../../../shared/drafting/draftEdits';
import { numberDraftClauses, unitsNote } from '../../../shared/drafting/draftRender';
import { learnedUnitMappings, remapDraftUnits } from '../../../shared/drafting/unitMapping';
import { CITY_TO_COUNTY, NOTICE_TEMPLATE, daningDraft } from './draftFixtures';

function value(result: DraftEditResult): Draft {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const markers = (draft: Draft) => numberDraftClauses(draft).map((n) => `${n.marker}${n.clause.text.slice(0, 4)}`);

describe('editing a draft’s clauses', () => {
  const draft = daningDraft();

  it('drops an upstream clause and renumbers the rest', () => {
    const dropped = value(dropClause(draft, 'u1'));
    expect(dropped.clauses.find((c) => c.key === 'u1')!.status).toBe('dropped');
    expect(markers(dropped).slice(0, 3)).toEqual(['一、压实安全', '（一）强化党政', '（二）强化部门']);
  });

  it('restores a dropped clause as it was', () => {
    const restored = value(restoreClause(value(dropClause(draft, 'u1')), 'u1'));
    expect(restored.clauses.find((c) => c.key === 'u1')!.status).toBe('kept');
  });

  it('marks a reworded clause edited, and kept again when the wording returns', () => {
    const edited = value(editClause(draft, 'u1', { text: '强化理论学习。把学习贯彻作为第一议题。' }));
    expect(edited.clauses[1].status).toBe('edited');
    const back = value(editClause(edited, 'u1', { text: draft.clauses[1].text }));
    expect(back.clauses[1].status).toBe('kept');
  });

  it('refuses an empty clause with a Chinese sentence', () => {
    const result = editClause(draft, 'u1', { text: '  ' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/不能为空/) });
  });

  it('adds a new clause after another and numbers it in place', () => {
    const result = addClause(draft, { afterKey: 'u5', level: 2, text: '保持打非治违高压态势。依法从严查处非法违法行为。' });
    const added = value(result);
    expect(result.key).toBe('n1');
    expect(markers(added)[6]).toBe('（六）保持打非');
    expect(markers(added)[8]).toBe('（七）优化体制');
  });

  it('removes a new clause outright when it is dropped', () => {
    const added = value(addClause(draft, { afterKey: null, level: 1, text: '总体要求' }));
    expect(value(dropClause(added, 'n1')).clauses).toHaveLength(draft.clauses.length);
  });

  it('moves a section together with its clauses', () => {
    const moved = value(moveClause(draft, 'u6', 'u0'));
    expect(moved.clauses.slice(0, 6).map((c) => c.key)).toEqual(['u6', 'u7', 'u8', 'u9', 'u10', 'u0']);
    expect(markers(moved).slice(0, 2)).toEqual(['一、优化体制', '（一）优化体制']);
  });

  it('refuses to move a section into itself', () => {
    expect(moveClause(draft, 'u0', 'u2').ok).toBe(false);
  });

  it('answers an unknown clause with an error value', () => {
    expect(dropClause(draft, 'u999')).toEqual({ ok: false, error: expect.stringMatching(/没有编号为“u999”的条款/) });
  });

  it('refuses duplicate unit names in one clause', () => {
    const unit = { name: '县应急管理局', role: 'lead' as const, upstream: null };
    expect(setClauseUnits(draft, 'u1', [unit, unit]).ok).toBe(false);
  });
});

describe('numbering', () => {
  it('restarts level-2 numbers per section when the draft does', () => {
    const perSection = { ...daningDraft(), numbering: 'perSection' as const };
    const numbered = numberDraftClauses(perSection);
    expect(numbered[6].marker).toBe('二、');
    expect(numbered[7].marker).toBe('（一）');
    expect(numbered[7].path).toBe('二/一');
  });

  it('writes deeper levels as 1. and （1）', () => {
    let draft = daningDraft();
    draft = value(addClause(draft, { afterKey: 'u1', level: 3, text: '每月集中学习一次。' }));
    draft = value(addClause(draft, { afterKey: 'n1', level: 4, text: '由办公室组织。' }));
    draft = value(addClause(draft, { afterKey: 'n2', level: 3, text: '每季度交流一次。' }));
    const numbered = numberDraftClauses(draft);
    expect(numbered.slice(2, 5).map((n) => [n.marker, n.path])).toEqual([
      ['1.', '一/一/1'],
      ['（1）', '一/一/1/1'],
      ['2.', '一/一/2'],
    ]);
  });
});

describe('the unit note', () => {
  it('lists units of one role after 责任单位', () => {
    const units = [
      { name: '县应急管理局', role: 'lead' as const, upstream: null },
      { name: '县消防救援大队', role: 'lead' as const, upstream: null },
    ];
    expect(unitsNote(units, NOTICE_TEMPLATE)).toBe('（责任单位：县应急管理局、县消防救援大队）');
  });

  it('names the lead and the co-operating units apart', () => {
    const units = [
      { name: '县应急管理局', role: 'lead' as const, upstream: null },
      { name: '县公安局', role: 'co' as const, upstream: null },
      { name: '各乡镇', role: 'co' as const, upstream: null },
    ];
    expect(unitsNote(units, NOTICE_TEMPLATE)).toBe('（县应急管理局牵头，县公安局、各乡镇配合）');
  });
});

describe('learning the unit mapping from the clerk’s edits', () => {
  it('learns an upstream unit’s local name from a renamed unit', () => {
    const draft = daningDraft();
    const clause = draft.clauses.find((c) => c.units.some((u) => u.upstream === '市应急局'))!;
    const renamed = clause.units.map((u) => (u.upstream === '市应急局' ? { ...u, name: '县应急管理局' } : u));
    const edited = value(setClauseUnits(draft, clause.key, renamed));
    expect(learnedUnitMappings(edited, CITY_TO_COUNTY, {})).toEqual({ 市应急局: '县应急管理局' });
  });

  it('learns nothing from a draft the clerk did not touch', () => {
    expect(learnedUnitMappings(daningDraft(), CITY_TO_COUNTY, {})).toEqual({});
  });

  it('carries a learned name to the other clauses still holding the old one', () => {
    const draft = daningDraft();
    const remapped = remapDraftUnits(draft, CITY_TO_COUNTY, {}, { 市应急局: '县应急管理局' });
    const names = remapped.clauses.flatMap((c) => c.units.filter((u) => u.upstream === '市应急局').map((u) => u.name));
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names)).toEqual(new Set(['县应急管理局']));
  });
});
