import { afterEach, describe, expect, it } from 'vitest';
import { corpusText } from '../../corpus';
import { noticeText, tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

const provincial = noticeText({
  issuer: '山西省人民政府',
  docNumber: '晋政发〔2025〕1号',
  title: '山西省人民政府关于做好2025年安全生产工作的通知',
  recipients: '各市、县人民政府，省人民政府各委、办、厅、局',
  clauses: ['一、压实安全责任。各地要落实党政领导责任。（省应急厅牵头，省直有关部门分工负责）'],
  date: '2025年2月20日',
});

/** A 盂县 notice implementing a 阳政发 notice, cited with or without the issuer in the title. */
function yuxian(citedTitle: string, serial = 3): string {
  return noticeText({
    issuer: '盂县人民政府',
    docNumber: `盂政发〔2025〕${serial}号`,
    title: '盂县人民政府关于做好2025年安全生产工作的通知',
    opening: `按照《${citedTitle}》（阳政发〔2025〕1号）要求，结合我县实际，现就有关事项通知如下：`,
    clauses: ['一、强化学习贯彻。（县应急局负责）'],
    date: '2025年4月10日',
  });
}

const importText = async (text: string) => await t.core.archive.importText({ text });
const detail = async (id: number) => value(await t.core.archive.getNotice(id));

describe('citations and lineage', () => {
  it('links a citation when the upstream arrives later, and shows the downstream notice on the upstream', async () => {
    t = tempCore();
    const yangquan = (await importText(corpusText('yangquan-city-2025'))).noticeId!;
    expect((await detail(yangquan)).lineage.upstream).toEqual([
      { docNumber: '晋政发〔2025〕1号', title: '关于做好2025年安全生产工作的通知', state: 'missing', candidates: [] },
    ]);
    const shanxi = (await importText(provincial)).noticeId!;
    expect((await detail(yangquan)).lineage.upstream[0]).toMatchObject({
      state: 'linked',
      candidates: [expect.objectContaining({ id: shanxi })],
    });
    expect((await detail(shanxi)).lineage.downstream).toEqual([expect.objectContaining({ id: yangquan, docNumber: '阳政发〔2025〕1号' })]);
  });

  it('links to the only issuer using a 机关代字', async () => {
    t = tempCore();
    const yangquan = (await importText(corpusText('yangquan-city-2025'))).noticeId!;
    const downstream = (await importText(yuxian('关于做好2025年安全生产工作的通知'))).noticeId!;
    expect((await detail(downstream)).lineage.upstream[0]).toMatchObject({
      state: 'linked',
      candidates: [expect.objectContaining({ id: yangquan })],
    });
  });

  it('shows a citation as ambiguous once a second issuer with the same 机关代字 is archived (阳泉市 and 阳城县 both use 阳政发)', async () => {
    t = tempCore();
    const yangquan = (await importText(corpusText('yangquan-city-2025'))).noticeId!;
    const downstream = (await importText(yuxian('关于做好2025年安全生产工作的通知'))).noticeId!;
    await importText(corpusText('yangcheng-county-2024'));
    const link = (await detail(downstream)).lineage.upstream[0];
    expect(link).toMatchObject({
      docNumber: '阳政发〔2025〕1号',
      state: 'ambiguous',
      candidates: [expect.objectContaining({ id: yangquan })],
    });
    expect((await detail(yangquan)).lineage.downstream).toEqual([]);
  });

  it('stays ambiguous when two issuers have the same 文号 and the citation does not say which', async () => {
    t = tempCore();
    const yangquan = (await importText(corpusText('yangquan-city-2025'))).noticeId!;
    const yangcheng = (await importText(corpusText('yangcheng-county-2024').replace('阳政发〔2024〕1号', '阳政发〔2025〕1号'))).noticeId!;
    const downstream = (await importText(yuxian('关于做好2025年安全生产工作的通知'))).noticeId!;
    const link = (await detail(downstream)).lineage.upstream[0];
    expect(link.state).toBe('ambiguous');
    expect(link.candidates.map((c) => c.id).sort()).toEqual([yangquan, yangcheng].sort());
  });

  it('links when the cited title names the issuer', async () => {
    t = tempCore();
    const yangquan = (await importText(corpusText('yangquan-city-2025'))).noticeId!;
    await importText(corpusText('yangcheng-county-2024').replace('阳政发〔2024〕1号', '阳政发〔2025〕1号'));
    const downstream = (await importText(yuxian('阳泉市人民政府关于做好2025年安全生产工作的通知'))).noticeId!;
    expect((await detail(downstream)).lineage.upstream[0]).toMatchObject({
      state: 'linked',
      candidates: [expect.objectContaining({ id: yangquan })],
    });
  });

  it('turns a link into missing when the upstream goes to the recycle bin, and back when it is restored', async () => {
    t = tempCore();
    const yangquan = (await importText(corpusText('yangquan-city-2025'))).noticeId!;
    const shanxi = (await importText(provincial)).noticeId!;
    value(await t.core.archive.delete(shanxi));
    expect((await detail(yangquan)).lineage.upstream[0].state).toBe('missing');
    value(await t.core.archive.restore(shanxi));
    expect((await detail(yangquan)).lineage.upstream[0].state).toBe('linked');
    value(await t.core.archive.delete(shanxi));
    value(await t.core.archive.purge(shanxi));
    expect((await detail(yangquan)).lineage.upstream[0]).toMatchObject({ state: 'missing', candidates: [] });
  });
});
