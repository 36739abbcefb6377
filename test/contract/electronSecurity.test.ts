import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { ipcChannel } from '../../shared/api/bridge';
import { METHOD_NAMES } from '../../shared/api/contract';
import { registerIpcHandlers } from '../../electron/main/ipcHandlers';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy';
import { checkSaveName, mayOpenSaved } from '../../electron/main/savedFileTypes';
import { APP_ENTRY, isAppUrl, isExternalLink, mainWindowOptions } from '../../electron/main/windowOptions';
import { buildBridge } from '../../electron/preload/bridgeSurface';

describe('the Electron window', () => {
  const prefs = mainWindowOptions('/app/dist/electron/preload.cjs', true).webPreferences!;

  it('turns devTools off in the packaged app, on only while developing', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/app/dist/electron/preload.cjs', false).webPreferences!.devTools).toBe(true);
  });

  it('isolates the renderer: context isolation and sandbox on, no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and drag-and-drop navigation', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('loads only the preload bridge it is given', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('loads the UI from the app:// scheme and treats nothing else as the app', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://gongwen/index.html#/notice/3')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///C:/index.html')).toBe(false);
    expect(isAppUrl('https://gongwen/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('sends only http(s) links to the system browser', () => {
    expect(isExternalLink('https://www.gov.cn/')).toBe(true);
    expect(isExternalLink('http://example.org/a')).toBe(true);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
    expect(isExternalLink('smb://server/share')).toBe(false);
  });

  it('has a strict CSP: nothing by default, own scripts only, no inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('saving files for the user', () => {
  it('accepts the types the app writes, whatever the case of the extension', () => {
    for (const name of ['通知.docx', '收文登记簿.XLSX', '原件.pdf', '原文.txt', 'gongwen-2025-04-01.db']) {
      expect(checkSaveName(name)).toMatchObject({ ok: true });
    }
    expect(checkSaveName('任务分工.docx')).toEqual({ ok: true, extension: 'docx', filterName: 'Word 文档' });
  });

  it('refuses a program disguised behind a document name, in Chinese', () => {
    for (const name of ['报告.docx.exe', '通知.docx.bat', 'run.sh', '说明.lnk', '无扩展名', 'evil.docx.', '.docx.js']) {
      const check = checkSaveName(name);
      expect(check.ok).toBe(false);
      expect(check.ok === false && check.error).toMatch(/^不能保存.*公文台只保存 \.docx、\.xlsx/);
    }
  });

  it('opens only documents after saving, never a backup or anything else', () => {
    expect(mayOpenSaved('/home/li/文档/通知.docx')).toBe(true);
    expect(mayOpenSaved('C:\\Users\\li\\收文登记簿.xlsx')).toBe(true);
    expect(mayOpenSaved('/home/li/备份.db')).toBe(false);
    expect(mayOpenSaved('/home/li/报告.docx.exe')).toBe(false);
  });
});

describe('the packaged binary (electron-builder.yml)', () => {
  const load = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  const config = load.load(readFileSync(resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8')) as {
    electronFuses?: Record<string, boolean>;
    asar?: boolean;
  };

  it('sets the Electron fuses: no running as Node, no NODE_OPTIONS or inspect, encrypted cookies, integrity-checked asar only', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe('the preload bridge', () => {
  it('exposes exactly the contract methods, frozen, and nothing else', () => {
    const bridge = buildBridge(async () => null);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge).every((fn) => typeof fn === 'function')).toBe(true);
  });

  it('forwards each method to its own IPC channel with the arguments unchanged', async () => {
    const seen: [string, unknown][] = [];
    const bridge = buildBridge(async (channel, args) => {
      seen.push([channel, args]);
      return { ok: true, value: 1 };
    });
    await bridge['archive.getNotice']({ id: 7 });
    expect(seen).toEqual([['gongwen:archive.getNotice', { id: 7 }]]);
  });

  it('puts only that bridge on window, under one name', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../electron/preload/preload.ts'), 'utf8');
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toMatch(/exposeInMainWorld\(\s*'gongwen',\s*buildBridge\(/);
  });
});

describe('the IPC handlers', () => {
  function register() {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, args: unknown) => unknown>();
    const ipcMain = {
      handle: (channel: string, fn: (event: IpcMainInvokeEvent, args: unknown) => unknown) => handlers.set(channel, fn),
    } as unknown as IpcMain;
    const calls: string[] = [];
    registerIpcHandlers(
      ipcMain,
      async (method) => (calls.push(`core:${method}`), { ok: true, value: null }),
      async (method) => (calls.push(`shell:${method}`), { ok: true, value: null }),
    );
    return { handlers, calls };
  }
  const event = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('handles every contract method on its channel', () => {
    const { handlers } = register();
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
  });

  it('answers only the app’s own top frame', async () => {
    const { handlers, calls } = register();
    const handle = handlers.get(ipcChannel('archive.listNotices'))!;
    expect(await handle(event('https://evil.example/'), {})).toMatchObject({ ok: false });
    expect(await handle(event('app://gongwen/index.html', {}), {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
    expect(await handle(event('app://gongwen/index.html#/register'), {})).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['core:archive.listNotices']);
  });

  it('routes window duties to main’s own handlers, not the core', async () => {
    const { handlers, calls } = register();
    await handlers.get(ipcChannel('shell.chooseNoticeFiles'))!(event('app://gongwen/index.html'), {});
    expect(calls).toEqual(['shell:shell.chooseNoticeFiles']);
  });
});
