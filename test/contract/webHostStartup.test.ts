import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../electron/core/db/defaultDbPath';
import { parseWebArgs } from '../../electron/hosts/http/main';
import { webCommand } from '../cliBundle';

const ROOT = resolve(import.meta.dirname, '../..');

describe('starting browser mode', () => {
  it('reads --db and --port, 0 meaning any free port', () => {
    expect(parseWebArgs(['--db', 'a.db', '--port', '0'])).toEqual({ db: 'a.db', port: 0 });
    expect(parseWebArgs([])).toEqual({ db: undefined, port: undefined });
  });

  it('refuses a port that is not a port, in Chinese', () => {
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(/端口“70000”不正确/);
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow(/端口/);
  });

  it('opens the desktop app’s archive by default (Electron’s userData folder for 公文台)', () => {
    expect(defaultDbPath({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\li\\AppData\\Roaming', '公文台', 'gongwen.db'),
    );
    expect(defaultDbPath({ XDG_CONFIG_HOME: '/home/li/.config' }, 'linux')).toBe('/home/li/.config/公文台/gongwen.db');
  });

  /** Browser mode started as `npm run web` starts it (from the run's bundle), on an archive in a fresh folder; resolves with its first line. */
  function startWeb(dir: string, env: NodeJS.ProcessEnv = {}) {
    const [node, args] = webCommand('--db', join(dir, 'a.db'), '--port', '0');
    const child = spawn(node, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const first = new Promise<string>((done, fail) => {
      createInterface({ input: child.stdout! }).once('line', done);
      child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    });
    return { child, first };
  }

  it('prints its address with a token as the very first line on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-web-'));
    const { child, first: started } = startWeb(dir);
    try {
      const first = await started;
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
      const reply = await fetch(new URL('/api/archive.listNotices', first), { method: 'POST', body: '{}' });
      expect(reply.status).toBe(401);
      // Answered by the core process behind the host.
      const token = new URL(first).searchParams.get('token')!;
      const listed = await fetch(new URL('/api/archive.listNotices', first), {
        method: 'POST',
        headers: { 'x-gongwen-token': token, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(await listed.json()).toEqual({ ok: true, value: { rows: [], total: 0 } });
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('makes the automatic backup the 备份 screen promises, through the core, into the archive’s backup folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-web-'));
    const { child, first: started } = startWeb(dir, { GONGWEN_FIRST_BACKUP_MS: '500' });
    try {
      const first = await started;
      const token = new URL(first).searchParams.get('token')!;
      const list = async () => {
        const reply = await fetch(new URL('/api/backup.list', first), {
          method: 'POST',
          headers: { 'x-gongwen-token': token, 'content-type': 'application/json' },
          body: '{}',
        });
        return (await reply.json()) as { ok: true; value: { folder: string | null; backups: { fileName: string; kind: string }[] } };
      };
      let listed = await list();
      for (let tries = 0; listed.value.backups.length === 0 && tries < 100; tries++) {
        await new Promise((wait) => setTimeout(wait, 200));
        listed = await list();
      }
      expect(listed.value.backups).toEqual([expect.objectContaining({ kind: 'automatic' })]);
      expect(listed.value.folder).toBe(join(dir, 'backups'));
      expect(readdirSync(join(dir, 'backups'))).toContain(listed.value.backups[0].fileName);
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
