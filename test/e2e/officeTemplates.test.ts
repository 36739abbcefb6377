/**
 * 模板 screen in browser mode: a clerk adds the office's red-header .docx, sees its first page filled
 * with a sample notice, and chooses it for notices. Screenshots go to test-artifacts/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateDocx } from '../core/docx/templateFixture';
import { screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';

describe('office templates in browser mode', { timeout: 180_000 }, () => {
  let app: BrowserMode;
  beforeAll(async () => {
    app = await startBrowserMode();
  });
  afterAll(async () => app?.stop());

  it('adds a .docx template, previews it and chooses it for notices', async () => {
    const { page } = app;
    const file = join(app.workDir, '县政府红头.docx');
    writeFileSync(
      file,
      templateDocx({
        paragraphs: [['××县人民政府文件'], ['{{文号}}'], ['{{标题}}'], ['{{主送}}：'], ['{{正文}}'], ['{{署名}}'], ['{{成文日期}}']],
      }),
    );
    await page.goto(`${app.url.replace(/#.*$/, '')}#/templates`);
    const panel = page.getByRole('region', { name: '红头模板' });
    await panel.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => panel.getByRole('button', { name: '县政府红头' }).count(), SETTLED).toBe(1);
    await expect.poll(() => panel.getByText('{{文号}}', { exact: false }).count(), SETTLED).toBeGreaterThan(0);
    const image = panel.getByRole('img', { name: /县政府红头/ });
    await image.waitFor({ timeout: 120_000 });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), SETTLED).toBeGreaterThan(500);
    await panel.getByLabel(/通知.*使用/).selectOption({ label: '县政府红头' });
    await expect.poll(() => panel.getByLabel(/通知.*使用/).inputValue(), SETTLED).not.toBe('');
    await screenshot(page, 'office-templates');
    expect(app.pageErrors).toEqual([]);
  });
});
