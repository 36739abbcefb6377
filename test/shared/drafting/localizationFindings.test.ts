import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../electron/core/units/divisionsDataset';
import { localizationFindings, type LocalizationCheck } from '../../../shared/drafting/localizationFindings';
import { corpusText } from '../../corpus';
import { daningDraft, NOTICE_TEMPLATE } from './draftFixtures';

const index = loadDivisions();
const taiyuan = { issuer: '太原市人民政府', agencyCode: '并政发', text: corpusText('taiyuan-city-2025') };
const check = (organization: LocalizationCheck['organization'], upstream = taiyuan): LocalizationCheck => ({
  index,
  organization,
  upstream,
});
const rules = (findings: { rule: string }[]) => new Set(findings.map((f) => f.rule));

describe('localization findings of a draft', () => {
  const draft = daningDraft();

  it('warns once that 太原 is not above 大宁县, and not when the upstream is its own city', () => {
    const wrong = localizationFindings(draft, NOTICE_TEMPLATE, check({ name: '大宁县人民政府', units: [] }));
    expect(wrong.filter((f) => f.rule === 'draft-not-superior')).toHaveLength(1);
    const right = localizationFindings(draft, NOTICE_TEMPLATE, check({ name: '清徐县人民政府', units: [] }));
    expect(rules(right).has('draft-not-superior')).toBe(false);
  });

  it("flags the upstream's counties and figures, but not the office's own county", () => {
    const daning = localizationFindings(draft, NOTICE_TEMPLATE, check({ name: '大宁县人民政府', units: [] }));
    const places = daning.filter((f) => f.rule === 'draft-upstream-place').map((f) => f.at?.excerpt ?? '');
    expect(places.some((p) => p.includes('清徐'))).toBe(true);
    expect(daning.some((f) => f.rule === 'draft-upstream-figure' && f.message.includes('33座'))).toBe(true);
    const qingxu = localizationFindings(draft, NOTICE_TEMPLATE, check({ name: '清徐县人民政府', units: [] }));
    const qingxuPlaces = qingxu.filter((f) => f.rule === 'draft-upstream-place').map((f) => f.message);
    expect(qingxuPlaces.some((m) => m.includes('“清徐”'))).toBe(false);
    expect(qingxuPlaces.some((m) => m.includes('“娄烦”'))).toBe(true);
  });

  it('flags a unit the directory lacks, once, and only when there is a directory', () => {
    const units = [{ name: '大宁县应急管理局', aliases: [] }];
    const found = localizationFindings(draft, NOTICE_TEMPLATE, check({ name: '大宁县人民政府', units }));
    const unknown = found.filter((f) => f.rule === 'draft-unknown-unit').map((f) => f.at?.excerpt);
    expect(unknown).toContain('县房产局');
    expect(unknown).not.toContain('县应急局');
    expect(new Set(unknown).size).toBe(unknown.length);
    const none = localizationFindings(draft, NOTICE_TEMPLATE, check({ name: '大宁县人民政府', units: [] }));
    expect(rules(none).has('draft-unknown-unit')).toBe(false);
  });

  it('says nothing of places or figures for a draft with no upstream text', () => {
    const found = localizationFindings(draft, NOTICE_TEMPLATE, {
      index,
      organization: { name: '大宁县人民政府', units: [] },
      upstream: null,
    });
    expect(found).toEqual([]);
  });
});
