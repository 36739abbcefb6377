import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron } from '../../electron/tools/buildElectron';

const ROOT = resolve(import.meta.dirname, '../..');
// Not dist/electron: beside it, `npm start` may keep a better-sqlite3 built for Electron, not for Node.
const BUNDLE_DIR = join(ROOT, 'test-artifacts/electron-bundle');

type Handler = (...args: unknown[]) => unknown;

/** Just enough of Electron's main-process API to run the bundled main and watch what it does. */
function fakeElectron(appDir: string, userData: string) {
  const events: string[] = [];
  const utilities: ChildProcess[] = [];
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
      webContents = { on() {} };
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
    dialog: {
      showErrorBox: (title: string, text: string) => events.push(`error ${title} ${text}`),
      showMessageBox: (...args: unknown[]) => (
        events.push(`message ${JSON.stringify((args.at(-1) as { message: string }).message)}`),
        Promise.resolve({ response: 0 })
      ),
    },
    // A utilityProcess played by a Node child: the same bundled entry, messages cloned the same way.
    utilityProcess: {
      fork: (modulePath: string, args: string[], options: { serviceName: string }) => {
        events.push(`utility ${modulePath.slice(appDir.length)} ${options.serviceName}`);
        const child = fork(join(BUNDLE_DIR, 'core.cjs'), args, {
          serialization: 'advanced',
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        utilities.push(child);
        return {
          postMessage: (message: unknown) => child.connected && child.send(message as object),
          on: (name: string, fn: Handler) => child.on(name, fn),
          once: (name: string, fn: Handler) => child.once(name, fn),
          kill: () => child.kill(),
        };
      },
    },
    ipcMain: { handle: (channel: string, fn: Handler) => ipc.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => events.push(`privileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => (protocolHandler = fn),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: () => events.push('permissions denied'), setPermissionCheckHandler: () => undefined },
    },
    shell: {},
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (template: unknown) => template },
  };
  return { electron, events, ipc, appListeners, utilities, ready: () => ready(), protocol: () => protocolHandler! };
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
    await vi.waitFor(() => expect(fake.events.some((e) => e.startsWith('load ') || e.startsWith('error'))).toBe(true), { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    load._load = original;
    const running = (fake?.utilities ?? []).filter((core) => core.exitCode === null && core.signalCode === null);
    const exited = Promise.all(running.map((core) => new Promise((done) => core.once('exit', done))));
    fake?.appListeners.get('will-quit')?.({ preventDefault: () => fake.events.push('quit deferred') });
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers its app:// scheme and takes the single-instance lock before the app is ready', () => {
    expect(fake.events.slice(0, 2)).toEqual(['privileged app', 'single-instance lock']);
  });

  it('opens the archive, denies permissions and opens one sandboxed window on app://', () => {
    expect(fake.events.filter((e) => e.startsWith('error'))).toEqual([]);
    expect(fake.events).toContain('permissions denied');
    const window = fake.events.find((e) => e.startsWith('window '))!;
    expect(JSON.parse(window.slice(7))).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(dir, 'dist/electron/preload.cjs'),
    });
    expect(fake.events).toContain('load app://gongwen/index.html');
  });

  it('runs the core in utilityProcesses of its own (a writer, then a reader), on the archive in the user data folder', async () => {
    await vi.waitFor(() => expect(fake.utilities).toHaveLength(2), { timeout: 30_000 });
    expect(fake.events.filter((e) => e.startsWith('utility '))).toEqual([
      'utility /dist/electron/core.cjs 公文台处理服务',
      'utility /dist/electron/core.cjs 公文台查询服务',
    ]);
    for (const utility of fake.utilities) expect(utility.spawnargs).toContain(join(dir, 'userData', 'gongwen.db'));
    // Only the reader is started as one: it opens the archive read-only and runs no start-up pass.
    expect(fake.utilities.map((utility) => utility.spawnargs.includes('--reader'))).toEqual([false, true]);
  });

  it('answers contract calls over IPC from its own window only', async () => {
    const list = fake.ipc.get('gongwen:archive.listNotices')!;
    const own = { senderFrame: { url: 'app://gongwen/index.html#/register', parent: null } };
    expect(await list(own, {})).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(await list({ senderFrame: { url: 'https://example.org/', parent: null } }, {})).toMatchObject({ ok: false });
    expect(await list(own, { limit: 'all' })).toMatchObject({ ok: false, error: expect.stringMatching(/^参数不正确/) });
  });

  it('restarts a crashed core process, tells the user in Chinese, and keeps the archive', async () => {
    const list = fake.ipc.get('gongwen:archive.listNotices')!;
    const importText = fake.ipc.get('gongwen:archive.importText')!;
    const own = { senderFrame: { url: 'app://gongwen/index.html', parent: null } };
    const text =
      '大宁县人民政府\n关于开展冬季防火检查的通知\n宁政发〔2025〕9号\n各乡镇人民政府：\n一、全面排查隐患。\n大宁县人民政府\n2025年11月20日\n';
    expect(await importText(own, { text })).toMatchObject({ ok: true, value: { status: 'imported' } });
    // The writer dies: it is restarted; the reader goes on.
    fake.utilities[0].kill('SIGKILL');
    await vi.waitFor(() => expect(fake.utilities).toHaveLength(3), { timeout: 10_000 });
    expect(fake.events).toContain(
      `message ${JSON.stringify('公文台的处理服务意外退出，已自动重新启动。这次操作没有完成，请重试；已存档的数据不受影响。')}`,
    );
    expect(await list(own, {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await importText(own, { text: text.replace('9号', '10号').replace('防火', '防汛') })).toMatchObject({
      ok: true,
      value: { status: 'imported' },
    });
    expect(await list(own, {})).toMatchObject({ ok: true, value: { total: 2 } });
  }, 60_000);

  it('ships the import reader beside the core, so files are parsed in a process of their own', async () => {
    const reader = fork(join(BUNDLE_DIR, 'prepareWorker.boot.mjs'), [], {
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    try {
      const text =
        '大宁县人民政府\n关于开展冬季防火检查的通知\n宁政发〔2025〕9号\n各乡镇人民政府：\n一、全面排查隐患。\n大宁县人民政府\n2025年11月20日\n';
      const reply = new Promise<{ id: number; result: { parsed?: { title: string } } }>((done, failed) => {
        // The reader first says it is ready; the answer is the message with the request's id.
        reader.on(
          'message',
          (message: { id?: number; result: { parsed?: { title: string } } }) => message.id === 1 && done({ ...message, id: 1 }),
        );
        reader.once('error', failed);
      });
      reader.send({ id: 1, fileName: '通知.txt', bytes: new TextEncoder().encode(text) });
      expect((await reply).result.parsed?.title).toBe('大宁县人民政府关于开展冬季防火检查的通知');
    } finally {
      reader.kill('SIGKILL');
    }
  }, 60_000);

  it('ships the exports’ worker thread beside the core, so a workbook or a .docx list is written off the core’s thread', async () => {
    const worker = new Worker(join(BUNDLE_DIR, 'workbookWorker.boot.mjs'));
    try {
      const replies: unknown[] = [];
      const file = new Promise<Uint8Array>((done, failed) => {
        worker.on('message', (reply: { bytes?: Uint8Array }) => (reply.bytes ? done(reply.bytes) : replies.push(reply)));
        worker.once('error', failed);
      });
      worker.postMessage({ open: { sheetName: '督办台账', title: '督办台账（共 1 项）', columns: [{ header: '序号', width: 6 }] } });
      worker.postMessage({ rows: [{ cells: ['1'] }] });
      worker.postMessage({ finish: true });
      expect([...(await file).slice(0, 2)]).toEqual([0x50, 0x4b]);
      expect(replies).toEqual([{ ready: true }, { done: true }, { done: true }]);
      // A .docx list too (催办通知), its docx library loaded in the bundle.
      const docx = new Promise<Uint8Array>((done) => worker.once('message', (reply: { bytes: Uint8Array }) => done(reply.bytes)));
      const reminder = {
        title: '催办通知',
        salutation: '县应急局：',
        body: '请抓紧办理。',
        columns: ['序号'],
        rows: [['1']],
        signature: '',
        date: '',
      };
      worker.postMessage({ docx: { reminder } });
      expect([...(await docx).slice(0, 2)]).toEqual([0x50, 0x4b]);
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('serves the renderer on app:// with the CSP, and nothing from elsewhere', async () => {
    const page = await fake.protocol()(new Request('app://gongwen/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fake.protocol()(new Request('app://gongwen/../../etc/passwd'))).status).toBe(404);
    expect((await fake.protocol()(new Request('app://other/index.html'))).status).toBe(404);
  });
});
