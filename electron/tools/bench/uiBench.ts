/**
 * The UI's speed in Chromium against browser mode on the bench archive (benchArchive.ts, 100,000 notices):
 *  - ui_register_first_rows_ms: from navigation to the register's first rows on screen (page load,
 *    and switching to the register from another screen, before and after the whole register has loaded
 *    once: then the page holds every row), target ≤ 500 ms;
 *  - ui_register_longest_task_ms: the longest task (the window not answering input) from the first rows
 *    until the whole register is shown, after each switch to the register (it loads again), target ≤ 100 ms;
 *  - ui_register_dom_rows: rows in the DOM (virtualized: far fewer than the archive holds), also after scrolling;
 *  - ui_search_update_ms: from the last keystroke to the results of that query on screen, ≤ 100 ms.
 * Figures are medians and maxima over several runs; measured here, never asserted by a test.
 */
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApi } from '../../core/api/createApi';
import { createCore } from '../../core/createCore';
import { startHttpHost } from '../../hosts/http/httpHost';
import { ensureRendererBuilt } from '../../hosts/http/rendererBuild';
import { benchArchive } from './benchArchive';
import type { BenchSection } from './benchSection';

const ROOT = resolve(import.meta.dirname, '../../..');
const RUNS = 7;
const QUERIES = ['燃气', '消防', '矿山', '隐患', '应急', '尾矿库', '安全生产', '危化', '防汛', '校园'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);
const round = (x: number) => Math.round(x * 10) / 10;

/** Milliseconds from this page's navigation start until the register shows a row. */
async function firstRowsAfterLoad(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/register`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-notice-id]');
  return page.evaluate(() => (window as unknown as { __firstRowAt: number }).__firstRowAt);
}

/** Milliseconds from clicking 收文登记簿 in the sidebar (coming from 检索) until rows show (then noted as the first rows' time). */
async function firstRowsAfterSwitch(page: Page): Promise<number> {
  await page.getByRole('link', { name: /^检索/ }).click();
  await page.waitForSelector('[data-search-box]');
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-notice-id]')) {
            observer.disconnect();
            (window as unknown as { __firstRowAt: number }).__firstRowAt = performance.now();
            done(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        (document.querySelector('a[href="#/register"]') as HTMLAnchorElement).click();
      }),
  );
}

/** Waits until the register holds every row (its subtitle no longer says the rest are loading). */
async function wholeRegisterLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-notice-id]') && !document.querySelector('.page-header')?.textContent?.includes('正在载入其余'),
    null,
    { timeout: 300_000 },
  );
}

/** The longest task since the first rows showed, in ms (0 when none took over 50 ms, the browser's threshold). */
async function longestTaskSinceFirstRows(page: Page): Promise<number> {
  // A task still running when the register shows is counted once it ends.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __firstRowAt: number; __longTasks: { start: number; duration: number }[] };
    return Math.max(0, ...w.__longTasks.filter((task) => task.start + task.duration > w.__firstRowAt).map((task) => task.duration));
  });
}

/** Types a query and measures from its last keystroke until the results answer it. */
async function searchLatency(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: '检索词' });
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('[data-answered]'));
  await page.evaluate((q) => {
    const w = window as unknown as { __answeredAt?: number; __lastInputAt?: number };
    delete w.__answeredAt;
    const input = document.querySelector('[data-search-box]')!;
    input.addEventListener('input', () => (w.__lastInputAt = performance.now()));
    const observer = new MutationObserver(() => {
      if (document.querySelector(`[data-answered="${q}"]`) && w.__answeredAt === undefined) {
        w.__answeredAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { attributes: true, childList: true, subtree: true });
  }, query);
  await box.pressSequentially(query, { delay: 60 });
  await page.waitForSelector(`[data-answered="${query}"]`);
  return page.evaluate(() => {
    const w = window as unknown as { __answeredAt: number; __lastInputAt: number };
    return w.__answeredAt - w.__lastInputAt;
  });
}

export const uiBench: BenchSection = async (ctx) => {
  const { say } = ctx;
  const { dbPath, count } = await benchArchive(ctx);
  const core = createCore({ dbPath });
  const browser = await chromium.launch({
    executablePath: process.env.GONGWEN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    await ensureRendererBuilt(ROOT, say);
    const host = await startHttpHost({ dispatch: createApi(core, { log: say }), staticDir: join(ROOT, 'dist/renderer'), port: 0 });
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(() => {
        const w = window as unknown as { __firstRowAt?: number; __longTasks: { start: number; duration: number }[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
        const observer = new MutationObserver(() => {
          if (w.__firstRowAt === undefined && document.querySelector('[data-notice-id]')) {
            w.__firstRowAt = performance.now();
            observer.disconnect();
          }
        });
        document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
      });
      const loads: number[] = [];
      const switches: number[] = [];
      const switchesLoaded: number[] = [];
      const longestTasks: number[] = [];
      let domRows = 0;
      let domRowsScrolled = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await context.newPage();
        loads.push(await firstRowsAfterLoad(page, host.url));
        switches.push(await firstRowsAfterSwitch(page));
        await wholeRegisterLoaded(page);
        longestTasks.push(await longestTaskSinceFirstRows(page));
        switchesLoaded.push(await firstRowsAfterSwitch(page));
        await wholeRegisterLoaded(page);
        longestTasks.push(await longestTaskSinceFirstRows(page));
        domRows = Math.max(domRows, await page.locator('[data-notice-id]').count());
        await page.getByTestId('register-grid').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight / 2));
        await page.waitForTimeout(100);
        domRowsScrolled = Math.max(domRowsScrolled, await page.locator('[data-notice-id]').count());
        await page.close();
      }
      say(
        `登记簿（共 ${count} 件）首屏行出现：页面加载 中位 ${round(median(loads))} ms / 最慢 ${round(max(loads))} ms；从其他页面切换 中位 ${round(median(switches))} ms / 最慢 ${round(max(switches))} ms；全部载入后再切换 中位 ${round(median(switchesLoaded))} ms / 最慢 ${round(max(switchesLoaded))} ms（目标 ≤ 500 ms）`,
      );
      say(
        `切换到登记簿后，首屏行出现到全部载入为止最长的任务（窗口不响应输入）：中位 ${round(median(longestTasks))} ms / 最长 ${round(max(longestTasks))} ms（目标 ≤ 100 ms）`,
      );
      say(`登记簿 DOM 中的行数：${domRows}（滚动到中部后 ${domRowsScrolled}），共 ${count} 件：只绘制可见部分`);

      const page = await context.newPage();
      await page.goto(`${host.url}#/search`);
      await page.getByRole('searchbox', { name: '检索词' }).waitFor();
      await searchLatency(page, '安全');
      const latencies: number[] = [];
      for (const query of QUERIES) latencies.push(await searchLatency(page, query));
      say(`  各检索词：${QUERIES.map((q, i) => `${q} ${round(latencies[i])}`).join('，')}（ms）`);
      const sorted = [...latencies].sort((a, b) => a - b);
      const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
      say(
        `检索结果更新（停止输入后）：中位 ${round(median(latencies))} ms / p95 ${round(p95)} ms / 最慢 ${round(max(latencies))} ms（目标 ≤ 100 ms）`,
      );
      return {
        ui_register_first_rows_ms: {
          load_p50: round(median(loads)),
          load_max: round(max(loads)),
          switch_p50: round(median(switches)),
          switch_max: round(max(switches)),
          switch_loaded_p50: round(median(switchesLoaded)),
          switch_loaded_max: round(max(switchesLoaded)),
        },
        ui_register_longest_task_ms: { p50: round(median(longestTasks)), max: round(max(longestTasks)) },
        ui_register_dom_rows: Math.max(domRows, domRowsScrolled),
        ui_register_total_rows: count,
        ui_search_update_ms: { p50: round(median(latencies)), p95: round(p95), max: round(max(latencies)) },
      };
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    core.close();
  }
};
