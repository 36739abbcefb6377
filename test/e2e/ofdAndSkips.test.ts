/**
 * A clerk drops a mixed batch in browser mode: an OFD notice is archived and its 原件 tab shows its pages;
 * every other file is listed by name with the reason it was skipped or failed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../fixtures/import/hostileZips';
import { noticePages, ofdPackage } from '../fixtures/import/ofdPackage';
import { CORPUS_DIR, screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';

const TITLE = '大宁县人民政府关于做好2025年全县安全生产工作的通知';

describe('a mixed batch with an OFD in browser mode', { timeout: 180_000 }, () => {
  let app: BrowserMode;

  beforeAll(async () => {
    app = await startBrowserMode();
    await new AppShell(app.page).open(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('lists each failure with its reason and shows the OFD as pages', async () => {
    const pages = noticePages(readFileSync(join(CORPUS_DIR, 'daning-county-2025.txt'), 'utf8'));
    await new AppShell(app.page).goTo('导入');
    const importPage = new ImportPage(app.page);
    await importPage.dropBytes(
      [
        { name: '大宁县通知.ofd', bytes: await ofdPackage([pages]) },
        { name: '台账.xlsx', bytes: randomBytes(64) },
        { name: '旧通知.doc', bytes: randomBytes(2048) },
        { name: '炸弹.docx', bytes: await zipBomb() },
      ],
      3,
    );
    expect(await importPage.results()).toEqual({
      '大宁县通知.ofd': '已导入',
      '台账.xlsx': '失败',
      '旧通知.doc': '失败',
      '炸弹.docx': '失败',
    });
    const reasons = await importPage.reasons();
    expect(reasons['台账.xlsx']).toMatch(/^不支持 \.xlsx 格式，已跳过/);
    expect(reasons['旧通知.doc']).toContain('另存为 .docx');
    expect(reasons['炸弹.docx']).toContain('压缩炸弹');
    await screenshot(app.page, 'import-failures-listed');

    await app.page.getByTestId('import-results').getByText(TITLE).first().click();
    await app.page.getByRole('heading', { name: TITLE }).waitFor();
    await app.page.getByRole('tab', { name: `原件（${pages.length} 页）` }).click();
    const image = app.page.getByRole('img', { name: '原件第 1 页' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), SETTLED).toBe(1654);
    await screenshot(app.page, 'ofd-original-pages');
    expect(app.pageErrors).toEqual([]);
  });
});
