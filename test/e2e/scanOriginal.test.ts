/**
 * A scanned notice in browser mode: the clerk imports a PDF without a text layer, sees which page is being
 * read (with a way to stop it), and the notice detail opens on the scan's pages with what OCR made of them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE, drawScanPage, scanPdf } from '../core/ocr/scanPage';
import { screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';

describe('a scanned notice in browser mode', { timeout: 180_000 }, () => {
  let app: BrowserMode;

  beforeAll(async () => {
    app = await startBrowserMode();
    await new AppShell(app.page).open(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('is read page by page, then shown as its page beside the parsed notice', async () => {
    const path = join(app.workDir, '青川县扫描件.pdf');
    writeFileSync(path, await scanPdf(await drawScanPage()));
    const shell = new AppShell(app.page);
    await shell.goTo('导入');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles([path]);
    const progress = app.page.getByTestId('scan-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.innerText()).toContain('第 1/1 页');
    await expect(progress.getByRole('button', { name: '取消识别' }).isEnabled()).resolves.toBe(true);
    await app.page.getByText('已处理 1 个文件').waitFor({ timeout: 90_000 });
    await app.page.getByTestId('import-results').getByText(PAGE.title).first().click();

    await app.page.getByRole('heading', { name: PAGE.title }).waitFor();
    await expect.poll(() => app.page.getByRole('tab', { name: '原件（1 页）' }).getAttribute('aria-selected'), SETTLED).toBe('true');
    expect(await app.page.getByTestId('scan-note').innerText()).toMatch(/文字识别（OCR）得到，平均置信度 \d+\.\d%/);
    const image = app.page.getByRole('img', { name: '原件第 1 页' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), SETTLED).toBe(1653);
    // Each doubtful line is listed and boxed on its page.
    const listed = await app.page.getByRole('list', { name: '识别把握不大的行' }).locator('li').count();
    expect(await app.page.getByTestId('low-confidence-box').count()).toBe(listed);
    await screenshot(app.page, 'scan-original-pages');
    await app.page.getByRole('tab', { name: '识别的文字' }).click();
    expect(await app.page.getByTestId('original-text').innerText()).toContain(PAGE.title);
    expect(app.pageErrors).toEqual([]);
  });
});
