/**
 * Runs browser mode as a clerk would (`npm run web -- --db … --port 0`, here from the run's bundle) on
 * a temporary database, and a headless Chromium against it. The URL is read from the server's first
 * line of stdout, exactly as documented.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { webCommand } from '../cliBundle';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = resolve(PROJECT_ROOT, '../shared/corpus');
export const ARTIFACTS_DIR = resolve(PROJECT_ROOT, 'test-artifacts');

/**
 * For expect.poll: a screen reloads after a change, so a state is read again until it settles, never once
 * (a single read can catch the list before its reload and fail only when the machine is busy).
 */
export const SETTLED = { timeout: 20_000, interval: 100 } as const;

export interface BrowserMode {
  url: string;
  dbPath: string;
  workDir: string;
  page: Page;
  context: BrowserContext;
  /** Errors the page logged (CSP violations, uncaught exceptions): an e2e run expects none. */
  pageErrors: string[];
  stop(): Promise<void>;
}

function startServer(dbPath: string): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const [node, args] = webCommand('--db', dbPath, '--port', '0');
  const child = spawn(node, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolvePromise({ child, url: line.trim(), stderr: () => stderr }));
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before printing its URL:\n${stderr}`)));
  });
}

export async function startBrowserMode(): Promise<BrowserMode> {
  const workDir = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
  const dbPath = join(workDir, 'archive.db');
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await startServer(dbPath);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const opened = browser;
    return {
      url: server.url,
      dbPath,
      workDir,
      page,
      context,
      pageErrors,
      async stop() {
        await opened.close();
        server.child.kill('SIGTERM');
        rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    server.child.kill('SIGTERM');
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: false });
}
