import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
import { createCore } from '/work/main/electron/core/createCore';
import { createApi } from '/work/main/electron/core/api/createApi';
import { startHttpHost } from '/work/main/electron/hosts/http/httpHost';
import { syntheticNotices } from '/work/main/electron/tools/bench/syntheticNotices';
const n = Number(process.argv[2] ?? 1000);
const corpus = readdirSync('/work/shared/corpus').map((f) => readFileSync(join('/work/shared/corpus', f), 'utf8'));
import { existsSync } from 'node:fs';
const dbPath = `/tmp/gw-diag-${n}.db`;
const fresh = !existsSync(dbPath);
const core = createCore({ dbPath });
if (fresh) for (const s of syntheticNotices(corpus, n, 11)) core.archive.importText({ text: s.text, fileName: s.name });
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await createApi(core)('archive.listNotices', {}); const t2 = performance.now(); const j = JSON.stringify(r); console.log('list', Math.round(t2 - t), 'stringify', Math.round(performance.now() - t2), j.length); }
const api = createApi(core);
const host = await startHttpHost({ dispatch: api, staticDir: '/work/main/dist/renderer', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await context.addInitScript(() => {
  const w = window as any;
  const observer = new MutationObserver(() => {
    if (w.__firstRowAt === undefined && document.querySelector('[data-notice-id]')) { w.__firstRowAt = performance.now(); observer.disconnect(); }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
});
for (let i = 0; i < 6; i++) {
  const page = await context.newPage();
  await page.goto(`${host.url}#/register`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-notice-id]');
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const api = performance.getEntriesByType('resource').find((r) => r.name.includes('listNotices'))!;
    const js = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js'))!;
    return { resp: Math.round(nav.responseEnd), js: `${Math.round(js.startTime)}-${Math.round(js.responseEnd)}`, dcl: Math.round(nav.domContentLoadedEventEnd), api: `${Math.round(api.startTime)}-${Math.round(api.responseEnd)}`, row: Math.round((window as any).__firstRowAt) };
  });
  console.log(JSON.stringify(m));
  await page.close();
}
await browser.close(); await host.close(); core.close();
