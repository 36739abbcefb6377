/**
 * Cancelling an export in browser mode, as a clerk would: 取消 appears beside the running export; once
 * clicked, the core answers 已取消导出, the clerk is told so, and nothing is downloaded. The export's
 * request is held on its way to the core until the cancel has been sent, so the two always cross the same
 * way however busy the machine is; the core cancels an export whose cancel came first as it starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Route } from 'playwright-core';
import { SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { COUNTY_OFFICE } from './countyOffice';
import { AppShell } from './pages/AppShell';
import { RegisterPage } from './pages/RegisterPage';

const NOTICE = [
  '阳城县人民政府办公室',
  '阳城县人民政府办公室关于做好汛期安全工作的通知',
  '阳政办发〔2025〕8号',
  '各乡镇人民政府，县直各部门：',
  '一、加强巡查。4月30日前完成重点部位排查。（县应急局负责）',
  '阳城县人民政府办公室',
  '2025年4月20日',
  '',
].join('\n');

describe('cancelling an export in browser mode', { timeout: 180_000 }, () => {
  let app: BrowserMode;
  let shell: AppShell;

  beforeAll(async () => {
    app = await startBrowserMode();
    const token = new URL(app.url).searchParams.get('token')!;
    const call = async (method: string, args: object) => {
      const reply = await fetch(new URL(`/api/${method}`, app.url), {
        method: 'POST',
        headers: { 'x-gongwen-token': token, 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      const answer = (await reply.json()) as { ok: boolean; value?: Record<string, unknown> };
      expect(answer).toMatchObject({ ok: true });
      return answer.value!;
    };
    const { noticeId } = await call('archive.importText', { text: NOTICE, fileName: '汛期通知.txt' });
    // One 文号 drawn, so the 发文登记簿 has a row to export.
    await call('settings.saveOrganization', { organization: COUNTY_OFFICE });
    const draft = await call('drafting.create', { upstreamId: noticeId });
    await call('issuance.assignNumber', { draftId: draft.id });
    shell = new AppShell(app.page);
    await shell.open(app.url);
  }, 120_000);

  afterAll(async () => app?.stop());

  /** Holds the next request to `method` until released; resolves with its answer from the core. */
  async function holdNext(method: string) {
    let held: Route | null = null;
    const pattern = `**/api/${method}`;
    await app.page.route(pattern, (route) => void (held = route));
    const answer = app.page.waitForResponse(pattern);
    return {
      held: () => held !== null,
      async release(): Promise<unknown> {
        await held!.continue();
        await app.page.unroute(pattern);
        return (await answer).json();
      },
    };
  }

  /**
   * Starts the export behind `button` with its request held, cancels it with 取消 and releases the request:
   * the core answers that it was cancelled, the clerk is told, and 取消 goes away.
   */
  async function cancelHeld(method: string, button: Locator, label: string) {
    const request = await holdNext(method);
    await button.click();
    const running = app.page.getByTestId('export-running');
    await expect.poll(() => running.innerText(), SETTLED).toContain(label);
    await expect.poll(() => request.held(), SETTLED).toBe(true);
    const cancelled = app.page.waitForResponse('**/api/export.cancel');
    await running.getByRole('button', { name: '取消' }).click();
    // The cancel has reached the core before the export does.
    await cancelled;
    expect(await request.release()).toEqual({ ok: false, error: '已取消导出。' });
    await shell.toast('已取消导出。');
    await expect.poll(() => running.count(), SETTLED).toBe(0);
  }

  it('cancels the register’s export: 取消 beside it, the core stops it, the clerk is told, nothing downloaded', async () => {
    const { page } = app;
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await shell.goTo('收文登记簿');
    const register = new RegisterPage(page);
    await register.row('汛期安全').waitFor();

    await cancelHeld('export.registerXlsx', page.getByRole('button', { name: '导出 Excel' }), '正在导出登记簿…');
    expect(downloads).toEqual([]);

    // The next export is not affected.
    const download = await register.exportXlsx();
    expect(download.suggestedFilename()).toMatch(/^收文登记簿-\d{8}\.xlsx$/);
  });

  it('cancels the ledger’s export the same way', async () => {
    const { page } = app;
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await shell.goTo('督办台账');
    const exportButton = page.getByRole('button', { name: '导出 Excel' });
    await expect.poll(() => exportButton.isEnabled(), SETTLED).toBe(true);
    await cancelHeld('tasks.exportXlsx', exportButton, '正在导出督办台账…');
    expect(downloads).toEqual([]);
  });

  it('cancels the 发文登记簿’s export the same way', async () => {
    const { page } = app;
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await shell.goTo('发文登记');
    await page.getByTestId('issuance-register').locator('tbody tr').first().waitFor();
    const exportButton = page.getByRole('button', { name: '导出 Excel' });
    await cancelHeld('export.registerXlsx', exportButton, '正在导出发文登记簿…');
    expect(downloads).toEqual([]);

    // The next export is not affected.
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/发文登记簿.*\.xlsx$/);
  });
});
