import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeArchivalCode } from '../../../electron/core/archive/archivalCode';
import type { Filing } from '../../../shared/api/archiveContract';
import type { ApiResult } from '../../../shared/api/method';
import { CORPUS_FILES } from '../../corpus';
import { archiveTemplate, tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

// The corpus archived (with a 全宗号) once for the file; each test files in its own copy of that archive.
let corpus: Awaited<ReturnType<typeof archiveTemplate>>;
let corpusIds: number[];
beforeAll(async () => {
  corpus = await archiveTemplate(async (template) => {
    value(await template.core.filing.updateSettings({ fondsCode: 'z109' }));
    corpusIds = (await template.core.archive.importPaths([...CORPUS_FILES])).outcomes.map((o) => o.noticeId!);
  });
}, 120_000);
afterAll(() => corpus?.dispose());

/** Opens `t` on a fresh copy of the archived corpus; resolves with the notices' ids in corpus order. */
async function archiveCorpus() {
  t = corpus.copy();
  return corpusIds;
}

describe('归档 per DA/T 22-2015', () => {
  it('composes 档号 as 全宗号-WS·年度-保管期限-机构-件号 with a four-digit 件号', async () => {
    expect(composeArchivalCode({ fondsCode: 'Z109', year: 2025, retention: 'permanent', department: 'BGS', itemNumber: 1 })).toBe(
      'Z109-WS·2025-Y-BGS-0001',
    );
    expect(composeArchivalCode({ fondsCode: 'Z109', year: 2024, retention: '30y', department: '', itemNumber: 27 })).toBe(
      'Z109-WS·2024-D30-0027',
    );
    expect(composeArchivalCode({ fondsCode: 'Z109', year: 2024, retention: '10y', department: 'AJK', itemNumber: 1234 })).toBe(
      'Z109-WS·2024-D10-AJK-1234',
    );
  });

  it('numbers 件号 within each 年度 and 保管期限', async () => {
    const [a, b, c, d] = await archiveCorpus();
    const first = await t.api('filing.file', { id: a, fields: { year: 2025, retention: 'permanent', department: 'bgs' } });
    expect(value(first as ApiResult<Filing>).archivalCode).toBe('Z109-WS·2025-Y-BGS-0001');
    expect(value(await t.core.filing.file(b, { year: 2025, retention: 'permanent', department: 'BGS' })).archivalCode).toBe(
      'Z109-WS·2025-Y-BGS-0002',
    );
    expect(value(await t.core.filing.file(c, { year: 2025, retention: '30y', department: 'BGS' })).itemNumber).toBe(1);
    expect(value(await t.core.filing.file(d, { year: 2024, retention: 'permanent', department: null })).archivalCode).toBe(
      'Z109-WS·2024-Y-0001',
    );
  });

  it('keeps the 件号 when refiled in the same series and takes the next one in another', async () => {
    const [a, b] = await archiveCorpus();
    value(await t.core.filing.file(a, { year: 2025, retention: 'permanent', department: null }));
    value(await t.core.filing.file(b, { year: 2025, retention: 'permanent', department: null }));
    expect(value(await t.core.filing.file(a, { year: 2025, retention: 'permanent', department: null })).itemNumber).toBe(1);
    expect(value(await t.core.filing.file(a, { year: 2025, retention: '10y', department: null })).archivalCode).toBe(
      'Z109-WS·2025-D10-0001',
    );
    const history = value(await t.core.archive.history(a)).entries.filter((e) => e.field === '档号');
    expect(history.map((e) => [e.before, e.after])).toEqual([
      [null, 'Z109-WS·2025-Y-0001'],
      ['Z109-WS·2025-Y-0001', 'Z109-WS·2025-D10-0001'],
    ]);
  });

  it('asks for the 全宗号 before the first filing, and refuses a malformed one', async () => {
    t = tempCore();
    const [a] = (await t.core.archive.importPaths([...CORPUS_FILES])).outcomes.map((o) => o.noticeId!);
    expect(await t.core.filing.file(a, { year: 2025, retention: 'permanent', department: null })).toMatchObject({
      ok: false,
      error: expect.stringContaining('全宗号'),
    });
    expect((await t.core.filing.updateSettings({ fondsCode: 'Z-109' })).ok).toBe(false);
  });

  it('refuses a 保管期限 outside 永久/定期30年/定期10年 and a year out of range, at the contract', async () => {
    const [a] = await archiveCorpus();
    expect(await t.api('filing.file', { id: a, fields: { year: 2025, retention: '5y', department: null } })).toEqual({
      ok: false,
      error: expect.stringContaining('保管期限'),
    });
    expect(await t.api('filing.file', { id: a, fields: { year: 1800, retention: 'permanent', department: null } })).toEqual({
      ok: false,
      error: expect.stringContaining('1949'),
    });
    expect(await t.core.catalogue.entries(2025)).toEqual([]);
  });

  it("lists a year's 归档文件目录 in 档号 order", async () => {
    const [a, b, c] = await archiveCorpus();
    value(await t.core.filing.file(c, { year: 2025, retention: '10y', department: null }));
    value(await t.core.filing.file(b, { year: 2025, retention: 'permanent', department: null }));
    value(await t.core.filing.file(a, { year: 2025, retention: 'permanent', department: null }));
    expect((await t.core.catalogue.entries(2025)).map((row) => [row.noticeId, row.archivalCode])).toEqual([
      [b, 'Z109-WS·2025-Y-0001'],
      [a, 'Z109-WS·2025-Y-0002'],
      [c, 'Z109-WS·2025-D10-0001'],
    ]);
  });
});
