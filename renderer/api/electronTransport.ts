/** The transport inside Electron: the preload's `window.gongwen`, one function per contract method. */
import type { ApiResult } from '../../shared/api/method';
import { HOST_UNREACHABLE, type Transport } from './transport';

type BridgeFunctions = Record<string, ((args: unknown) => Promise<ApiResult<unknown>>) | undefined>;

export function electronTransport(bridge: object): Transport {
  const functions = bridge as BridgeFunctions;
  return {
    async call(method, args) {
      const fn = functions[method];
      if (!fn) return { ok: false, error: `未知的操作“${method}”。` };
      try {
        return await fn(args);
      } catch {
        return { ok: false, error: HOST_UNREACHABLE };
      }
    },
  };
}
