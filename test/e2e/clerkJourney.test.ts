/**
 * A clerk's day in browser mode, end to end on a fresh archive: import the five corpus notices, find
 * one by a two-character word, read its clause tree and units, register it and move its status,
 * export the register. Screenshots go to test-artifacts/ for a person to look at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { DraftingPage } from './pages/DraftingPage';
import { ImportPage } from './pages/ImportPage';
import { NoticePage } from './pages/NoticePage';
import { RegisterPage } from './pages/RegisterPage';
import { SearchPage } from './pages/SearchPage';
import { SettingsPage } from './pages/SettingsPage';

const DANING_TITLE = '大宁县人民政府关于做好2025年全县安全生产工作的通知';

/** A short 函 as a clerk would copy it from a web page. */
const PASTED_LETTER = [
  '乡宁县消防救援大队',
  '',
  '乡消函〔2025〕12号',
  '',
  '乡宁县消防救援大队关于商请开展高层建筑消防设施联合检查的函',
  '',
  '乡宁县住房和城乡建设局：',
  '为做好冬春火灾防控工作，我大队拟于12月上旬对全县高层住宅小区消防设施开展联合检查，现商请贵局派员参加，并于11月30日前将参加人员名单反馈我大队。',
  '特此函告。',
  '',
  '乡宁县消防救援大队',
  '2025年11月20日',
].join('\n');

describe('a clerk in browser mode', { timeout: 120_000 }, () => {
  let app: BrowserMode;
  let shell: AppShell;

  beforeAll(async () => {
    app = await startBrowserMode();
    shell = new AppShell(app.page);
    // Confirmations ("登记发文后…继续吗？") are answered yes, as the clerk would.
    app.page.on('dialog', (dialog) => void dialog.accept());
    await shell.open(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('starts on 今日待办, and an empty register says what to do next', async () => {
    await app.page.getByRole('heading', { level: 1, name: '今日待办' }).waitFor();
    await shell.goTo('收文登记簿');
    await app.page.getByText('登记簿还是空的').waitFor();
    await expect.poll(() => app.page.getByRole('link', { name: '去导入公文' }).isVisible(), SETTLED).toBe(true);
    // The token has left the address bar once the page holds it.
    expect(app.page.url()).not.toContain('token=');
    await screenshot(app.page, '01-empty-register');
  });

  it('imports the five corpus notices through the file chooser, each with its result', async () => {
    await shell.goTo('导入');
    const importPage = new ImportPage(app.page);
    const files = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toHaveLength(5);
    await importPage.importFiles(files.map((f) => join(CORPUS_DIR, f)));
    const results = await importPage.results();
    expect(Object.keys(results).sort()).toEqual(files);
    expect(Object.values(results).every((r) => r === '已导入')).toBe(true);
    await screenshot(app.page, '02-import-results');
  });

  it('takes files dropped on the import area, and knows one it already has', async () => {
    const importPage = new ImportPage(app.page);
    const text = readFileSync(join(CORPUS_DIR, 'daning-county-2025.txt'), 'utf8');
    await importPage.dropFiles([{ name: '大宁县安全生产通知（重发）.txt', text }], 1);
    await expect.poll(() => importPage.results(), SETTLED).toMatchObject({ '大宁县安全生产通知（重发）.txt': '已存在' });
  });

  it('previews pasted text live, then imports it', async () => {
    const importPage = new ImportPage(app.page);
    await importPage.pasteTab();
    await importPage.paste(PASTED_LETTER);
    await expect.poll(() => importPage.previewValue('文号').innerText(), SETTLED).toBe('乡消函〔2025〕12号');
    await expect.poll(() => importPage.previewValue('文种').innerText(), SETTLED).toBe('函');
    await expect.poll(() => importPage.previewValue('主送机关').innerText(), SETTLED).toBe('乡宁县住房和城乡建设局');
    await screenshot(app.page, '02b-paste-preview');
    await importPage.importPasted();
    await expect.poll(() => importPage.results(), SETTLED).toMatchObject({ 粘贴的文字: '已导入' });
  });

  it('lists them in the register with their 文号 and status 待办', async () => {
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(app.page);
    await expect.poll(() => register.rows().count(), SETTLED).toBe(6);
    await expect.poll(() => register.statusOf('大政发〔2025〕1号'), SETTLED).toBe('待办');
    await screenshot(app.page, '03-register');
  });

  it('finds notices by the two-character word 燃气 with the word highlighted', async () => {
    await shell.goTo('检索');
    const search = new SearchPage(app.page);
    await search.search('燃气');
    await expect.poll(() => search.hits().count(), SETTLED).toBe(5);
    const marks = await search.highlighted();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '燃气')).toBe(true);
    await screenshot(app.page, '04-search-ranqi');
    await search.openHit(DANING_TITLE);
  });

  it('shows the opened notice’s clause tree with its responsible units, lead first', async () => {
    const notice = new NoticePage(app.page);
    await expect.poll(() => app.page.getByRole('heading', { level: 1 }).innerText(), SETTLED).toBe(DANING_TITLE);
    await expect.poll(() => notice.clauses().count(), SETTLED).toBeGreaterThan(10);
    await expect
      .poll(() => notice.unitsOf('推进重点安全治理工程'), SETTLED)
      .toEqual(['牵头 县住建局', '县交通局', '县应急管理局', '县市场监管局', '县消防救援队']);
    await expect.poll(() => notice.unitsOf('强化理论学习'), SETTLED).toEqual(['牵头 各乡镇党委及政府', '县安委会成员单位']);
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
    // The register reloads after the change: read the row once it shows the new state, not the old one.
    await expect.poll(() => register.statusOf('大政发〔2025〕1号'), SETTLED).toBe('在办');
    await expect.poll(() => register.row('大政发〔2025〕1号').innerText(), SETTLED).toContain('应急管理科');
  });

  it('refuses a deadline before the day of receipt, at the field, in Chinese', async () => {
    const register = new RegisterPage(app.page);
    await register.openNotice('大政发〔2025〕1号');
    const notice = new NoticePage(app.page);
    await notice.tab('收文登记');
    await notice.fillRegistration({ 收文日期: '2025-05-10', 办理期限: '2025-05-01' });
    await app.page.getByText('办理期限不能早于收文日期').waitFor();
  });

  it('highlights a 收文 past its 办理期限 and filters the overdue ones', async () => {
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(app.page);
    await register.openNotice('并政发〔2025〕1号');
    const notice = new NoticePage(app.page);
    await notice.tab('收文登记');
    await notice.fillRegistration({ 收文日期: '2025-04-11', 办理期限: '2025-04-30', 承办科室: '安全生产科' });
    await shell.toast('收文登记已保存');
    await shell.goTo('收文登记簿');
    await expect.poll(() => register.row('并政发〔2025〕1号').locator('.overdue').innerText(), SETTLED).toBe('2025-04-30 超期');
    await app.page.getByRole('combobox', { name: '按状态筛选' }).selectOption({ label: '已超期' });
    await expect.poll(() => register.rows().count(), SETTLED).toBe(1);
    await screenshot(app.page, '06a-register-overdue');
    await app.page.getByRole('combobox', { name: '按状态筛选' }).selectOption({ label: '全部状态' });
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
    expect(sheet.rowCount).toBe(2 + 6);
    const texts = sheet.getColumn(4).values.map(String);
    expect(texts).toContain('大政发〔2025〕1号');
  });

  it('shows the register on paper for printing, every row and the visible columns', async () => {
    await app.page.getByRole('button', { name: '打印' }).click();
    const print = app.page.getByTestId('print-view');
    await expect.poll(() => print.locator('.print-block tr').count(), SETTLED).toBe(6);
    await expect
      .poll(() => print.locator('thead th').allInnerTexts(), SETTLED)
      .toEqual(['序号', '收文编号', '收文日期', '来文机关', '文号', '标题', '办理期限', '办理环节', '承办科室', '状态']);
    await screenshot(app.page, '06b-print-view');
    await app.page.getByRole('button', { name: '返回登记簿' }).click();
  });

  it('lists a responsible unit’s tasks across the notices, with a chart of tasks per unit', async () => {
    await shell.goTo('责任单位');
    const chart = app.page.getByTestId('unit-chart');
    await chart.getByRole('listitem').first().waitFor();
    expect(await chart.getByRole('listitem').count()).toBeGreaterThan(10);
    await chart.getByRole('listitem').filter({ hasText: '大宁县应急管理局' }).first().click();
    const tasks = app.page.getByTestId('unit-tasks');
    await tasks.locator('tbody tr').first().waitFor();
    await expect.poll(() => tasks.innerText(), SETTLED).toContain('大政发〔2025〕1号');
    await screenshot(app.page, '06c-unit-tasks');
  });

  it('opens a unit typed by any name, with the tasks it has as a member of a group marked', async () => {
    const box = app.page.getByLabel('查找单位');
    await box.fill('昕水镇');
    await box.press('Enter');
    const tasks = app.page.getByTestId('unit-tasks');
    await expect.poll(() => tasks.locator('h2').innerText(), SETTLED).toContain('昕水镇（昕水镇人民政府）');
    await expect.poll(() => tasks.innerText(), SETTLED).toContain('作为“大宁县各乡镇”成员');
    await box.fill('');
  });

  it('sets up 本机关 before drafting', async () => {
    await shell.goTo('设置');
    const settings = new SettingsPage(app.page);
    await settings.saveOrganization({
      机关全称: '清徐县人民政府',
      发文机关标志: '清徐县人民政府文件',
      机关代字: '清政发',
      行政层级: '县级',
      印发机关: '清徐县人民政府办公室',
      '默认主送机关（每行一个）': '各乡镇人民政府\n县直各部门',
    });
    await shell.toast('本机关设置已保存');
    await settings.saveFonds('Z109');
    await shell.toast('全宗号已设为 Z109');
    await screenshot(app.page, '06d-settings');
  });

  it('imports the county’s 机构名录 from an .xlsx list, and the unit screen then reads 县政府 as its own', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名录');
    sheet.addRow(['单位名称', '简称']);
    sheet.addRow(['清徐县应急管理局', '县应急局']);
    sheet.addRow(['清徐县人民政府办公室', '县政府办']);
    const list = join(app.workDir, '机构名录.xlsx');
    await book.xlsx.writeFile(list);
    const settings = new SettingsPage(app.page);
    await settings.importUnitList(list);
    await shell.toast('机构名录已保存');
    expect(await settings.unitNames()).toEqual(['清徐县应急管理局', '清徐县人民政府办公室']);
    await shell.goTo('责任单位');
    const box = app.page.getByLabel('查找单位');
    await box.fill('县政府');
    await box.press('Enter');
    const tasks = app.page.getByTestId('unit-tasks');
    await expect.poll(() => tasks.locator('h2').innerText(), SETTLED).toContain('清徐县人民政府');
    await expect.poll(() => tasks.innerText(), SETTLED).toContain('作为“太原市各县（市、区）人民政府”成员');
    await box.fill('');
  });

  it('drafts the county’s notice from the city’s, localized, with every task covered', async () => {
    await shell.goTo('收文登记簿');
    await new RegisterPage(app.page).openNotice('并政发〔2025〕1号');
    await app.page.getByRole('link', { name: '起草贯彻落实通知' }).click();
    const drafting = new DraftingPage(app.page);
    await drafting.createDraft();
    await expect.poll(() => drafting.title().innerText(), SETTLED).toMatch(/^清徐县人民政府关于.*2025年.*的通知$/);
    const preview = await drafting.preview().innerText();
    expect(preview).toContain('清徐县人民政府文件');
    expect(preview).toContain('并政发〔2025〕1号');
    expect(preview).toContain('全县');
    await screenshot(app.page, '07-draft');

    const cards = await drafting.clauseCards().count();
    expect(cards).toBeGreaterThan(10);
    await drafting.dropClause(2);
    await drafting.tab('对照落实');
    await app.page
      .getByTestId('coverage')
      .getByText(/尚未落实 1 项/)
      .waitFor();
    await screenshot(app.page, '08-coverage');
    await app.page.getByRole('button', { name: '恢复该条' }).click();
    await app.page
      .getByTestId('coverage')
      .getByText(/全部落实/)
      .waitFor();
    // 公文校对 flags what 太原's text kept that is not 清徐's: its other counties, its figures.
    await drafting.tab(/^校对/);
    await app.page.getByText(/保留了太原市的地名“娄烦”/).waitFor();
    await app.page
      .getByText(/沿用了太原市来文的数字/)
      .first()
      .waitFor();
    expect(await app.page.getByText(/保留了太原市的地名“清徐”/).count()).toBe(0);
  });

  it('saves the draft, draws the next 文号 and downloads the .docx', async () => {
    const drafting = new DraftingPage(app.page);
    await drafting.tab(/^条款/);
    await drafting.editClause(1, '县委、县政府主要负责同志要带头学习习近平总书记关于安全生产的重要论述。');
    await drafting.save();
    await shell.toast('草稿已保存');
    await drafting.assignNumber();
    await shell.toast(/已取得文号 清政发〔\d{4}〕1号/);
    const download = await drafting.generateDocx();
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = join(app.workDir, 'draft.docx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('清徐县人民政府文件');
    expect(xml).toContain('县委、县政府主要负责同志要带头学习');
    // The same draft as a 信函: the organ's name without 文件, in a frame at the page's top.
    const letter = await drafting.generateDocx('信函');
    const letterPath = join(app.workDir, 'letter.docx');
    await letter.saveAs(letterPath);
    const letterXml = await (await JSZip.loadAsync(readFileSync(letterPath))).file('word/document.xml')!.async('string');
    expect(letterXml).toContain('<w:framePr');
    expect(letterXml).not.toContain('清徐县人民政府文件');
    expect(letterXml).toContain('县委、县政府主要负责同志要带头学习');
  });

  it('registers the 发文 and files it in the archive, linked to its upstream', async () => {
    const drafting = new DraftingPage(app.page);
    await drafting.issue();
    await shell.toast('已登记发文并归入档案');
    await app.page.getByRole('link', { name: '查看已发公文' }).click();
    await app.page.getByTestId('clause-tree').waitFor();
    await new NoticePage(app.page).tab(/^引用关系/);
    await app.page.getByTestId('lineage').getByText('并政发〔2025〕1号').first().waitFor();
    await screenshot(app.page, '09-issued-lineage');
    await shell.goTo('发文登记');
    const register = app.page.getByTestId('issuance-register');
    await expect.poll(() => register.locator('tbody tr').first().innerText(), SETTLED).toMatch(/清政发〔\d{4}〕1号\s+已发文/);
    await screenshot(app.page, '10-issuance-register');
  });

  it('shows the templates, the built-in ones read-only until copied', async () => {
    await shell.goTo('模板');
    await app.page.getByRole('navigation', { name: '模板列表' }).getByRole('link').first().click();
    await app.page.getByText('内置模板不能直接修改').waitFor();
    await screenshot(app.page, '11-templates');
    await app.page.getByRole('button', { name: '复制为新模板' }).click();
    const ask = app.page.getByRole('dialog', { name: '新模板的名称' });
    await ask.getByRole('textbox').fill('清徐县贯彻落实通知');
    await ask.getByRole('button', { name: '确定' }).click();
    await app.page.getByRole('heading', { level: 2, name: '清徐县贯彻落实通知' }).waitFor();
    await app.page.getByRole('textbox', { name: '附注', exact: true }).fill('（此件依申请公开）');
    await app.page.getByRole('button', { name: '保存', exact: true }).click();
    await shell.toast('模板已保存');
  });

  it('flags a new version of an archived notice as a possible duplicate and lets the clerk decide', async () => {
    await shell.goTo('导入');
    const importPage = new ImportPage(app.page);
    const text = `${readFileSync(join(CORPUS_DIR, 'yangquan-city-2025.txt'), 'utf8')}\n（此件依申请公开）\n`;
    await importPage.dropFiles([{ name: '阳泉市安全生产通知（更正稿）.txt', text }], 1);
    await expect.poll(() => importPage.results(), SETTLED).toMatchObject({ '阳泉市安全生产通知（更正稿）.txt': '疑似重复' });
    await screenshot(app.page, '12-possible-duplicate');
    await app.page.getByRole('button', { name: '两份都保留' }).click();
    await app.page.getByText('已决定：两份都保留').waitFor();
  });

  it('ran without a page error or CSP violation', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
