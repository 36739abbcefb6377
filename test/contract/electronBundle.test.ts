import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../electron/tools/buildElectron';

const ROOT = resolve(import.meta.dirname, '../..');
// Not dist/electron: beside it, `npm start` may keep a better-sqlite3 built for Electron, not for Node.
const BUNDLE_DIR = join(ROOT, 'test-artifacts/electron-bundle');

type Handler = (...args: unknown[]) => unknown;

/** Just enough of Electron's main-process API to run the bundled main and watch what it does. */
function fakeElectron(appDir: string, userData: string) {
  const events: string[] = [];
  const ipc = new Map<string, Handler>();
  const appListeners = new Map<string, Handler>();
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let ready!: () => void;
  const whenReady = new Promise<void>((resolveReady) => (ready = resolveReady));
  const electron = {
    app: {
      requestSingleInstanceLock: () => (events.push('single-instance lock'), true),
      on: (name: string, fn: Handler) => appListeners.set(name, fn),
      whenReady: () => whenReady,
      getAppPath: () => appDir,
      getPath: () => userData,
      getVersion: () => '0.0.0',
      quit: () => events.push('quit'),
    },
    BrowserWindow: class {
      webContents = {};
      constructor(readonly options: { webPreferences: Record<string, unknown> }) {
        events.push(`window ${JSON.stringify(options.webPreferences)}`);
      }
      once() {}
      on() {}
      loadURL(url: string) {
        events.push(`load ${url}`);
        return Promise.resolve();
      }
    },
    dialog: { showErrorBox: (title: string, text: string) => events.push(`error ${title} ${text}`) },
    ipcMain: { handle: (channel: string, fn: Handler) => ipc.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => events.push(`privileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => (protocolHandler = fn),
    },
    session: { defaultSession: { setPermissionRequestHandler: () => events.push('permissions denied'), setPermissionCheckHandler: () => undefined } },
    shell: {},
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (template: unknown) => template },
  };
  return { electron, events, ipc, appListeners, ready: () => ready(), protocol: () => protocolHandler! };
}

describe('the bundled Electron main process (main.cjs) against a stand-in Electron', () => {
  let dir: string;
  let fake: ReturnType<typeof fakeElectron>;
  const load = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = load._load;

  beforeAll(async () => {
    await buildElectron(BUNDLE_DIR);
    dir = mkdtempSync(join(tmpdir(), 'gongwen-main-'));
    mkdirSync(join(dir, 'dist/renderer'), { recursive: true });
    writeFileSync(join(dir, 'dist/renderer/index.html'), '<!doctype html><title>公文台</title>');
    fake = fakeElectron(dir, join(dir, 'userData'));
    load._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? fake.electron : original.call(this, request, ...rest);
    };
    createRequire(import.meta.url)(join(BUNDLE_DIR, 'main.cjs'));
    fake.ready();
    await new Promise((done) => setTimeout(done, 200));
  }, 120_000);

  afterAll(() => {
    load._load = original;
    fake?.appListeners.get('will-quit')?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers its app:// scheme and takes the single-instance lock before the app is ready', () => {
    expect(fake.events.slice(0, 2)).toEqual(['privileged app', 'single-instance lock']);
  });

  it('opens the archive, denies permissions and opens one sandboxed window on app://', () => {
    expect(fake.events.filter((e) => e.startsWith('error'))).toEqual([]);
    expect(fake.events).toContain('permissions denied');
    const window = fake.events.find((e) => e.startsWith('window '))!;
    expect(JSON.parse(window.slice(7))).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(dir, 'dist/electron/preload.cjs') });
    expect(fake.events).toContain('load app://gongwen/index.html');
  });

  it('answers contract calls over IPC from its own window only', async () => {
    const list = fake.ipc.get('gongwen:archive.listNotices')!;
    const own = { senderFrame: { url: 'app://gongwen/index.html#/register', parent: null } };
    expect(await list(own, {})).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(await list({ senderFrame: { url: 'https://example.org/', parent: null } }, {})).toMatchObject({ ok: false });
    expect(await list(own, { limit: 'all' })).toMatchObject({ ok: false, error: expect.stringMatching(/^参数不正确/) });
  });

  it('serves the renderer on app:// with the CSP, and nothing from elsewhere', async () => {
    const page = await fake.protocol()(new Request('app://gongwen/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fake.protocol()(new Request('app://gongwen/../../etc/passwd'))).status).toBe(404);
    expect((await fake.protocol()(new Request('app://other/index.html'))).status).toBe(404);
  });
});
