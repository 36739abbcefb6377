import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueCheck } from '../../../shared/api/registrationContract';
import type { ApiResult } from '../../../shared/api/method';
import { CORPUS_DIR, FIXTURES_DIR } from '../../corpus';
import { paragraphs, readDocx } from '../docx/docxInspect';
import { tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

/** A county notice received as text (no pages to count), a county notice of 2024, and one received as a PDF. */
async function fileYear() {
  value(await t.core.filing.updateSettings({ fondsCode: 'Z109' }));
  const imported = await t.core.archive.importPaths([
    join(CORPUS_DIR, 'daning-county-2025.txt'),
    join(CORPUS_DIR, 'yangcheng-county-2024.txt'),
  ]);
  const [text, town] = imported.outcomes.map((o) => o.noticeId!);
  const pdf = (await t.core.archive.importFile({ fileName: '通知.pdf', bytes: readFileSync(join(FIXTURES_DIR, 'import', 'notice.pdf')) }))
    .noticeId!;
  for (const id of [text, town, pdf]) value(await t.core.filing.file(id, { year: 2025, retention: 'permanent', department: null }));
  return { text, town, pdf };
}

const check = async (year = 2025) => value((await t.api('filing.catalogue', { year })) as ApiResult<CatalogueCheck>);

describe('归档文件目录 as the clerk checks it before printing', () => {
  it('counts the pages of a received PDF, leaves a text notice’s blank, and says so in Chinese', async () => {
    t = tempCore();
    const { text, town, pdf } = await fileYear();
    const { entries, warnings } = await check();
    const byId = new Map(entries.map((e) => [e.noticeId, e]));
    expect(byId.get(pdf)).toMatchObject({ pages: 1, pagesFrom: 'file', counted: 1 });
    expect(byId.get(text)).toMatchObject({ pages: null, pagesFrom: null, counted: null });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^2件的页数无法从文件得知，目录中留空，请按实际页数填写：/);
    expect(warnings[1]).toMatch(/的成文日期是2024年，归入了2025年度，请核对年度。$/);
    expect(warnings.join('')).not.toMatch(/[A-Za-z]{3,}/);
    expect(byId.get(town)!.signedDate).toMatch(/^2024-/);
  });

  it('counts a scan read by OCR by the pages it read', async () => {
    t = tempCore();
    const { text } = await fileYear();
    // As an image import leaves it: the source is a scan, with a row per page OCR read.
    const sql = t.sql();
    sql.prepare("UPDATE notices SET source_format = 'image' WHERE id = ?").run(text);
    const page = sql.prepare('INSERT INTO ocr_pages (notice_id, page, width, height, mean_confidence) VALUES (?, ?, 1654, 2339, 0.95)');
    for (const n of [1, 2, 3]) page.run(text, n);
    expect((await check()).entries.find((e) => e.noticeId === text)).toMatchObject({ pages: 3, pagesFrom: 'file', counted: 3 });
  });

  it('keeps the 页数 the clerk writes, over the count, until it is cleared; the catalogue prints it', async () => {
    t = tempCore();
    const { text, town, pdf } = await fileYear();
    expect(await t.api('filing.setPages', { id: text, pages: 6 })).toEqual({ ok: true, value: { noticeId: text, pages: 6 } });
    value(await t.core.catalogue.setPages(town, 4));
    value(await t.core.catalogue.setPages(pdf, 3));
    let entries = (await check()).entries;
    expect(entries.find((e) => e.noticeId === text)).toMatchObject({ pages: 6, pagesFrom: 'clerk' });
    expect(entries.find((e) => e.noticeId === pdf)).toMatchObject({ pages: 3, pagesFrom: 'clerk', counted: 1 });
    expect((await check()).warnings.join('')).not.toContain('页数');

    // Refiled in the same year, the 页数 stays with the 件.
    value(await t.core.filing.file(text, { year: 2025, retention: '30y', department: null }));
    expect((await check()).entries.find((e) => e.noticeId === text)!.pages).toBe(6);

    const file = value(await t.core.documents.generate({ kind: 'catalogue', year: 2025 }));
    const cells = paragraphs((await readDocx(Buffer.from(file.bytes))).document).map((p) => p.text);
    expect(cells).toContain('6');
    expect(cells).toContain('3');

    value(await t.core.catalogue.setPages(pdf, null));
    entries = (await check()).entries;
    expect(entries.find((e) => e.noticeId === pdf)).toMatchObject({ pages: 1, pagesFrom: 'file' });
    const history = value(await t.core.archive.history(pdf)).entries.filter((e) => e.field === '页数');
    expect(history.map((e) => [e.before, e.after])).toEqual([
      [null, '3'],
      ['3', null],
    ]);
  });

  it('refuses a 页数 that is not a whole number from 1, and one for a notice not filed, in Chinese', async () => {
    t = tempCore();
    const { text } = await fileYear();
    for (const [pages, message] of [
      [0, '页数至少为1'],
      [2.5, '页数应为整数'],
      ['十', '页数应为数字'],
      [1e9, '页数过大'],
    ] as const) {
      expect(await t.api('filing.setPages', { id: text, pages })).toEqual({ ok: false, error: expect.stringContaining(message) });
    }
    const unfiled = (await t.core.archive.importPaths([join(CORPUS_DIR, 'taiyuan-city-2025.txt')])).outcomes[0].noticeId!;
    expect(await t.api('filing.setPages', { id: unfiled, pages: 3 })).toEqual({
      ok: false,
      error: '这份公文还没有归档，请先归档再填写页数。',
    });
    expect(await t.api('filing.catalogue', { year: 1800 })).toEqual({ ok: false, error: expect.stringContaining('1949') });
    expect((await check(2024)).entries).toEqual([]);
  });
});
