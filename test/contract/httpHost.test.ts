import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIME } from '../../shared/api/binary';
import { ARGS_HEADER, FILE_HEADER, MAX_UPLOAD_BYTES, TOKEN_HEADER, decodeHeaderJson, encodeHeaderJson } from '../../shared/api/httpWire';
import type { ApiResult } from '../../shared/api/method';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http/httpHost';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request, so Host and Origin can be set to anything (fetch forbids that). */
function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8')) as ApiResult<unknown>;

describe('browser mode http host', () => {
  let host: HttpHost;
  let root: string;
  let staticDir: string;
  const calls: { method: string; args: unknown }[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gongwen-static-'));
    staticDir = join(root, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>公文台</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'outside-secret.html'), 'secret');
    host = await startHttpHost({
      port: 0,
      staticDir,
      dispatch: async (method, args) => {
        calls.push({ method, args });
        if (method === 'archive.purge') throw new Error('core process gone');
        if (method === 'export.registerXlsx') {
          return { ok: true, value: { fileName: '收文登记簿.xlsx', mime: MIME.xlsx, bytes: new Uint8Array([80, 75, 3, 4]) } };
        }
        return { ok: true, value: { echoed: method } };
      },
    });
  });

  afterAll(async () => {
    await host.close();
    rmSync(root, { recursive: true, force: true });
  });

  const local = () => ({ Host: `127.0.0.1:${host.port}` });
  const authed = () => ({ ...local(), [TOKEN_HEADER]: host.token, 'Content-Type': 'application/json' });

  it('listens on 127.0.0.1 only and gives a URL with a long random token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{32}$`));
    expect(host.url.endsWith(host.token)).toBe(true);
    expect(host.boundAddress).toBe('127.0.0.1');
  });

  it('is unreachable from the machine’s other addresses', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((net) => net && net.family === 'IPv4' && !net.internal)
      .map((net) => net!.address);
    for (const address of others) {
      await expect(
        new Promise((resolve, reject) => request({ host: address, port: host.port, path: '/' }, resolve).on('error', reject).end()),
      ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });

  it('answers an API call that carries the token', async () => {
    const reply = await send(host.port, { path: '/api/archive.listNotices', method: 'POST', headers: authed(), body: '{}' });
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual({ ok: true, value: { echoed: 'archive.listNotices' } });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('refuses an API call without the token (401) and never reaches the core', async () => {
    const before = calls.length;
    const reply = await send(host.port, { path: '/api/archive.listNotices', method: 'POST', headers: local(), body: '{}' });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ ok: false, error: expect.stringContaining('令牌') });
    expect(calls.length).toBe(before);
  });

  it('refuses a wrong token of the same length (401)', async () => {
    const wrong = host.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    const reply = await send(host.port, {
      path: '/api/archive.listNotices',
      method: 'POST',
      headers: { ...authed(), [TOKEN_HEADER]: wrong },
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Host even with the token (403), for the API and for pages', async () => {
    const api = await send(host.port, {
      path: '/api/archive.listNotices',
      method: 'POST',
      headers: { ...authed(), Host: `evil.example:${host.port}` },
      body: '{}',
    });
    expect(api.status).toBe(403);
    const page = await send(host.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token (403)', async () => {
    const reply = await send(host.port, {
      path: '/api/archive.listNotices',
      method: 'POST',
      headers: { ...authed(), Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(reply.status).toBe(403);
    const nullOrigin = await send(host.port, {
      path: '/api/archive.listNotices',
      method: 'POST',
      headers: { ...authed(), Origin: 'null' },
      body: '{}',
    });
    expect(nullOrigin.status).toBe(403);
  });

  it('accepts its own origin under either local name', async () => {
    const reply = await send(host.port, {
      path: '/api/search.facets',
      method: 'POST',
      headers: { ...authed(), Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` },
      body: '{}',
    });
    expect(reply.status).toBe(200);
  });

  it('takes an uploaded file as the raw body with its name in the args header', async () => {
    const bytes = Buffer.from('大宁县人民政府文件', 'utf8');
    const reply = await send(host.port, {
      path: '/api/archive.importFile',
      method: 'POST',
      headers: {
        ...local(),
        [TOKEN_HEADER]: host.token,
        'Content-Type': 'application/octet-stream',
        [ARGS_HEADER]: encodeHeaderJson({ fileName: '通知.txt' }),
      },
      body: bytes,
    });
    expect(reply.status).toBe(200);
    const call = calls.at(-1)!;
    expect(call.method).toBe('archive.importFile');
    const args = call.args as { fileName: string; bytes: Uint8Array };
    expect(args.fileName).toBe('通知.txt');
    expect(args.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(args.bytes).toString('utf8')).toBe('大宁县人民政府文件');
  });

  it('sends a generated file as a download with its name', async () => {
    const reply = await send(host.port, { path: '/api/export.registerXlsx', method: 'POST', headers: authed(), body: '{}' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(String(reply.headers['content-disposition'])).toContain(encodeURIComponent('收文登记簿.xlsx'));
    expect(decodeHeaderJson(String(reply.headers[FILE_HEADER]))).toEqual({ fileName: '收文登记簿.xlsx', mime: MIME.xlsx });
    expect([...reply.body]).toEqual([80, 75, 3, 4]);
  });

  it('answers a malformed body with a Chinese error, not a crash', async () => {
    const reply = await send(host.port, { path: '/api/archive.listNotices', method: 'POST', headers: authed(), body: '{not json' });
    expect(reply.status).toBe(400);
    expect(json(reply).ok).toBe(false);
  });

  it('serves the built UI with the CSP, and nothing outside its folder', async () => {
    const index = await send(host.port, { path: '/?token=x', headers: local() });
    expect(index.status).toBe(200);
    expect(index.body.toString()).toContain('公文台');
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect((await send(host.port, { path: '/assets/app.js', headers: local() })).status).toBe(200);
    expect((await send(host.port, { path: '/../outside-secret.html', headers: local() })).status).toBe(404);
    expect((await send(host.port, { path: '/%2e%2e/outside-secret.html', headers: local() })).status).toBe(404);
  });

  describe('hostile requests get a 4xx with a Chinese sentence, never a 500', () => {
    const hostile: { name: string; path: string; headers?: () => Record<string, string>; body?: Buffer | string; status: number }[] = [
      { name: 'a broken percent-encoding in the method', path: '/api/%E0%A4%A', status: 400 },
      { name: 'a lone percent sign', path: '/api/archive.%', status: 400 },
      { name: 'an unknown method', path: '/api/archive.dropTable', status: 404 },
      { name: 'an inherited property as the method', path: '/api/__proto__', status: 404 },
      { name: 'a shell method (served by the page)', path: '/api/shell.saveFile', status: 404 },
      { name: 'no method at all', path: '/api/', status: 404 },
      { name: 'bad JSON', path: '/api/archive.listNotices', body: '{"limit":', status: 400 },
      { name: 'JSON that is not an object', path: '/api/archive.listNotices', body: '[1,2]', status: 400 },
      { name: 'a JSON string', path: '/api/archive.listNotices', body: '"x"', status: 400 },
      { name: 'invalid UTF-8 JSON', path: '/api/archive.listNotices', body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), status: 400 },
      {
        name: 'a declared body over the limit',
        path: '/api/archive.importFile',
        headers: () => ({ ...authed(), 'Content-Length': String(MAX_UPLOAD_BYTES + 1) }),
        body: '',
        status: 413,
      },
      {
        name: 'a broken args header on an upload',
        path: '/api/archive.importFile',
        headers: () => ({ ...authed(), 'Content-Type': 'application/octet-stream', [ARGS_HEADER]: '%E0%A4%A' }),
        body: 'x',
        status: 400,
      },
      {
        name: 'an args header that is not an object',
        path: '/api/archive.importFile',
        headers: () => ({ ...authed(), 'Content-Type': 'application/octet-stream', [ARGS_HEADER]: encodeHeaderJson('abc') }),
        body: 'x',
        status: 400,
      },
      {
        name: 'an unsupported content type',
        path: '/api/archive.listNotices',
        headers: () => ({ ...authed(), 'Content-Type': 'multipart/form-data' }),
        body: '{}',
        status: 415,
      },
    ];

    for (const attack of hostile) {
      it(`refuses ${attack.name} (${attack.status})`, async () => {
        const before = calls.length;
        const reply = await send(host.port, {
          path: attack.path,
          method: 'POST',
          headers: (attack.headers ?? authed)(),
          body: attack.body ?? '{}',
        });
        expect(reply.status).toBe(attack.status);
        const answer = json(reply);
        expect(answer.ok).toBe(false);
        expect(answer.ok === false && answer.error).toMatch(/[\u4e00-\u9fff]/);
        expect(calls.length).toBe(before);
      });
    }

    it('answers a body streamed past the limit with 413', async () => {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: '/api/archive.importFile',
            method: 'POST',
            headers: { ...authed(), 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        const chunk = Buffer.alloc(1024 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent <= MAX_UPLOAD_BYTES / chunk.length) {
            sent++;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        req.once('response', () => req.destroy());
        pump();
      });
      expect(reply.status).toBe(413);
    });

    it('answers 503, not 500, when the core cannot be reached', async () => {
      const reply = await send(host.port, { path: '/api/archive.purge', method: 'POST', headers: authed(), body: '{"id":1}' });
      expect(reply.status).toBe(503);
      expect(json(reply)).toMatchObject({ ok: false, error: expect.stringContaining('稍后重试') });
    });

    it('answers a malformed request target with 400', async () => {
      const reply = await send(host.port, { path: '//[::1', method: 'GET', headers: local() });
      expect(reply.status).toBe(400);
    });
  });

  it('refuses other methods on the API', async () => {
    const reply = await send(host.port, { path: '/api/archive.listNotices', headers: authed() });
    expect(reply.status).toBe(405);
  });
});
