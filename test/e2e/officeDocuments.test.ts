/**
 * The office's own documents in browser mode, as a county 政府办 secretary sets them up and uses them:
 * issuing identities (版头 profiles) with their default .docx template; a draft's 版式 (信函, 纪要, 命令,
 * sealed or not) in the live preview, kept with the draft. Screenshots (1366×768) go to
 * test-artifacts/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { templateDocx } from '../core/docx/templateFixture';
import { CORPUS_DIR, screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { DraftingPage } from './pages/DraftingPage';
import { ImportPage } from './pages/ImportPage';
import { RegisterPage } from './pages/RegisterPage';
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
    // Each wrong field says why, in Chinese, as it is typed — before any save; a field left empty, on saving.
    const first = settings.profileCard('县政府办公室');
    await expect.poll(() => first.getByText('与“本机关”的机关代字相同').count(), SETTLED).toBe(1);
    expect(await settings.profileCard('县委').getByText('不能为空').count()).toBe(0);
    await settings.saveOrganizationForm();
    await expect.poll(() => page.getByText('有字段填写不正确').count(), SETTLED).toBe(1);
    await expect.poll(() => settings.profileCard('县委').getByText('不能为空').count(), SETTLED).toBe(1);
    // Nothing is saved while a card is wrong; a field's error goes as soon as it is right.
    await first.getByLabel('机关代字', { exact: true }).fill('大政办发');
    await expect.poll(() => first.getByText('与“本机关”的机关代字相同').count(), SETTLED).toBe(0);
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

  it('previews the draft in its 版式, and keeps a 纪要’s attendance with the draft for the .docx', async () => {
    const { page } = app;
    const shell = new AppShell(page);
    await shell.goTo('导入');
    await new ImportPage(page).importFiles([join(CORPUS_DIR, 'taiyuan-city-2025.txt')]);
    await shell.goTo('收文登记簿');
    await new RegisterPage(page).openNotice('并政发〔2025〕1号');
    await page.getByRole('link', { name: '起草贯彻落实通知' }).click();
    const drafting = new DraftingPage(page);
    await drafting.createDraft();
    const preview = drafting.preview();
    const mark = preview.locator('.paper-mark');
    await expect.poll(() => mark.innerText(), SETTLED).toBe('大宁县人民政府文件');

    await drafting.setSealed(true);
    await expect.poll(() => preview.getByTestId('preview-close').getAttribute('class'), SETTLED).toContain('sealed');
    // An upward 文件 (上行文): the 签发人 stands on the 文号's line.
    await drafting.fillLayoutField('签发人', '张三');
    await expect.poll(() => preview.getByTestId('preview-signer-line').innerText(), SETTLED).toMatch(/号\s*签发人：张三$/);
    await screenshot(page, 'draft-preview-upward');
    await drafting.chooseLayout('信函');
    expect(await preview.getByText('签发人').count()).toBe(0);
    await expect.poll(() => mark.innerText(), SETTLED).toBe('大宁县人民政府');
    expect(await preview.locator('.paper-double-rule').count()).toBe(2);
    expect(await preview.locator('.paper-printer').count()).toBe(0);
    await screenshot(page, 'draft-preview-letter');
    await drafting.chooseLayout('命令');
    await drafting.fillLayoutField('签发人', '县长 张三');
    await expect.poll(() => mark.innerText(), SETTLED).toBe('大宁县人民政府令');
    await expect.poll(() => preview.getByTestId('preview-close').innerText(), SETTLED).toContain('县长　　张三');
    expect(await preview.locator('.paper-title').count()).toBe(0);

    await drafting.chooseLayout('纪要');
    await drafting.fillLayoutField('出席', '王志刚、李红梅，赵六');
    await drafting.fillLayoutField('请假', '吴十');
    await expect.poll(() => mark.innerText(), SETTLED).toBe('大宁县人民政府会议纪要');
    await expect.poll(() => preview.locator('.paper-attendance').innerText(), SETTLED).toMatch(/^出席：王志刚、李红梅、赵六\n+请假：吴十$/);
    // A 纪要 has no 署名 (§10.3): its date stands alone.
    await expect.poll(() => preview.getByTestId('preview-close').innerText(), SETTLED).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await drafting.save();
    await shell.toast('草稿已保存');
    await screenshot(page, 'draft-preview-minutes');

    // Reopened, the draft is still a 纪要 with its lists, and the .docx prints them.
    await page.reload();
    await expect.poll(() => page.getByLabel('版式').inputValue(), SETTLED).toBe('minutes');
    expect(await page.getByLabel('出席', { exact: true }).inputValue()).toBe('王志刚、李红梅、赵六');
    const download = await drafting.generateDocx();
    const path = join(app.workDir, 'minutes.docx');
    await download.saveAs(path);
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    expect(xml).toContain('王志刚、李红梅、赵六');
    expect(xml).toContain('大宁县人民政府会议纪要');
    expect(app.pageErrors).toEqual([]);
  });
});
