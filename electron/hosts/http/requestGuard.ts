/**
 * Who may talk to browser mode: only pages served by this host on this machine. A request must name
 * this host in `Host` (defeats DNS rebinding), carry no foreign `Origin` (defeats other web pages),
 * and — for the API — carry this run's token (defeats other local programs and users).
 */
import { timingSafeEqual } from 'node:crypto';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; error: string };

export interface GuardRequest {
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  token: string | undefined;
}

/** The Host values this server answers to. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkOrigin(request: GuardRequest, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!request.host || !hosts.has(request.host.toLowerCase())) {
    return { ok: false, status: 403, error: '拒绝访问：请求的主机名不是本机的公文台服务。' };
  }
  if (request.origin !== undefined) {
    const allowed = [...hosts].map((host) => `http://${host}`);
    if (!allowed.includes(request.origin.toLowerCase())) {
      return { ok: false, status: 403, error: '拒绝访问：请求来自其他网站。' };
    }
  }
  if (request.secFetchSite === 'cross-site') {
    return { ok: false, status: 403, error: '拒绝访问：请求来自其他网站。' };
  }
  return { ok: true };
}

export function checkToken(request: GuardRequest, token: string): GuardVerdict {
  const given = Buffer.from(request.token ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 401, error: '未授权：缺少或错误的访问令牌。请使用启动时显示的完整地址打开。' };
  }
  return { ok: true };
}
