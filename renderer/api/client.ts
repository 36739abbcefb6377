/**
 * The renderer's one way to the core: `api.call('archive.getNotice', { id })`, typed by the contract.
 * Picks the transport once: the preload bridge inside Electron, the HTTP API with the run's token in
 * browser mode.
 */
import type { Args, MethodName, Result } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/method';
import { electronTransport } from './electronTransport';
import { httpTransport } from './httpTransport';
import type { Transport } from './transport';

declare global {
  interface Window {
    /** Set by Electron's preload: one function per contract method. */
    gongwen?: object;
  }
}

const TOKEN_KEY = 'gongwen.token';

/** Browser mode's token: from the address on first load (then removed from it), then the session. */
function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function pickTransport(): Transport | null {
  if (window.gongwen) return electronTransport(window.gongwen);
  const token = browserToken();
  return token ? httpTransport(token) : null;
}

const transport = pickTransport();

/** False when browser mode was opened without its token: the UI explains instead of failing calls. */
export const connected = transport !== null;

export const api = {
  call<M extends MethodName>(method: M, args: Args<M>): Promise<ApiResult<Result<M>>> {
    if (!transport) return Promise.resolve({ ok: false, error: '缺少访问令牌：请使用启动时显示的完整地址打开公文台。' });
    return transport.call(method, args) as Promise<ApiResult<Result<M>>>;
  },
};
