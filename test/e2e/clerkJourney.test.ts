/**
 * A clerk's day in browser mode, end to end on a fresh archive: import the five corpus notices, find
 * one by a two-character word, read its clause tree and units, register it and move its status,
 * export the register. Screenshots go to test-artifacts/ for a person to look at.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, screenshot, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';
import { NoticePage } from './pages/NoticePage';
import { RegisterPage } from './pages/RegisterPage';
import { SearchPage } from './pages/SearchPage';

const DANING_TITLE = '大宁县人民政府关于做好2025年全县安全生产工作的通知';

describe('a clerk in browser mode', { timeout: 120_000 }, () => {
  let app: BrowserMode;
  let shell: AppShell;

  beforeAll(async () => {
    app = await startBrowserMode();
    shell = new AppShell(app.page);
    await shell.open(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('starts on an empty register that says what to do next', async () => {
    await app.page.getByText('登记簿还是空的').waitFor();
    await expect(app.page.getByRole('link', { name: '去导入公文' }).isVisible()).resolves.toBe(true);
    // The token has left the address bar once the page holds it.
    expect(app.page.url()).not.toContain('token=');
    await screenshot(app.page, '01-empty-register');
  });

  it('imports the five corpus notices through the file chooser, each with its result', async () => {
    await shell.goTo('导入');
    const importPage = new ImportPage(app.page);
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(5);
    await importPage.importFiles(files.map((f) => join(CORPUS_DIR, f)));
    const results = await importPage.results();
    expect(Object.keys(results).sort()).toEqual(files);
    expect(Object.values(results).every((r) => r === '已导入')).toBe(true);
    await screenshot(app.page, '02-import-results');
  });

  it('lists them in the register with their 文号 and status 待办', async () => {
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(app.page);
    await register.row('大政发〔2025〕1号').waitFor();
    await expect(register.rows().count()).resolves.toBe(5);
    await expect(register.statusOf('大政发〔2025〕1号')).resolves.toBe('待办');
    await screenshot(app.page, '03-register');
  });

  it('finds notices by the two-character word 燃气 with the word highlighted', async () => {
    await shell.goTo('检索');
    const search = new SearchPage(app.page);
    await search.search('燃气');
    await expect(search.hits().count()).resolves.toBe(5);
    const marks = await search.highlighted();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '燃气')).toBe(true);
    await screenshot(app.page, '04-search-ranqi');
    await search.openHit(DANING_TITLE);
  });

  it('shows the opened notice’s clause tree with its responsible units, lead first', async () => {
    const notice = new NoticePage(app.page);
    await expect(app.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(DANING_TITLE);
    await expect(notice.clauses().count()).resolves.toBeGreaterThan(10);
    await expect(notice.unitsOf('推进重点安全治理工程')).resolves.toEqual([
      '牵头 县住建局', '县交通局', '县应急管理局', '县市场监管局', '县消防救援队',
    ]);
    await expect(notice.unitsOf('强化理论学习')).resolves.toEqual(['牵头 各乡镇党委及政府', '县安委会成员单位']);
    await screenshot(app.page, '05-notice-clauses');
  });

  it('registers the 收文 and moves it to 在办', async () => {
    const notice = new NoticePage(app.page);
    await notice.tab('收文登记');
    await notice.fillRegistration({ 承办科室: '应急管理科', 办理期限: '2099-12-31', 拟办意见: '请应急管理科牵头办理。' });
    await shell.toast('收文登记已保存');
    await notice.setStatus('在办');
    await shell.toast('状态已改为“在办”');
    await screenshot(app.page, '06-registration');
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(app.page);
    await expect(register.statusOf('大政发〔2025〕1号')).resolves.toBe('在办');
    await expect(register.row('大政发〔2025〕1号').innerText()).resolves.toContain('应急管理科');
  });

  it('refuses a deadline before the day of receipt, at the field, in Chinese', async () => {
    const register = new RegisterPage(app.page);
    await register.openNotice('大政发〔2025〕1号');
    const notice = new NoticePage(app.page);
    await notice.tab('收文登记');
    await notice.fillRegistration({ 收文日期: '2025-05-10', 办理期限: '2025-05-01' });
    await app.page.getByText('办理期限不能早于收文日期').waitFor();
  });

  it('exports the register as an .xlsx workbook with every row', async () => {
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(app.page);
    const download = await register.exportXlsx();
    expect(download.suggestedFilename()).toMatch(/^收文登记簿-\d{8}\.xlsx$/);
    const path = join(app.workDir, 'register.xlsx');
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe('收文编号');
    expect(sheet.rowCount).toBe(2 + 5);
    const texts = sheet.getColumn(4).values.map(String);
    expect(texts).toContain('大政发〔2025〕1号');
  });

  it('ran without a page error or CSP violation', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
