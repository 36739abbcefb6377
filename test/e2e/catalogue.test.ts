/**
 * 归档 and the year's 归档文件目录 in browser mode, as a clerk files the year's notices: the catalogue
 * shows each 件's 页数 (counted from a received PDF, typed for a text notice) and the warnings, before
 * and after the .docx is generated. Screenshots (1366×768) go to test-artifacts/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../corpus';
import { CORPUS_DIR, screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';
import { NoticePage } from './pages/NoticePage';
import { RegisterPage } from './pages/RegisterPage';
import { SettingsPage } from './pages/SettingsPage';

describe('the year’s 归档文件目录 in browser mode', { timeout: 180_000 }, () => {
  let app: BrowserMode;
  beforeAll(async () => {
    app = await startBrowserMode();
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => app?.stop());

  it('shows the 页数 and warnings, keeps a typed 页数, and reports what is left after generating', async () => {
    const { page } = app;
    await page.goto(app.url);
    const shell = new AppShell(page);
    await shell.goTo('设置');
    await new SettingsPage(page).saveFonds('Z109');
    await shell.toast('全宗号已设为 Z109');
    await shell.goTo('导入');
    await new ImportPage(page).importFiles([join(CORPUS_DIR, 'yangcheng-county-2024.txt'), join(FIXTURES_DIR, 'import', 'notice.pdf')]);

    // Both filed into 2025: the 2024 notice by mistake, the PDF as it should be.
    const register = new RegisterPage(page);
    const notice = new NoticePage(page);
    for (const [row, archivalCode] of [
      ['阳政发', 'Z109-WS·2025-D10-0001'],
      ['大政发〔2025〕9号', 'Z109-WS·2025-D10-0002'],
    ]) {
      await shell.goTo('收文登记簿');
      await register.openNotice(row);
      await notice.tab('归档');
      const form = page.getByTestId('filing-form');
      await form.getByLabel('年度', { exact: true }).fill('2025');
      await form.getByRole('button', { name: '归档', exact: true }).click();
      await expect.poll(() => form.getByTestId('archival-code').innerText(), SETTLED).toBe(archivalCode);
    }

    await page.getByRole('button', { name: '核对并生成2025年度归档文件目录' }).click();
    const panel = page.getByTestId('catalogue-panel');
    const warnings = panel.getByTestId('catalogue-warnings');
    await expect.poll(() => warnings.innerText(), SETTLED).toContain('1件的页数无法从文件得知');
    expect(await warnings.innerText()).toContain('的成文日期是2024年，归入了2025年度，请核对年度。');
    const pdfPages = panel.getByLabel('页数：Z109-WS·2025-D10-0002');
    expect(await pdfPages.getAttribute('placeholder')).toBe('1');
    expect(await panel.locator('tr', { has: page.getByLabel('页数：Z109-WS·2025-D10-0002') }).innerText()).toContain('按来文文件计');

    const typed = panel.getByLabel('页数：Z109-WS·2025-D10-0001');
    await typed.fill('0');
    await typed.press('Enter');
    await expect.poll(() => panel.getByText('页数至少为1').count(), SETTLED).toBe(1);
    await typed.fill('8');
    await typed.press('Enter');
    await expect.poll(() => warnings.innerText(), SETTLED).not.toContain('页数');
    await screenshot(page, 'catalogue-before-generating');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: '生成2025年度归档文件目录' }).click();
    const path = join(app.workDir, 'catalogue.docx');
    await (await download).saveAs(path);
    const generated = panel.getByTestId('catalogue-generated');
    await expect.poll(() => generated.innerText(), SETTLED).toContain('已生成2025年度归档文件目录。目录中仍有以下问题');
    expect(await generated.innerText()).toContain('请核对年度');
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    expect(xml).toContain('>8<');
    await screenshot(page, 'catalogue-after-generating');

    // Reopened, the typed 页数 is still there.
    await page.reload();
    await notice.tab('归档');
    await page.getByRole('button', { name: '核对并生成2025年度归档文件目录' }).click();
    await expect.poll(() => page.getByLabel('页数：Z109-WS·2025-D10-0001').inputValue(), SETTLED).toBe('8');
    expect(app.pageErrors).toEqual([]);
  });
});
