/**
 * Browser mode's server: the built UI and the contract API on 127.0.0.1 only. Every request must pass
 * the Host/Origin guard; API calls also need this run's token. Calls go to the same dispatcher the
 * Electron shell uses, so both hosts answer identically.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isFilePayload } from '../../../shared/api/binary';
import { API_PREFIX, FILE_HEADER, OCTET, TOKEN_HEADER, encodeHeaderJson } from '../../../shared/api/httpWire';
import type { ApiResult } from '../../../shared/api/method';
import type { Dispatch } from '../../core/api/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../../main/contentSecurityPolicy';
import { headerOf, readApiRequest } from './apiRequest';
import { checkOrigin, checkToken } from './requestGuard';
import { readStaticFile } from './staticFiles';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** Folder of the built renderer (index.html and assets/). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** A fixed token (tests); a random one per run otherwise. */
  token?: string;
}

export interface HttpHost {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=… */
  url: string;
  port: number;
  /** The interface the server listens on: always the loopback 127.0.0.1. */
  boundAddress: string;
  token: string;
  close(): Promise<void>;
}

const CORE_UNAVAILABLE = '公文台的处理服务暂时无法响应，请稍后重试。已存档的数据不受影响。';

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // The page's address carries the token: never send it on in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = Buffer.from(JSON.stringify(result));
  response.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function sendResult(response: ServerResponse, result: ApiResult<unknown>): void {
  if (!result.ok || !isFilePayload(result.value)) {
    sendJson(response, 200, result);
    return;
  }
  const { bytes, ...rest } = result.value;
  response.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': OCTET,
    'Content-Length': bytes.length,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(rest.fileName)}`,
    [FILE_HEADER]: encodeHeaderJson(rest),
    'Cache-Control': 'no-store',
  });
  response.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;

  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (request.method !== 'POST') {
      sendJson(response, 405, { ok: false, error: '请求方式不正确。' });
      return;
    }
    const tokenVerdict = checkToken(guardFields(request), token);
    if (!tokenVerdict.ok) {
      sendJson(response, tokenVerdict.status, { ok: false, error: tokenVerdict.error });
      return;
    }
    const call = await readApiRequest(request, path);
    if (!call.ok) {
      // The rest of a refused body is not read: close the connection rather than wait for it.
      response.setHeader('Connection', 'close');
      sendJson(response, call.status, { ok: false, error: call.error });
      return;
    }
    sendResult(response, await options.dispatch(call.method, call.args));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkOrigin(guardFields(request), port);
    if (!verdict.ok) {
      sendJson(response, verdict.status, { ok: false, error: verdict.error });
      return;
    }
    const path = pathOf(request.url);
    if (path === null) {
      sendJson(response, 400, { ok: false, error: '请求地址不正确。' });
      return;
    }
    if (path.startsWith(API_PREFIX)) {
      await handleApi(request, response, path);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { ok: false, error: '请求方式不正确。' });
      return;
    }
    const file = await readStaticFile(options.staticDir, path);
    if (!file) {
      response.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('未找到该页面。');
      return;
    }
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': file.type,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The dispatcher answers every call with a value, so only the core being unreachable lands here.
      process.stderr.write(`[http] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!response.headersSent) sendJson(response, 503, { ok: false, error: CORE_UNAVAILABLE });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    boundAddress: address.address,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function guardFields(request: IncomingMessage) {
  return {
    host: headerOf(request, 'host'),
    origin: headerOf(request, 'origin'),
    secFetchSite: headerOf(request, 'sec-fetch-site'),
    token: headerOf(request, TOKEN_HEADER),
  };
}

/** The path of a request target, or null when it is not one (`//x:y`, `http://[`). */
function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}
