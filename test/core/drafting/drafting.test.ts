import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api/createApi';
import type { ApiResult } from '../../../shared/api/method';
import { setClauseUnits } from '../../../shared/drafting/draftEdits';
import type { Draft } from '../../../shared/drafting/draft';
import { corpusText } from '../../corpus';
import { readDocx, paragraphWith, paragraphs } from '../docx/docxInspect';
import { DANING_ORG, openCore, type CoreFixture } from './coreFixture';

let fixture: CoreFixture;
let taiyuanId: number;
let daningId: number;

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function importCorpus(name: string): Promise<number> {
  const outcome = await fixture.core.archive.importText({ text: corpusText(name), fileName: `${name}.txt` });
  if (outcome.noticeId === null) throw new Error(outcome.message ?? 'import failed');
  return outcome.noticeId;
}

beforeEach(async () => {
  fixture = openCore();
  taiyuanId = await importCorpus('taiyuan-city-2025');
  daningId = await importCorpus('daning-county-2025');
});
afterEach(() => fixture.close());

const setUpOrganization = async () => value(await fixture.core.organization.save(DANING_ORG));
const newDraft = async () => value(await fixture.core.drafting.create({ upstreamId: taiyuanId, signedDate: '2025-04-20' }));
/** A call through the contract, as every host makes it: arguments are checked there, once. */
const call = (method: string, args: unknown) => createApi(fixture.core, { log: () => undefined })(method, args);

describe('本机关 settings stored in the archive', () => {
  it('is empty until the clerk sets it up, and drafting says so in Chinese', async () => {
    expect(await fixture.core.organization.get()).toBeNull();
    expect(await fixture.core.drafting.create({ upstreamId: taiyuanId })).toEqual({ ok: false, error: expect.stringContaining('本机关') });
  });

  it('keeps what was saved, with the unit mapping', async () => {
    const saved = value(await fixture.core.organization.save({ ...DANING_ORG, unitMapping: { 市应急局: '县应急管理局' } }));
    expect(saved.unitMapping).toEqual({ 市应急局: '县应急管理局' });
    expect(await fixture.core.organization.get()).toEqual(saved);
  });

  it('refuses settings that do not validate with a Chinese sentence, and keeps none of them', async () => {
    const result = await call('settings.saveOrganization', { organization: { ...DANING_ORG, adminLevel: 'village' } });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('应为 province、city、county 或 township 之一') });
    expect(await fixture.core.organization.get()).toBeNull();
  });
});

describe('drafts', () => {
  beforeEach(setUpOrganization);

  it('drafts the county’s notice from the archived city notice and lists it', async () => {
    const record = await newDraft();
    expect(record.draft.title).toBe('大宁县人民政府关于做好2025年全县安全生产工作的通知');
    expect(record.draft.upstream).toMatchObject({ noticeId: taiyuanId, docNumber: '并政发〔2025〕1号' });
    expect((await fixture.core.drafting.list()).drafts.map((d) => d.upstreamDocNumber)).toEqual(['并政发〔2025〕1号']);
  });

  it('learns a unit name the clerk changed, and uses it in the next draft', async () => {
    const record = await newDraft();
    const clause = record.draft.clauses.find((c) => c.units.some((u) => u.upstream === '市应急局'))!;
    const units = clause.units.map((u) => (u.upstream === '市应急局' ? { ...u, name: '县应急管理局' } : u));
    const edited = setClauseUnits(record.draft, clause.key, units);
    if (!edited.ok) throw new Error(edited.error);
    const saved = value(await fixture.core.drafting.save(record.id, edited.value));
    expect((await fixture.core.organization.get())!.unitMapping).toEqual({ 市应急局: '县应急管理局' });
    const everywhere = saved.draft.clauses.flatMap((c) => c.units.filter((u) => u.upstream === '市应急局').map((u) => u.name));
    expect(everywhere.length).toBeGreaterThan(1);
    expect(new Set(everywhere)).toEqual(new Set(['县应急管理局']));
    const next = await newDraft();
    const names = next.draft.clauses.flatMap((c) => c.units.map((u) => u.name));
    expect(names).toContain('县应急管理局');
    expect(names).not.toContain('县应急局');
  });

  it('refuses a draft that does not validate, and keeps the saved one', async () => {
    const record = await newDraft();
    const broken = { ...record.draft, title: '' } as Draft;
    expect(await call('drafting.save', { id: record.id, draft: broken })).toEqual({
      ok: false,
      error: expect.stringContaining('标题不能为空'),
    });
    expect(value(await fixture.core.drafting.get(record.id)).draft.title).toBe(record.draft.title);
  });

  it('uses the rules the clerk edited for the pair of levels', async () => {
    const rules = await fixture.core.drafting.rules.get('city', 'county');
    value(await fixture.core.drafting.rules.save({ ...rules, rules: [...rules.rules, { from: '安全生产', to: '安全生产（含消防）' }] }));
    const record = await newDraft();
    expect(record.draft.clauses[1].text).toContain('安全生产（含消防）');
  });
});

describe('发文: numbering and issuing a draft', () => {
  beforeEach(setUpOrganization);

  it('continues after the organization’s numbers already in the archive', async () => {
    expect((await fixture.core.archive.getNotice(daningId)).ok).toBe(true);
    const numbered = value(await fixture.core.drafting.assignNumber((await newDraft()).id));
    expect(numbered.draft.docNumber).toBe('大政发〔2025〕2号');
  });

  it('gives a draft the same number when asked again', async () => {
    const record = await newDraft();
    const first = value(await fixture.core.drafting.assignNumber(record.id)).draft.docNumber;
    expect(value(await fixture.core.drafting.assignNumber(record.id)).draft.docNumber).toBe(first);
    expect(await fixture.core.issuance.list(2025)).toHaveLength(1);
  });

  it('refuses to generate a draft whose number was voided, and gives it a new number on 取新号', async () => {
    const record = await newDraft();
    const first = value(await fixture.core.drafting.assignNumber(record.id)).draft.docNumber!;
    value(await fixture.core.issuance.void(first, '印制有误'));
    expect(await fixture.core.documents.generate({ kind: 'notice', draftId: record.id })).toEqual({
      ok: false,
      error: `这份草稿的文号“${first}”已作废，不能再用它生成公文。请先在草稿中点“取新号”。`,
    });
    const renumbered = value(await fixture.core.drafting.assignNumber(record.id)).draft.docNumber;
    expect(renumbered).toBe('大政发〔2025〕3号');
    expect((await fixture.core.documents.generate({ kind: 'notice', draftId: record.id })).ok).toBe(true);
    expect((await fixture.core.issuance.list(2025)).map((n) => [n.docNumber, n.state])).toEqual([
      ['大政发〔2025〕3号', 'reserved'],
      [first, 'void'],
    ]);
  });

  it('releases a withdrawn draft’s number when it was the last one', async () => {
    const record = await newDraft();
    value(await fixture.core.drafting.assignNumber(record.id));
    expect(value(await fixture.core.drafting.delete(record.id)).number).toBe('released');
    expect(value(await fixture.core.drafting.assignNumber((await newDraft()).id)).draft.docNumber).toBe('大政发〔2025〕2号');
  });

  it('marks a withdrawn draft’s number 作废 when later numbers exist', async () => {
    const first = await newDraft();
    const second = await newDraft();
    value(await fixture.core.drafting.assignNumber(first.id));
    value(await fixture.core.drafting.assignNumber(second.id));
    expect(value(await fixture.core.drafting.delete(first.id)).number).toBe('voided');
    const register = await fixture.core.issuance.list(2025);
    expect(register.map((n) => [n.docNumber, n.state])).toEqual([
      ['大政发〔2025〕3号', 'reserved'],
      ['大政发〔2025〕2号', 'void'],
    ]);
    expect(register[1].reason).toContain('草稿撤回');
    expect((await fixture.core.drafting.list()).drafts.map((d) => d.id)).toEqual([second.id]);
  });

  it('files an issued draft in the archive, linked to its upstream, not as a 收文', async () => {
    const record = await newDraft();
    const issued = value(await fixture.core.drafting.issue(record.id));
    const detail = value(await fixture.core.archive.getNotice(issued.noticeId));
    expect(detail.notice.docNumber?.text).toBe('大政发〔2025〕2号');
    expect(detail.notice.issuer).toBe('大宁县人民政府');
    expect(detail.lineage.upstream).toEqual([expect.objectContaining({ docNumber: '并政发〔2025〕1号', state: 'linked' })]);
    expect(detail.registration.registrationNumber).toBeNull();
    expect(detail.sourceFile?.fileName).toBe('大政发〔2025〕2号.docx');
    expect((await fixture.core.issuance.list(2025))[0]).toMatchObject({
      docNumber: '大政发〔2025〕2号',
      state: 'issued',
      noticeId: issued.noticeId,
    });
    const upstream = value(await fixture.core.archive.getNotice(taiyuanId));
    expect(upstream.lineage.downstream.map((d) => d.id)).toContain(issued.noticeId);
    // The 收文登记簿 never lists it: it is in the 发文登记簿.
    const register = await fixture.core.archive.listNotices();
    expect(register.rows.map((row) => row.id)).not.toContain(issued.noticeId);
    expect(register.total).toBe(register.rows.length);
  });

  it('does not let an issued draft change or be issued again', async () => {
    const record = await newDraft();
    value(await fixture.core.drafting.issue(record.id));
    expect(await fixture.core.drafting.save(record.id, record.draft)).toEqual({ ok: false, error: expect.stringContaining('已经发文') });
    expect((await fixture.core.drafting.issue(record.id)).ok).toBe(false);
    expect((await fixture.core.drafting.delete(record.id)).ok).toBe(false);
  });
});

describe('templates', () => {
  it('lists one built-in template of each kind and refuses to change them', async () => {
    const templates = await fixture.core.templates.list();
    expect(templates.map((t) => t.id).sort()).toEqual([
      'catalogue-default',
      'notice-default',
      'routing-slip-default',
      'task-table-default',
      'unit-tasks-default',
    ]);
    expect(await fixture.core.templates.save(templates[0])).toEqual({ ok: false, error: expect.stringContaining('内置模板') });
    expect((await fixture.core.templates.delete('notice-default')).ok).toBe(false);
  });

  it('copies a template, keeps the edited copy and drafts with it', async () => {
    await setUpOrganization();
    const copy = value(await fixture.core.templates.copy('notice-default', '转发类通知'));
    expect(copy.id).toBe('notice-1');
    if (copy.kind !== 'notice') throw new Error('expected a notice template');
    value(await fixture.core.templates.save({ ...copy, opening: '现将《{upstreamTitle}》转发给你们，请认真贯彻执行。', remark: '' }));
    const record = value(await fixture.core.drafting.create({ upstreamId: taiyuanId, templateId: 'notice-1', signedDate: '2025-04-20' }));
    expect(record.draft.opening).toBe('现将《太原市人民政府关于做好2025年安全生产工作的通知》转发给你们，请认真贯彻执行。');
    expect(record.draft.remark).toBe('');
    expect(value(await fixture.core.templates.delete('notice-1'))).toEqual({ id: 'notice-1' });
  });
});

describe('documents of every kind', () => {
  beforeEach(setUpOrganization);

  const isDocx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

  it('writes the notice of a draft with its 公文校对 findings', async () => {
    const record = await newDraft();
    const file = value(await fixture.core.documents.generate({ kind: 'notice', draftId: record.id }));
    expect(file.fileName).toBe('大宁县人民政府关于做好2025年全县安全生产工作的通知.docx');
    expect(isDocx(file.bytes)).toBe(true);
    // The notice lint passes; what 太原's text kept that is not 大宁's is flagged for the secretary.
    expect(file.findings.filter((f) => !f.rule.startsWith('draft-'))).toEqual([]);
    expect(new Set(file.findings.map((f) => f.rule))).toEqual(
      new Set(['draft-not-superior', 'draft-upstream-place', 'draft-upstream-figure']),
    );
  });

  it('keeps a 纪要’s format and attendance with the saved draft and writes them, unless the request names another format', async () => {
    const record = await newDraft();
    const attendance = { present: ['王志刚', '李红梅'], absent: ['吴十'], attending: [] };
    value(await call('drafting.save', { id: record.id, draft: { ...record.draft, layout: 'minutes', attendance } }));
    const reopened = value(await fixture.core.drafting.get(record.id));
    expect(reopened.draft).toMatchObject({ layout: 'minutes', attendance });
    const minutes = (
      await readDocx(Buffer.from(value(await fixture.core.documents.generate({ kind: 'notice', draftId: record.id })).bytes))
    ).document;
    expect(paragraphWith(minutes, '出席：').text).toBe('出席：王志刚、李红梅');
    expect(paragraphWith(minutes, '请假：').text).toBe('请假：吴十');
    expect(minutes).not.toContain('列席：');
    const asFile = value(await fixture.core.documents.generate({ kind: 'notice', draftId: record.id, layout: 'file' }));
    expect((await readDocx(Buffer.from(asFile.bytes))).document).not.toContain('出席：');
  });

  it('writes the 签发人 an upward 文件 was saved with on its 文号 line, and none in a 信函', async () => {
    const record = await newDraft();
    value(await call('drafting.save', { id: record.id, draft: { ...record.draft, layout: 'file', signer: '张三' } }));
    expect(value(await fixture.core.drafting.get(record.id)).draft).toMatchObject({ layout: 'file', signer: '张三' });
    const upward = (await readDocx(Buffer.from(value(await fixture.core.documents.generate({ kind: 'notice', draftId: record.id })).bytes)))
      .document;
    const line = paragraphWith(upward, '签发人：');
    expect(line.text).toMatch(/^大政发〔2025〕\s*号签发人：张三$/);
    // The 文号 at the left, a right tab, then 签发人 (§7.2.4).
    expect(line.xml).toMatch(/<w:tab\/>[\s\S]*签发人：/);
    const letter = value(await fixture.core.documents.generate({ kind: 'notice', draftId: record.id, layout: 'letter' }));
    expect((await readDocx(Buffer.from(letter.bytes))).document).not.toContain('签发人');
  });

  it('writes the task table of a draft, and of an upstream notice through a draft', async () => {
    const record = await newDraft();
    const ofDraft = value(await fixture.core.documents.generate({ kind: 'task-table', draftId: record.id }));
    const ofUpstream = value(await fixture.core.documents.generate({ kind: 'task-table', noticeId: taiyuanId }));
    for (const file of [ofDraft, ofUpstream]) {
      const docx = await readDocx(Buffer.from(file.bytes));
      expect(paragraphWith(docx.document, '牵头单位')).toBeTruthy();
      expect(docx.document).toContain('县发展改革委');
    }
  });

  it('prints in the task table the directory’s full name of each unit it knows, and the others as written', async () => {
    const units = [
      { name: '大宁县发展和改革局', aliases: ['县发展改革委'], groups: [] },
      { name: '大宁县应急管理局', aliases: ['县应急局'], groups: [] },
    ];
    value(await fixture.core.organization.save({ ...DANING_ORG, units }));
    const record = await newDraft();
    const file = value(await fixture.core.documents.generate({ kind: 'task-table', draftId: record.id }));
    const cells = (await readDocx(Buffer.from(file.bytes))).document;
    expect(cells).toContain('大宁县发展和改革局');
    expect(cells).toContain('大宁县应急管理局');
    expect(cells).not.toMatch(/>县发展改革委</);
    expect(cells).not.toMatch(/>县应急局</);
    // Not in the directory: kept as written, and 公文校对 still says so.
    expect(cells).toContain('县审批服务管理局');
    const checked = (await call('drafting.localizationFindings', { draft: record.draft })) as ApiResult<{
      findings: { rule: string; message: string }[];
    }>;
    const { findings } = value(checked);
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'draft-unknown-unit', message: expect.stringContaining('县审批服务管理局') }),
    );
  });

  it('writes the task table of the organization’s own notice from its own units', async () => {
    const file = value(await fixture.core.documents.generate({ kind: 'task-table', noticeId: daningId }));
    const docx = await readDocx(Buffer.from(file.bytes));
    expect(docx.document).toContain('县住建局');
  });

  it('writes a routing slip from the registration', async () => {
    const file = value(await fixture.core.documents.generate({ kind: 'routing-slip', noticeId: taiyuanId }));
    const docx = await readDocx(Buffer.from(file.bytes));
    expect(paragraphWith(docx.document, '大宁县人民政府收文处理笺')).toBeTruthy();
    const registration = value(await fixture.core.archive.getNotice(taiyuanId)).registration;
    expect(docx.document).toContain(registration.registrationNumber!);
  });

  it('writes a year’s catalogue of filed notices, and says when there is none', async () => {
    expect(await fixture.core.documents.generate({ kind: 'catalogue', year: 2025 })).toEqual({
      ok: false,
      error: expect.stringContaining('还没有归档'),
    });
    value(await fixture.core.filing.updateSettings({ fondsCode: 'Z109' }));
    value(await fixture.core.filing.file(taiyuanId, { year: 2025, retention: 'permanent', department: null }));
    const file = value(await fixture.core.documents.generate({ kind: 'catalogue', year: 2025 }));
    const docx = await readDocx(Buffer.from(file.bytes));
    expect(docx.document).toContain('Z109-WS·2025-Y-0001');
    expect(docx.document).toContain('20250403');
    // Pasted as text, the notice has no page count: the catalogue says so, and takes the clerk's figure.
    expect(file.findings.map((f) => f.message)).toEqual([expect.stringContaining('页数无法从文件得知')]);
    const counted = value(await fixture.core.documents.generate({ kind: 'catalogue', year: 2025, pages: { [taiyuanId]: 6 } }));
    expect(counted.findings).toEqual([]);
    expect(paragraphs((await readDocx(Buffer.from(counted.bytes))).document).map((p) => p.text)).toContain('6');
  });

  it('writes one unit’s tasks across notices', async () => {
    const file = value(await fixture.core.documents.generate({ kind: 'unit-tasks', unit: '县住建局' }));
    const docx = await readDocx(Buffer.from(file.bytes));
    // The office is 大宁县: its 住建局 under the full name the unit resolves to.
    expect(paragraphWith(docx.document, '大宁县住房和城乡建设局承担任务清单')).toBeTruthy();
    // The directory's own name, where it lists the unit under an alias.
    const units = [{ name: '大宁县住房保障和城乡建设管理局', aliases: ['县住建局', '县住房和城乡建设局'], groups: [] }];
    value(await fixture.core.organization.save({ ...DANING_ORG, units }));
    const named = value(await fixture.core.documents.generate({ kind: 'unit-tasks', unit: '县住建局' }));
    expect(paragraphWith((await readDocx(Buffer.from(named.bytes))).document, '大宁县住房保障和城乡建设管理局承担任务清单')).toBeTruthy();
    expect(await fixture.core.documents.generate({ kind: 'unit-tasks', unit: '不存在的单位' })).toEqual({
      ok: false,
      error: expect.stringContaining('没有分配给'),
    });
  });
});
