/**
 * The host's side of the core process: a `Dispatch` over the message pipe, and the supervision of the
 * process behind it. Calls made before the core is ready (or while it restarts) wait for it. When the
 * process dies unexpectedly, the calls in flight are answered with a Chinese sentence, the host is told
 * (to tell the user), and a new process is started on the same archive: every committed write is in the
 * database file already, and a write that was cut short was never committed. A process that keeps dying
 * is not restarted forever. The returned Dispatch never rejects.
 */
import { fail, type ApiResult } from '../../../shared/api/method';
import type { Dispatch } from '../api/dispatcher';
import type { CoreMessage, HostMessage, MessagePipe } from './protocol';

/** A started core process, whatever runs it (utilityProcess, child_process). */
export interface CoreChild {
  pipe: MessagePipe<CoreMessage, HostMessage>;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface CoreClientOptions {
  /** Starts one core process. */
  start: () => CoreChild;
  /** The core died and is being restarted (or, when `final`, given up on): tell the user. */
  onCrash?: (message: string, final: boolean) => void;
  /** More restarts than this within `restartWindowMs` and the client gives up (default 3 in 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long a shutdown may take before the process is killed (default 5 s). */
  shutdownMs?: number;
}

export interface CoreClient {
  dispatch: Dispatch;
  /** Resolves when the archive is open; rejects with the Chinese reason when it cannot be opened. */
  ready: Promise<void>;
  /** Asks the core to close the archive and exit; kills it after the grace period. */
  close(): Promise<void>;
}

export const CORE_CRASHED = '公文台的处理服务意外退出，已自动重新启动。这次操作没有完成，请重试；已存档的数据不受影响。';
export const CORE_GAVE_UP =
  '公文台的处理服务反复意外退出，已停止。请关闭并重新打开公文台；如果问题反复出现，请联系管理员。已存档的数据不受影响。';
const CORE_CLOSED = '公文台正在关闭，无法再处理请求。';

type Resolve = (result: ApiResult<unknown>) => void;

export function startCoreClient(options: CoreClientOptions): CoreClient {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.restartWindowMs ?? 60_000;
  const pending = new Map<number, Resolve>();
  let waiting: { method: string; args: unknown; resolve: Resolve }[] = [];
  let restarts: number[] = [];
  let nextId = 1;
  let child: CoreChild | null = null;
  let isReady = false;
  /** Set once calls can no longer be served: the archive would not open, the core gave up, or closing. */
  let refusal: string | null = null;
  let closing: (() => void) | null = null;

  let settleFirst!: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settleFirst = { resolve, reject }));
  // A host that never awaits `ready` must not see an unhandled rejection.
  ready.catch(() => undefined);

  function send(method: string, args: unknown, resolve: Resolve): void {
    const id = nextId++;
    pending.set(id, resolve);
    child!.pipe.send({ type: 'call', id, method, args });
  }

  function refuseAll(error: string): void {
    refusal = error;
    for (const resolve of pending.values()) resolve(fail(error));
    pending.clear();
    for (const call of waiting) call.resolve(fail(error));
    waiting = [];
  }

  function launch(): void {
    isReady = false;
    const current = options.start();
    child = current;
    current.pipe.onMessage((message) => {
      if (message.type === 'result') {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        resolve?.(message.result);
      } else if (message.type === 'ready') {
        isReady = true;
        settleFirst.resolve();
        const queued = waiting;
        waiting = [];
        for (const call of queued) send(call.method, call.args, call.resolve);
      } else {
        refuseAll(message.error);
        settleFirst.reject(new Error(message.error));
      }
    });
    current.onExit(() => {
      if (child !== current) return;
      child = null;
      if (closing) {
        closing();
        return;
      }
      for (const resolve of pending.values()) resolve(fail(CORE_CRASHED));
      pending.clear();
      if (refusal) return;
      const now = Date.now();
      restarts = [...restarts.filter((at) => now - at < windowMs), now];
      if (!isReady || restarts.length > maxRestarts) {
        // It died before opening the archive, or keeps dying: starting it again would only repeat that.
        refuseAll(CORE_GAVE_UP);
        settleFirst.reject(new Error(CORE_GAVE_UP));
        options.onCrash?.(CORE_GAVE_UP, true);
        return;
      }
      options.onCrash?.(CORE_CRASHED, false);
      launch();
    });
  }

  launch();

  return {
    ready,
    dispatch: (method, args) =>
      new Promise<ApiResult<unknown>>((resolve) => {
        if (refusal) resolve(fail(refusal));
        else if (child && isReady) send(method, args, resolve);
        else waiting.push({ method, args, resolve });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        refuseAll(CORE_CLOSED);
        const running = child;
        if (!running) return resolve();
        const timer = setTimeout(() => running.kill(), options.shutdownMs ?? 5_000);
        closing = () => {
          clearTimeout(timer);
          resolve();
        };
        running.pipe.send({ type: 'shutdown' });
      }),
  };
}
