/**
 * Every table fits an office PC's 1366×768 screen in browser mode: on each screen with a table, over an
 * archive of the five corpus notices with drafts, an issued number, a deleted notice and a backup, no
 * column is cut off, no header breaks onto a second line, and no 文号 or date breaks inside its cell
 * (a table wider than its panel must scroll inside it with its first column frozen). Screenshots go to
 * test-artifacts/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, screenshot, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { COUNTY_OFFICE } from './countyOffice';
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';
import { RegisterPage } from './pages/RegisterPage';

type ApiReply = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** What a table on the screen does wrong at this size; empty when everything fits. */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
    };
    const whole = /^(\S*〔\d{4}〕\d+号|\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?)$/;
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
    for (const table of document.querySelectorAll('main table, .page-body table')) {
      const box = table.getBoundingClientRect();
      if (box.width === 0) continue;
      let frame = table.parentElement;
      while (frame && getComputedStyle(frame).overflowX === 'visible') frame = frame.parentElement;
      const name = (table as HTMLElement).dataset.testid ?? table.querySelector('th')?.textContent ?? 'table';
      if (frame && frame.scrollWidth > frame.clientWidth + 1) {
        const first = table.querySelector('th');
        if (!first || getComputedStyle(first).position !== 'sticky')
          problems.push(`${name}: scrolls sideways without a frozen first column`);
      }
      if (frame && box.right > frame.getBoundingClientRect().right + 1 && getComputedStyle(frame).overflowX === 'hidden') {
        problems.push(`${name}: cut off at the panel's edge`);
      }
      for (const th of table.querySelectorAll('th')) {
        if (th.textContent!.trim() && lines(th) > 1) problems.push(`${name}: header “${th.textContent}” breaks`);
      }
      for (const cell of table.querySelectorAll('td, td a')) {
        const text = (cell as HTMLElement).innerText.trim();
        if (whole.test(text) && lines(cell) > 1) problems.push(`${name}: “${text}” breaks inside its cell`);
      }
    }
    return problems;
  });
}

describe('every table at 1366×768', { timeout: 180_000 }, () => {
  let app: BrowserMode;
  let shell: AppShell;

  beforeAll(async () => {
    app = await startBrowserMode();
    const token = new URL(app.url).searchParams.get('token')!;
    const api = async (method: string, args: object): Promise<ApiReply> => {
      const reply = await fetch(new URL(`/api/${method}`, app.url), {
        method: 'POST',
        headers: { 'x-gongwen-token': token, 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      return (await reply.json()) as ApiReply;
    };
    const value = (reply: ApiReply) => {
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
    const ids: number[] = [];
    for (const file of readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt'))) {
      const imported = value(await api('archive.importText', { text: readFileSync(join(CORPUS_DIR, file), 'utf8'), fileName: file }));
      ids.push(imported.noticeId as number);
    }
    value(await api('settings.saveOrganization', { organization: COUNTY_OFFICE }));
    const drafts = [];
    for (const id of ids.slice(0, 3)) drafts.push(value(await api('drafting.create', { upstreamId: id })).id as number);
    value(await api('issuance.assignNumber', { draftId: drafts[0] }));
    value(await api('issuance.issue', { draftId: drafts[0] }));
    value(await api('archive.delete', { id: ids[4] }));
    value(await api('backup.create', {}));
    await app.page.setViewportSize({ width: 1366, height: 768 });
    shell = new AppShell(app.page);
    await shell.open(app.url);
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  const screens = [
    { screen: '今日待办', ready: (page: Page) => page.locator('.page-body table tbody tr').first().waitFor() },
    {
      screen: '责任单位',
      ready: async (page: Page) => {
        await page.getByTestId('unit-chart').getByRole('listitem').first().click();
        await page.locator('.page-body table tbody tr').first().waitFor();
      },
    },
    { screen: '督办台账', ready: (page: Page) => page.getByTestId('ledger-table').locator('tbody tr').first().waitFor() },
    { screen: '起草', ready: (page: Page) => page.getByTestId('draft-list').locator('tbody tr').nth(2).waitFor() },
    { screen: '发文登记', ready: (page: Page) => page.getByTestId('issuance-register').locator('tbody tr').first().waitFor() },
    { screen: '回收站', ready: (page: Page) => page.locator('.page-body table tbody tr').first().waitFor() },
    { screen: '设置', ready: (page: Page) => page.locator('.page-body table tbody tr').first().waitFor() },
  ] as const;

  for (const { screen, ready } of screens) {
    it(`${screen}: no column cut, no header, 文号 or date broken`, async () => {
      await shell.goTo(screen);
      await ready(app.page);
      await expect.poll(() => misfits(app.page), SETTLED).toEqual([]);
      await screenshot(app.page, `fit-1366-${screen}`);
    });
  }

  it('a notice shows all its tabs inside its panel', async () => {
    await shell.goTo('收文登记簿');
    await new RegisterPage(app.page).openNotice('太原市人民政府关于做好2025年安全生产工作的通知');
    const tabs = app.page.getByRole('tablist');
    await tabs.getByRole('tab', { name: '修改记录' }).waitFor();
    const outside = await tabs.evaluate((list) => {
      const edge = list.getBoundingClientRect().right;
      return [...list.querySelectorAll('[role=tab]')]
        .filter((tab) => tab.getBoundingClientRect().right > edge + 1)
        .map((tab) => tab.textContent);
    });
    expect(outside).toEqual([]);
    await screenshot(app.page, 'fit-1366-公文');
  });

  it('import results fit too', async () => {
    await shell.goTo('导入');
    const importPage = new ImportPage(app.page);
    await importPage.pasteTab();
    await importPage.paste(
      readFileSync(
        join(
          CORPUS_DIR,
          readdirSync(CORPUS_DIR).find((name) => name.endsWith('.txt'))!,
        ),
        'utf8',
      ),
    );
    await importPage.importPasted();
    await expect.poll(() => misfits(app.page), SETTLED).toEqual([]);
    await screenshot(app.page, 'fit-1366-导入');
  });

  it('search results fit too', async () => {
    await shell.goTo('检索');
    await app.page.getByRole('searchbox', { name: '检索词' }).fill('安全 OR 生产');
    await app.page.getByTestId('search-note').getByText('已忽略 OR').waitFor();
    await app.page.getByTestId('search-results').getByRole('listitem').first().waitFor();
    await expect.poll(() => misfits(app.page), SETTLED).toEqual([]);
    await screenshot(app.page, 'fit-1366-检索');
    expect(app.pageErrors).toEqual([]);
  });
});
