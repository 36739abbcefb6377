/**
 * Reading one API request of browser mode into a method name and its arguments, or a refusal with a
 * 4xx status and a Chinese sentence. Whatever a client sends — a broken percent-encoding, bad JSON, a
 * body over the limit, a method the core does not serve — ends here as a refusal, never as a throw.
 */
import type { IncomingMessage } from 'node:http';
import { API_PREFIX, ARGS_HEADER, MAX_UPLOAD_BYTES, OCTET, decodeHeaderJson } from '../../../shared/api/httpWire';
import { METHOD_LIST } from '../../../shared/api/methodNames';

export type ApiRequest = { ok: true; method: string; args: unknown } | { ok: false; status: 400 | 404 | 413 | 415; error: string };

/** What browser mode serves over HTTP: the core's methods (the shell's are done by the page itself). */
const SERVED = new Set<string>(METHOD_LIST.filter((name) => !name.startsWith('shell.')));

const UNREADABLE = '请求内容无法识别。';
export const TOO_LARGE = `文件过大：浏览器模式一次最多接收 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB。`;

export function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The method a path names, or a refusal: 400 for a broken encoding, 404 for a method not served. */
export function methodOfPath(path: string): ApiRequest | { ok: true; method: string } {
  const method = decodePart(path.slice(API_PREFIX.length));
  if (method === null) return { ok: false, status: 400, error: '请求地址的编码不正确。' };
  if (!SERVED.has(method)) return { ok: false, status: 404, error: `未知的操作“${method.slice(0, 60)}”。` };
  return { ok: true, method };
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(headerOf(request, 'content-length') ?? 0);
  if (declared > MAX_UPLOAD_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arguments from a JSON body, or from an upload's raw body plus its args header; null when unreadable. */
function decodeArgs(type: string, body: Buffer, argsHeader: string | undefined): unknown {
  try {
    if (type === OCTET) {
      const fields = argsHeader ? decodeHeaderJson(argsHeader) : {};
      if (!isPlainObject(fields)) return null;
      return { ...fields, bytes: new Uint8Array(body.buffer, body.byteOffset, body.length) };
    }
    if (body.length === 0) return {};
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return isPlainObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Reads the body of a POST to `path` (the token already checked). */
export async function readApiRequest(request: IncomingMessage, path: string): Promise<ApiRequest> {
  const named = methodOfPath(path);
  if (!named.ok) return named;
  const type = (headerOf(request, 'content-type') ?? 'application/json').split(';')[0].trim().toLowerCase();
  if (type !== OCTET && type !== 'application/json' && type !== 'text/plain') {
    return { ok: false, status: 415, error: '请求内容的类型不受支持。' };
  }
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) return { ok: false, status: 413, error: TOO_LARGE };
    return { ok: false, status: 400, error: UNREADABLE };
  }
  const args = decodeArgs(type, body, headerOf(request, ARGS_HEADER));
  return args === null ? { ok: false, status: 400, error: UNREADABLE } : { ok: true, method: named.method, args };
}
