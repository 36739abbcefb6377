/**
 * The transport of browser mode: `POST /api/<method>` with this run's token (see shared/api/httpWire).
 * The host's window duties (choosing and saving files) are done here in the page by browserShell.
 */
import { MIME } from '../../shared/api/binary';
import {
  API_PREFIX,
  ARGS_HEADER,
  FILE_HEADER,
  OCTET,
  TOKEN_HEADER,
  decodeHeaderJson,
  encodeHeaderJson,
  splitBytes,
} from '../../shared/api/httpWire';
import type { ApiResult } from '../../shared/api/method';
import { browserShell } from './browserShell';
import { HOST_UNREACHABLE, type Transport } from './transport';

const shell = browserShell as unknown as Record<string, (args: unknown) => Promise<ApiResult<unknown>>>;

async function post(method: string, args: unknown, token: string): Promise<Response> {
  const url = `${API_PREFIX}${encodeURIComponent(method)}`;
  const upload = splitBytes(args);
  if (upload) {
    return fetch(url, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: token, 'Content-Type': OCTET, [ARGS_HEADER]: encodeHeaderJson(upload.rest) },
      body: upload.bytes as Uint8Array<ArrayBuffer>,
    });
  }
  return fetch(url, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, 'Content-Type': 'application/json' },
    body: JSON.stringify(args ?? {}),
  });
}

export function httpTransport(token: string): Transport {
  return {
    async call(method, args) {
      if (method.startsWith('shell.')) {
        const fn = shell[method];
        return fn ? fn(args) : { ok: false, error: `未知的操作“${method}”。` };
      }
      let response: Response;
      try {
        response = await post(method, args, token);
      } catch {
        return { ok: false, error: HOST_UNREACHABLE };
      }
      const type = response.headers.get('content-type') ?? '';
      if (type.startsWith(OCTET)) {
        const fields = decodeHeaderJson(response.headers.get(FILE_HEADER) ?? '%7B%7D') as { fileName?: string; mime?: string };
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { ok: true, value: { fileName: fields.fileName ?? '下载', mime: fields.mime ?? MIME.octet, bytes } };
      }
      try {
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return { ok: false, error: `服务返回了无法识别的内容（HTTP ${response.status}）。` };
      }
    },
  };
}
