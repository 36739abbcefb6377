/**
 * The office's own documents in browser mode, as a county 政府办 secretary sets them up and uses them:
 * issuing identities (版头 profiles) with their default .docx template. Screenshots (1366×768) go to
 * test-artifacts/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateDocx } from '../core/docx/templateFixture';
import { screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';

describe('the office’s own documents in browser mode', { timeout: 180_000 }, () => {
  let app: BrowserMode;
  beforeAll(async () => {
    app = await startBrowserMode();
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => app?.stop());

  it('keeps issuing identities as cards, checks them, and gives one its own .docx template', async () => {
    const { page } = app;
    const base = app.url.replace(/#.*$/, '');
    const shell = new AppShell(page);
    const file = join(app.workDir, '县政府办红头.docx');
    writeFileSync(
      file,
      templateDocx({ paragraphs: [['大宁县人民政府办公室文件'], ['{{文号}}'], ['{{标题}}'], ['{{正文}}'], ['{{署名}}']] }),
    );
    await page.goto(`${base}#/templates`);
    await page.getByRole('region', { name: '红头模板' }).locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => page.getByRole('button', { name: '县政府办红头' }).count(), SETTLED).toBe(1);

    await page.goto(`${base}#/settings`);
    const settings = new SettingsPage(page);
    await settings.saveOrganization({
      机关全称: '大宁县人民政府',
      发文机关标志: '大宁县人民政府文件',
      机关代字: '大政发',
      行政层级: '县级',
      印发机关: '大宁县人民政府办公室',
      '默认主送机关（每行一个）': '各乡镇人民政府\n县直各部门',
    });
    await shell.toast('本机关设置已保存');
    const office = {
      名称: '县政府办公室',
      署名: '大宁县人民政府办公室',
      发文机关标志: '大宁县人民政府办公室文件',
      印发机关: '大宁县人民政府办公室',
    };
    await settings.addProfile({ ...office, 机关代字: '大政发' }, '县政府办红头');
    await settings.addProfile({ ...office, 名称: '县委', 署名: '', 机关代字: '大发' });
    await settings.saveOrganizationForm();
    // Nothing is saved while a card is wrong; each wrong field says why, in Chinese.
    const first = settings.profileCard('县政府办公室');
    await expect.poll(() => first.getByText('与“本机关”的机关代字相同').count(), SETTLED).toBe(1);
    await expect.poll(() => settings.profileCard('县委').getByText('不能为空').count(), SETTLED).toBe(1);
    await first.getByLabel('机关代字', { exact: true }).fill('大政办发');
    await screenshot(page, 'settings-issuing-profiles-errors');
    page.once('dialog', (dialog) => void dialog.accept());
    await settings.profileCard('县委').getByRole('button', { name: '删除这个身份' }).click();
    await settings.saveOrganizationForm();
    // The error stays until a save goes through.
    await expect.poll(() => page.getByText('有字段填写不正确').count(), SETTLED).toBe(0);

    await page.reload();
    const saved = settings.profileCard('县政府办公室');
    await expect.poll(() => saved.getByLabel('机关代字', { exact: true }).inputValue(), SETTLED).toBe('大政办发');
    await expect.poll(() => saved.getByLabel('默认模板').locator('option:checked').textContent(), SETTLED).toBe('县政府办红头');
    expect(await page.getByTestId('issuing-profiles').getByRole('group').count()).toBe(1);
    await saved.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-issuing-profiles');
    const width = await saved.evaluate((el) => el.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(1366);
    expect(app.pageErrors).toEqual([]);
  });
});
