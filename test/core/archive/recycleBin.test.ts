import { afterEach, describe, expect, it } from 'vitest';
import { corpusText } from '../../corpus';
import { tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

describe('the recycle bin', () => {
  it('moves a deleted notice to the bin, where it can be restored with everything it had', async () => {
    t = tempCore();
    const id = (await t.core.archive.importText({ text: corpusText('daning-county-2025') })).noticeId!;
    value(await t.core.archive.delete(id));
    expect((await t.core.archive.listNotices()).rows).toEqual([]);
    expect((await t.core.archive.listDeleted()).notices).toEqual([
      expect.objectContaining({ id, docNumber: '大政发〔2025〕1号', deletedAt: expect.any(String) }),
    ]);
    value(await t.core.archive.restore(id));
    expect((await t.core.archive.listDeleted()).notices).toEqual([]);
    expect(value(await t.core.archive.getNotice(id)).notice.clauses).toHaveLength(25);
    expect(value(await t.core.archive.history(id)).entries.map((e) => e.action)).toEqual(['导入', '移入回收站', '从回收站恢复']);
  });

  it("purges only from the bin, and keeps the purged notice's history", async () => {
    t = tempCore();
    const id = (await t.core.archive.importText({ text: corpusText('daning-county-2025') })).noticeId!;
    expect(await t.core.archive.purge(id)).toEqual({ ok: false, error: '只能彻底删除回收站中的公文，请先删除到回收站。' });
    value(await t.core.archive.delete(id));
    value(await t.core.archive.purge(id));
    expect((await t.core.archive.getNotice(id)).ok).toBe(false);
    expect(value(await t.core.archive.history(id)).entries.map((e) => e.action)).toEqual(['导入', '移入回收站', '彻底删除']);
    expect(t.sql().prepare('SELECT count(*) FROM clauses').pluck().get()).toBe(0);
  });

  it("never gives a purged notice's id to a later notice, so its history and stale references stay apart", async () => {
    t = tempCore();
    const id = (await t.core.archive.importText({ text: corpusText('daning-county-2025') })).noticeId!;
    value(await t.core.archive.delete(id));
    value(await t.core.archive.purge(id));
    const later = (await t.core.archive.importText({ text: corpusText('yangquan-city-2025') })).noticeId!;
    expect(later).not.toBe(id);
    expect(value(await t.core.archive.history(later)).entries.map((e) => e.action)).toEqual(['导入']);
    expect(value(await t.core.archive.history(id)).entries.map((e) => e.action)).toEqual(['导入', '移入回收站', '彻底删除']);
    expect(await t.core.archive.delete(id)).toMatchObject({ ok: false });
  });

  it('says when re-imported content is waiting in the bin', async () => {
    t = tempCore();
    const id = (await t.core.archive.importText({ text: corpusText('daning-county-2025') })).noticeId!;
    value(await t.core.archive.delete(id));
    expect(await t.core.archive.importText({ text: corpusText('daning-county-2025') })).toMatchObject({
      status: 'already_present',
      noticeId: id,
      message: expect.stringContaining('回收站'),
    });
  });

  it('discards a possible duplicate into the bin when the clerk decides so', async () => {
    t = tempCore();
    await t.core.archive.importText({ text: corpusText('daning-county-2025') });
    const copy = await t.core.archive.importText({
      text: corpusText('daning-county-2025').replace('各乡镇，县直各部门', '各乡镇人民政府，县直各部门'),
    });
    expect(copy.status).toBe('possible_duplicate');
    value(await t.core.archive.resolveDuplicate(copy.noticeId!, 'discard'));
    expect((await t.core.archive.listDeleted()).notices.map((n) => n.id)).toEqual([copy.noticeId]);
  });

  it('answers an unknown notice with a Chinese sentence', async () => {
    t = tempCore();
    for (const result of [
      await t.core.archive.getNotice(99),
      await t.core.archive.delete(99),
      await t.core.archive.restore(99),
      await t.core.archive.originalFile(99),
    ]) {
      expect(result).toEqual({ ok: false, error: '找不到这份公文，它可能已被彻底删除。' });
    }
  });
});
