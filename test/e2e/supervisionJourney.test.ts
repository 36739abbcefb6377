/**
 * A notice from registration to every task done, in browser mode on a fresh archive: 今日待办 first, a
 * chat message pasted by mistake is not registered, a notice is, its form is clean after saving and
 * leaving it dirty asks first (a link, the back button), 拟办 → 批办 → 承办 move its stage, and in the
 * 督办台账 a task goes to done with feedback. Screenshots go to test-artifacts/ at 1366×768.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';
import { DraftingPage } from './pages/DraftingPage';
import { ImportPage } from './pages/ImportPage';
import { NoticePage } from './pages/NoticePage';
import { RegisterPage } from './pages/RegisterPage';
import { SettingsPage } from './pages/SettingsPage';

const TITLE = '阳城县人民政府办公室关于做好汛期安全工作的通知';

/** Deadlines of 2025: always past when this runs, so the first clause's tasks are overdue. */
const NOTICE = [
  '阳城县人民政府办公室文件',
  '',
  '阳政办发〔2025〕8号',
  '',
  TITLE,
  '',
  '各乡镇人民政府，县直各有关单位：',
  '为做好汛期安全工作，现就有关事项通知如下：',
  '一、加强巡查。6月底前完成重点部位排查。（县应急局牵头，县水务局配合）',
  '二、强化宣传。广泛宣传防汛知识。（县应急局负责）',
  '',
  '阳城县人民政府办公室',
  '2025年4月20日',
  '',
].join('\n');

describe('收文办理 and 督办 in browser mode', { timeout: 120_000 }, () => {
  let app: BrowserMode;
  let shell: AppShell;
  /** What the next confirmation asked; answered no while `refuse` is set, yes otherwise. */
  let asked: string | null = null;
  let refuse = false;

  beforeAll(async () => {
    app = await startBrowserMode();
    await app.page.setViewportSize({ width: 1366, height: 768 });
    shell = new AppShell(app.page);
    app.page.on('dialog', (dialog) => {
      asked = dialog.message();
      void (refuse ? dialog.dismiss() : dialog.accept());
    });
    await shell.open(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('opens on 今日待办', async () => {
    await app.page.getByRole('heading', { level: 1, name: '今日待办' }).waitFor();
    await app.page.getByText('没有逾期的任务。').waitFor();
  });

  it('asks before registering pasted text that is not a notice, and registers nothing on 取消', async () => {
    await shell.goTo('导入');
    const importPage = new ImportPage(app.page);
    await importPage.pasteTab();
    await importPage.paste('你好，今天开会吗？');
    // Looking at the files tab and back keeps what was pasted.
    await app.page.getByRole('tab', { name: '导入文件' }).click();
    await importPage.pasteTab();
    expect(await app.page.getByRole('textbox', { name: '公文全文' }).inputValue()).toBe('你好，今天开会吗？');
    await app.page.getByRole('button', { name: '导入这份公文' }).click();
    const question = app.page.getByRole('alertdialog', { name: '不像一份公文' });
    await question.getByText('没有文号，也没有发文机关').waitFor();
    await question.getByRole('button', { name: '取消' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await app.page.getByTestId('import-results').count()).toBe(0);
  });

  it('registers a notice and shows its 办理环节 in the register', async () => {
    const importPage = new ImportPage(app.page);
    await importPage.paste(NOTICE);
    await importPage.importPasted();
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(app.page);
    await expect.poll(() => register.row(TITLE).innerText(), SETTLED).toContain('待拟办');
    await screenshot(app.page, 'sv-01-register-1366');
    await register.openNotice(TITLE);
  });

  it('leaves the registration form clean after saving, and asks before leaving it dirty', async () => {
    const notice = new NoticePage(app.page);
    await notice.tab('收文登记');
    await notice.fillRegistration({ 承办科室: '综合科' });
    await shell.toast('收文登记已保存');
    const form = app.page.getByTestId('registration-form');
    await expect.poll(() => form.getByText('有未保存的修改').count(), SETTLED).toBe(0);

    await form.getByLabel('承办科室', { exact: true }).fill('应急科');
    refuse = true;
    asked = null;
    await app.page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: /^今日待办/ })
      .click();
    await expect.poll(() => asked, SETTLED).toContain('有未保存的修改');
    await expect.poll(() => app.page.url(), SETTLED).toContain('#/notice/');
    expect(await form.getByLabel('承办科室', { exact: true }).inputValue()).toBe('应急科');

    asked = null;
    await app.page.goBack();
    await expect.poll(() => asked, SETTLED).toContain('有未保存的修改');
    await expect.poll(() => app.page.url(), SETTLED).toContain('#/notice/');
    expect(await form.getByLabel('承办科室', { exact: true }).inputValue()).toBe('应急科');
    refuse = false;
    await form.getByRole('button', { name: '撤销修改' }).click();
  });

  it('walks 拟办 → 批办 → 承办 in 办理流程', async () => {
    const notice = new NoticePage(app.page);
    await notice.tab('办理流程');
    const panel = app.page.getByTestId('flow-panel');
    const record = async (actor: string, text: string, stage: string) => {
      const form = panel.getByTestId('flow-form');
      await form.locator('input:not([type=date])').fill(actor);
      await form.locator('textarea').fill(text);
      await form.getByRole('button', { name: /^记录/ }).click();
      await expect.poll(() => panel.locator('.badge').first().innerText(), SETTLED).toBe(stage);
    };
    await record('办公室王芳', '建议请县应急局牵头办理', '待批办');
    await record('李县长', '同意，抓紧落实', '待承办');
    await record('县应急局', '按期报送落实情况', '承办中');
    expect(await panel.locator('.flow-steps li').allInnerTexts()).toEqual([
      expect.stringMatching(/^登记/),
      expect.stringMatching(/^拟办.*办公室王芳/s),
      expect.stringMatching(/^批办.*李县长/s),
      expect.stringMatching(/^承办.*县应急局/s),
    ]);
    await screenshot(app.page, 'sv-02-flow');
  });

  it('shows the overdue tasks on 今日待办 and takes one to done with feedback in the 督办台账', async () => {
    await shell.goTo('今日待办');
    const overdue = app.page.getByRole('region', { name: '已逾期' });
    await expect.poll(() => overdue.locator('tbody tr').count(), SETTLED).toBe(2);
    await screenshot(app.page, 'sv-03-today-1366');

    await shell.goTo('督办台账');
    await app.page.getByRole('searchbox', { name: '按责任单位筛选' }).fill('县水务局');
    const table = app.page.getByTestId('ledger-table');
    await expect.poll(() => table.locator('tbody tr').count(), SETTLED).toBe(1);
    await table.locator('tbody tr').first().click();
    const detail = app.page.getByTestId('task-detail');
    await detail.getByRole('textbox', { name: '反馈内容' }).fill('已完成重点部位排查，发现隐患3处已整改');
    await detail.getByRole('button', { name: '记录反馈' }).click();
    await shell.toast('反馈已记录');
    await detail.getByRole('button', { name: '已完成' }).click();
    await expect.poll(() => table.locator('tbody tr').first().innerText(), SETTLED).toContain('已完成');
    expect(await detail.innerText()).toContain('已完成重点部位排查');
    await screenshot(app.page, 'sv-04-ledger-1366');
    // A deadline range: nothing of this unit falls due in 2099, its task comes back when the range is cleared.
    const from = app.page.getByLabel('期限从');
    await from.fill('2099-01-01');
    await expect.poll(() => table.locator('tbody tr').count(), SETTLED).toBe(0);
    await from.fill('');
    await expect.poll(() => table.locator('tbody tr').count(), SETTLED).toBe(1);

    await shell.goTo('今日待办');
    await expect.poll(() => overdue.locator('tbody tr').count(), SETTLED).toBe(1);
  });

  it('asks before leaving a dirty draft, undoes an edit, and lists the draft on 今日待办', async () => {
    await shell.goTo('设置');
    await new SettingsPage(app.page).saveOrganization({
      机关全称: '阳城县应急管理局',
      发文机关标志: '阳城县应急管理局文件',
      机关代字: '阳应急发',
      行政层级: '县级',
      印发机关: '阳城县应急管理局办公室',
      '默认主送机关（每行一个）': '各乡镇应急办',
    });
    await shell.toast('本机关设置已保存');
    await shell.goTo('收文登记簿');
    await new RegisterPage(app.page).openNotice(TITLE);
    await app.page.getByRole('link', { name: '起草贯彻落实通知' }).click();
    const drafting = new DraftingPage(app.page);
    await drafting.createDraft();
    const box = drafting.clauseCards().nth(1).getByRole('textbox', { name: '条款内容' });
    const before = await box.inputValue();

    refuse = true;
    asked = null;
    await box.fill('各乡镇要在6月底前完成重点部位排查。');
    await app.page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: /^今日待办/ })
      .click();
    await expect.poll(() => asked, SETTLED).toContain('有未保存的修改');
    // The refused link's history entry is left by going back, which the browser does a moment later.
    await expect.poll(() => app.page.url(), SETTLED).toContain('#/drafting/');
    await expect.poll(() => box.inputValue(), SETTLED).toBe('各乡镇要在6月底前完成重点部位排查。');
    refuse = false;

    await box.blur();
    await app.page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect.poll(() => box.inputValue(), SETTLED).toBe(before);
    // Saved by itself a few seconds after the last change.
    await expect.poll(() => drafting.title().locator('..').innerText(), { timeout: 20_000 }).toContain('已保存');

    await shell.goTo('今日待办');
    await app.page.getByRole('region', { name: '正在起草' }).getByRole('link').first().waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('pages the 督办台账: 50 tasks a page with the count of all, 下一页 and Alt+PageUp', async () => {
    // Twelve clauses, each given to five units: 60 tasks, beside the 3 of the first notice.
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const large = NOTICE.replace('阳政办发〔2025〕8号', '阳政办发〔2025〕15号')
      .replace(TITLE, '阳城县人民政府办公室关于开展安全生产大检查的通知')
      .replace(
        /一、加强巡查[^\n]*\n二、强化宣传[^\n]*/,
        numerals
          .map((n, i) => `${n}、第${n}项检查。5月${i + 1}日前完成。（县应急局牵头，县水务局、县公安局、县交通运输局、县卫生健康局配合）`)
          .join('\n'),
      );
    await shell.goTo('导入');
    const importPage = new ImportPage(app.page);
    await importPage.pasteTab();
    await importPage.paste(large);
    await importPage.importPasted();

    await shell.goTo('督办台账');
    const table = app.page.getByTestId('ledger-table');
    const subtitle = app.page.locator('.page-header .subtitle');
    await expect.poll(() => subtitle.innerText(), SETTLED).toBe('第 1–50 项，共 63 项任务');
    expect(await table.locator('tbody tr').count()).toBe(50);
    await screenshot(app.page, 'sv-05-ledger-pages-1366');
    const pager = app.page.getByRole('navigation', { name: '翻页' });
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => subtitle.innerText(), SETTLED).toBe('第 51–63 项，共 63 项任务');
    expect(await table.locator('tbody tr').count()).toBe(13);
    expect(await pager.innerText()).toContain('第 2 / 2 页');
    await screenshot(app.page, 'sv-06-ledger-page-2-1366');
    await expect.poll(() => pager.getByRole('button', { name: '下一页' }).isDisabled(), SETTLED).toBe(true);
    await app.page.keyboard.press('Alt+PageUp');
    await expect.poll(() => subtitle.innerText(), SETTLED).toBe('第 1–50 项，共 63 项任务');
    // A row opens with Enter, as with a click.
    await table.locator('tbody tr').nth(5).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.getByTestId('task-detail').innerText(), SETTLED).toContain('第二项检查');
    // A filter starts again at the first page and counts what it keeps.
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => subtitle.innerText(), SETTLED).toBe('第 51–63 项，共 63 项任务');
    await app.page.getByRole('searchbox', { name: '按责任单位筛选' }).fill('县公安局');
    await expect.poll(() => subtitle.innerText(), SETTLED).toBe('共 12 项任务');
    expect(await pager.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
