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
const core = createCore({ dbPath: join(mkdtempSync(join(tmpdir(), 'diag-')), 'a.db') });
let t = performance.now();
for (const s of syntheticNotices(corpus, n, 11)) core.archive.importText({ text: s.text, fileName: s.name });
console.log('import', Math.round(performance.now() - t));
const api = createApi(core);
for (let i = 0; i < 3; i++) { t = performance.now(); const r = await api('archive.listNotices', {}); console.log('listNotices ms', Math.round(performance.now() - t), JSON.stringify(r).length); }
for (const q of ['燃气', '消防', '安全生产']) { t = performance.now(); await api('search.query', { query: q, filters: {}, limit: 100 }); const a = performance.now() - t; t = performance.now(); await api('search.query', { query: q, filters: {}, limit: 50 }); console.log('search', q, Math.round(a), Math.round(performance.now() - t)); }
const host = await startHttpHost({ dispatch: api, staticDir: '/work/main/dist/renderer', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (let i = 0; i < 3; i++) {
  await page.goto(`${host.url}#/register`);
  await page.waitForSelector('[data-notice-id]');
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()?.slice(0, 30)} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`);
    return { dcl: Math.round(nav.domContentLoadedEventEnd), res, now: Math.round(performance.now()) };
  });
  console.log(JSON.stringify(m));
}
await browser.close(); await host.close(); core.close();
