import { describe, expect, it } from 'vitest';
import { compareClauses } from '../../../shared/drafting/coverage';
import { titleSubject } from '../../../shared/drafting/createDraft';
import { draftSchema } from '../../../shared/drafting/draft';
import { draftToParsedNotice, draftToText } from '../../../shared/drafting/draftAsNotice';
import { lintDraft } from '../../../shared/drafting/draftLint';
import { draftToNoticeDocument, unitsNote } from '../../../shared/drafting/draftRender';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { DANING, NOTICE_TEMPLATE, TAIYUAN, daningDraft } from './draftFixtures';

describe('a draft of 大宁县’s notice carrying out 太原市’s', () => {
  const draft = daningDraft();

  it('is titled 本机关 + 关于 + the localized subject + 文种, with the year carried over', () => {
    expect(draft.title).toBe('大宁县人民政府关于做好2025年全县安全生产工作的通知');
  });

  it('is addressed to the organization’s recipients and signed by it', () => {
    expect(draft.recipients).toEqual(['各乡镇', '县直各部门']);
    expect(draft.signature).toBe('大宁县人民政府');
    expect(draft.issuerMark).toBe('大宁县人民政府文件');
    expect(draft.cc).toEqual(['县委办', '县人大办', '县政协办']);
    expect(draft.printer).toBe('大宁县人民政府办公室');
    expect(draft.signedDate).toBe('2025-04-20');
  });

  it('opens by citing the upstream notice as 《title》（文号）', () => {
    expect(draft.opening).toContain('《太原市人民政府关于做好2025年安全生产工作的通知》（并政发〔2025〕1号）');
    expect(draft.opening).toMatch(/结合我县实际/);
  });

  it('carries over every upstream clause, kept, in order', () => {
    expect(draft.clauses).toHaveLength(TAIYUAN.clauses.length);
    expect(draft.clauses.map((c) => c.upstreamIndex)).toEqual(TAIYUAN.clauses.map((_, i) => i));
    expect(draft.clauses.every((c) => c.status === 'kept')).toBe(true);
    expect(draft.clauses.map((c) => c.level)).toEqual(TAIYUAN.clauses.map((c) => c.level));
  });

  it('localizes the level words and leaves 城市 and 市场 alone', () => {
    const text = draft.clauses.map((c) => c.text).join('\n');
    expect(text).toContain('推进我县“三管三必须”实施细则编制印发');
    expect(text).toContain('一地有隐患、全县受警示');
    expect(text).toContain('优化城市安全格局');
    expect(text).toContain('对市场保有量充足');
    expect(text).not.toMatch(/全市|我市|市级/);
  });

  it('writes punctuation full-width where the web page had half-width', () => {
    expect(draft.clauses[0].text).toBe('压实安全责任，筑牢安全生产整体防线');
  });

  it('maps responsible units and keeps a standing default once, where the upstream wrote it', () => {
    const clause7 = draft.clauses.find((c) => c.upstreamPath === '二/七')!;
    expect(clause7.units.map((u) => u.name)).toEqual(['县发展改革委', '县规划和自然资源局', '县审批服务管理局', '县应急局', '县能源局']);
    expect(clause7.units[0].upstream).toBe('市发展改革委');
    expect(clause7.text).not.toContain('等部门负责');
    const sections = draft.clauses.filter((c) => c.level === 1);
    expect(sections.every((c) => c.units.length === 0)).toBe(true);
    // 各乡镇政府 is not appended to every task; the default is written once, localized.
    expect(draft.clauses.filter((c) => c.units.some((u) => u.name === '各乡镇政府'))).toHaveLength(1);
    const text = draftToText(draft, NOTICE_TEMPLATE).text;
    expect(text.match(/以下事项均需各乡镇政府负责/g)).toHaveLength(1);
  });

  it('keeps role phrases as written: 牵头/配合, 分工负责, 指导督促落实', () => {
    const byPath = (path: string) =>
      draftToText(draft, NOTICE_TEMPLATE)
        .text.split('\n')
        .find((l) => l.startsWith(`（${path}）`))!;
    expect(byPath('四')).toMatch(/（县级负有安全生产监管职责的部门指导督促落实）$/);
    expect(byPath('十二')).toMatch(/（县规划和自然资源局、县水务局、县城乡管理局、县应急局、县气象局等部门分工负责）$/);
    expect(draft.clauses.find((c) => c.upstreamPath === '三/十二')!.roleNote).toBe('{0}、{1}、{2}、{3}、{4}等部门分工负责');
  });

  it('falls back to a plain note once the clerk changes the units a role phrase named', () => {
    const clause = draft.clauses.find((c) => c.upstreamPath === '一/四')!;
    const added = { ...clause, units: [...clause.units, { name: '县公安局', role: 'lead' as const, upstream: null }] };
    expect(unitsNote(clause.units, NOTICE_TEMPLATE, clause.roleNote)).toBe('（县级负有安全生产监管职责的部门指导督促落实）');
    expect(unitsNote(added.units, NOTICE_TEMPLATE, added.roleNote)).toContain('县公安局');
    expect(unitsNote(added.units, NOTICE_TEMPLATE, added.roleNote)).not.toContain('指导督促落实');
  });

  it('uses the clerk’s learned unit mapping', () => {
    const withMapping = daningDraft({ ...DANING, unitMapping: { 市应急局: '县应急管理局' } });
    const units = withMapping.clauses.flatMap((c) => c.units.map((u) => u.name));
    expect(units).toContain('县应急管理局');
    expect(units).not.toContain('县应急局');
  });

  it('ends with the template’s closing lines addressed to the recipients', () => {
    expect(draft.closing).toEqual([
      '各乡镇、县直各部门要按照本通知要求，结合实际细化工作措施，明确责任分工，确保各项任务落到实处。工作中遇到的重大问题，及时向大宁县人民政府报告。',
    ]);
  });

  it('is a valid draft by the schema stored drafts are checked against', () => {
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('passes 公文校对 before a 文号 is drawn', () => {
    expect(lintDraft(draft, NOTICE_TEMPLATE)).toEqual([]);
  });

  it('covers every upstream task when nothing is dropped', () => {
    const view = draftToParsedNotice(draft, NOTICE_TEMPLATE);
    const report = compareClauses(view.clauses, TAIYUAN.clauses);
    expect(report.uncoveredUpstream).toEqual([]);
    expect(report.newLocal).toEqual([]);
  });
});

describe('the draft as text', () => {
  it('reads back through the parser with its elements and clauses', () => {
    const draft = { ...daningDraft(), docNumber: '大政发〔2025〕3号' };
    const parsed = parseNotice(draftToText(draft, NOTICE_TEMPLATE).text);
    expect(parsed.issuer).toBe('大宁县人民政府');
    expect(parsed.docNumber?.text).toBe('大政发〔2025〕3号');
    expect(parsed.title).toBe('大宁县人民政府关于做好2025年全县安全生产工作的通知');
    expect(parsed.recipients).toEqual(['各乡镇', '县直各部门']);
    expect(parsed.signedDate).toBe('2025-04-20');
    expect(parsed.clauses).toHaveLength(draft.clauses.length);
    expect(parsed.citations.map((c) => c.docNumber)).toContain('并政发〔2025〕1号');
    expect(parsed.cc).toEqual(['县委办', '县人大办', '县政协办']);
  });

  it('shows a 文号 not yet drawn with its serial left blank', () => {
    const doc = draftToNoticeDocument(daningDraft(), NOTICE_TEMPLATE);
    expect(doc.docNumber).toBe('大政发〔2025〕　号');
    expect(doc.signedDate).toBe('2025年4月20日');
  });
});

describe('titleSubject', () => {
  it('takes the 事由 between 关于 and the 文种', () => {
    expect(titleSubject('太原市人民政府关于做好2025年安全生产工作的通知', '太原市人民政府')).toBe('做好2025年安全生产工作');
    expect(titleSubject('关于印发《防汛应急预案》的通知', null)).toBe('印发《防汛应急预案》');
  });

  it('falls back to the title without issuer and 文种 when there is no 关于', () => {
    expect(titleSubject('大宁县人民政府2025年防汛工作要点的通知', '大宁县人民政府')).toBe('2025年防汛工作要点');
  });
});
