import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeDetail } from '../../../shared/api/archiveContract';
import type { Result } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/method';
import { organizationSchema } from '../../../shared/drafting/organization';
import { CORPUS_FILES } from '../../corpus';
import { archiveTemplate, noticeText, tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

const org = (name: string, units: { name: string; aliases?: string[]; groups?: string[] }[] = []) =>
  organizationSchema.parse({
    name,
    issuerMark: `${name}文件`,
    agencyCode: '大政发',
    adminLevel: 'county',
    printer: `${name}办公室`,
    units,
  });

// The corpus is imported once for the file; each test reads its own copy of that archive.
let corpus: Awaited<ReturnType<typeof archiveTemplate>>;
beforeAll(async () => {
  corpus = await archiveTemplate(async (template) => {
    await template.core.archive.importPaths([...CORPUS_FILES]);
  });
}, 120_000);
afterAll(() => corpus?.dispose());

async function corpusCore(): Promise<TempCore> {
  return corpus.copy();
}

describe('responsible units', () => {
  it("reads 市应急局 as the issuing city's own bureau: 太原's and 阳泉's are two organizations", async () => {
    t = await corpusCore();
    const taiyuan = await t.core.units.tasks('太原市应急局');
    expect(taiyuan.units).toEqual(['太原市应急管理局']);
    expect(new Set(taiyuan.tasks.filter((task) => task.via === null).map((task) => task.docNumber))).toEqual(
      new Set(['并政发〔2025〕1号']),
    );
    const yangquan = await t.core.units.tasks('阳泉市应急管理局');
    expect(yangquan.units).toEqual(['阳泉市应急管理局']);
    // 阳泉's notice writes both 市应急局 and 市应急管理局: one bureau.
    const own = yangquan.tasks.filter((task) => task.via === null);
    expect(new Set(own.map((task) => task.docNumber))).toEqual(new Set(['阳政发〔2025〕1号']));
    expect(own.length).toBeGreaterThanOrEqual(10);
  });

  it("shows each notice's units as the organizations they are in its own jurisdiction", async () => {
    t = await corpusCore();
    const [taiyuan] = await t.core.archive.find('并政发〔2025〕1号');
    const [yangquan] = await t.core.archive.find('阳政发〔2025〕1号');
    const organizations = async (id: number) => (value(await t.api('archive.getNotice', { id })) as NoticeDetail).organizations;
    expect((await organizations(taiyuan.id))['市应急局']).toBe('太原市应急管理局');
    expect((await organizations(yangquan.id))['市应急局']).toBe('阳泉市应急管理局');
  });

  it('takes any alias of the office and, for the office set up, never lists a namesake of another county', async () => {
    t = await corpusCore();
    value(await t.core.organization.save(org('大宁县人民政府')));
    for (const name of ['县应急局', '县应急管理局', '大宁县应急管理局']) {
      const result = await t.core.units.tasks(name);
      expect(result.units).toEqual(['大宁县应急管理局']);
      expect(result.tasks.every((task) => task.docNumber === '大政发〔2025〕1号')).toBe(true);
    }
  });

  it('lists namesakes apart, each under its own full name, when no office is set up', async () => {
    t = await corpusCore();
    const result = await t.core.units.tasks('县应急局');
    expect(result.units).toEqual(expect.arrayContaining(['大宁县应急管理局', '阳城县应急管理局']));
    expect(result.tasks.filter((task) => task.docNumber === '大政发〔2025〕1号').every((task) => task.unit === '大宁县应急管理局')).toBe(
      true,
    );
  });

  it("lists tasks given to a group the unit belongs to, marked with the group: a township gets 各乡镇's", async () => {
    t = await corpusCore();
    const result = await t.core.units.tasks('昕水镇');
    expect(result.units).toEqual(['昕水镇人民政府']);
    expect(result.tasks.length).toBeGreaterThanOrEqual(10);
    expect(result.tasks.every((task) => task.via === '大宁县各乡镇' && task.docNumber === '大政发〔2025〕1号')).toBe(true);
    // 各县(市、区)政府 and the standing default 县级政府 of 太原's notice are 清徐县's tasks.
    const qingxu = await t.core.units.tasks('清徐县人民政府');
    expect(qingxu.tasks.length).toBeGreaterThan(1);
    expect(qingxu.tasks.every((task) => task.via === '太原市各县（市、区）人民政府')).toBe(true);
    expect(qingxu.tasks.some((task) => task.inherited)).toBe(true);
  });

  it("gives a safety-duty office the tasks of its county's 安委会成员单位, once per clause", async () => {
    t = await corpusCore();
    value(await t.core.organization.save(org('大宁县人民政府')));
    const result = await t.core.units.tasks('县应急局');
    const via = result.tasks.filter((task) => task.via !== null);
    expect(via.map((task) => task.via)).toContain('大宁县安委会成员单位');
    const clauses = result.tasks.map((task) => `${task.docNumber}/${task.clause.path}/${task.inherited}`);
    expect(new Set(clauses).size).toBe(clauses.length);
  });

  it("uses the office's directory: its own names, aliases and recorded groups", async () => {
    t = await corpusCore();
    const units = [
      { name: '大宁县应急管理局', aliases: ['县应急管理部门'], groups: ['safetyCommittee'] },
      { name: '大宁县审批服务管理局', aliases: [], groups: [] },
    ];
    value(await t.core.organization.save(org('大宁县人民政府', units)));
    const byAlias = await t.core.units.tasks('县应急管理部门');
    expect(byAlias.units).toEqual(['大宁县应急管理局']);
    // Recorded groups replace the usual list: the bureau is no longer read as one of the safety-duty offices.
    expect(byAlias.tasks.some((task) => task.via === '大宁县安委会成员单位')).toBe(true);
  });

  it('counts resolved organizations in the chart, not spellings', async () => {
    t = await corpusCore();
    const names = (await t.core.units.list()).units.map((u) => u.name);
    expect(names).toContain('太原市应急管理局');
    expect(names).toContain('阳泉市应急管理局');
    expect(names).toContain('大宁县安委会成员单位');
    expect(names).not.toContain('市应急局');
    expect(names.filter((name) => name === '阳泉市应急管理局')).toHaveLength(1);
    const member = (await t.core.units.list()).units.find((u) => u.name === '大宁县安委会成员单位')!;
    expect(member.taskCount).toBeGreaterThanOrEqual(member.leadCount);
  });

  it('falls back to the names as written for a unit no jurisdiction can be read for', async () => {
    t = tempCore();
    await t.core.archive.importText({
      text: noticeText({
        issuer: '某某协会',
        docNumber: '某协发〔2025〕8号',
        title: '某某协会关于做好汛期安全工作的通知',
        clauses: ['一、加强巡查。对重点部位开展巡查。（秘书处牵头，各会员单位配合）'],
        date: '2025年5月6日',
      }),
    });
    const result = await t.core.units.tasks('秘书处');
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]).toMatchObject({ role: 'lead', via: null, clause: { number: '一', heading: '加强巡查' } });
  });
});

describe('searching by responsible unit', () => {
  const docNumbers = async (unit: string) => {
    const found = value((await t.api('search.query', { query: '', filters: { unit }, limit: 100 })) as ApiResult<Result<'search.query'>>);
    return new Set(found.hits.map((h) => h.docNumber));
  };

  it('finds the notices giving the organization a task, by any alias, in the issuing city', async () => {
    t = await corpusCore();
    expect(await docNumbers('太原市应急局')).toEqual(new Set(['并政发〔2025〕1号']));
    expect(await docNumbers('阳泉市应急管理局')).toEqual(new Set(['阳政发〔2025〕1号']));
  });

  it("reads the name in the office's jurisdiction and never finds another's namesake", async () => {
    t = await corpusCore();
    value(await t.core.organization.save(org('大宁县人民政府')));
    for (const name of ['县应急局', '县应急管理局', '大宁县应急管理局'])
      expect(await docNumbers(name)).toEqual(new Set(['大政发〔2025〕1号']));
    // 大宁县's city is 临汾: 太原's and 阳泉's 市应急局 are not it.
    expect(await docNumbers('市应急局')).toEqual(new Set());
  });

  it('finds a township by the tasks given to 各乡镇', async () => {
    t = await corpusCore();
    expect(await docNumbers('昕水镇')).toEqual(new Set(['大政发〔2025〕1号']));
  });

  it('matches the names as written when the name reads as no organization of a known place', async () => {
    t = tempCore();
    await t.core.archive.importText({
      text: noticeText({
        issuer: '某某协会',
        docNumber: '某协发〔2025〕8号',
        title: '某某协会关于做好汛期安全工作的通知',
        clauses: ['一、加强巡查。对重点部位开展巡查。（秘书处牵头，各会员单位配合）'],
        date: '2025年5月6日',
      }),
    });
    expect(await docNumbers('秘书处')).toEqual(new Set(['某协发〔2025〕8号']));
    expect(await docNumbers('财务处')).toEqual(new Set());
  });
});
