/**
 * A transport carries one contract call to whichever host runs the core. The UI never sees which:
 * Electron's preload bridge or browser mode's HTTP API.
 */
import type { ApiResult } from '../../shared/api/method';

export interface Transport {
  call(method: string, args: unknown): Promise<ApiResult<unknown>>;
}

/** When the host cannot be reached at all (the server stopped, the network call failed). */
export const HOST_UNREACHABLE = '无法连接到公文台服务。请确认程序仍在运行，然后刷新页面。';
