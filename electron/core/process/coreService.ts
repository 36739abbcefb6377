/**
 * The core as a service: opens the archive, builds the API over it and answers each call that comes
 * down the pipe with its ApiResult (the dispatcher validates the arguments here, once). Calls run
 * concurrently as the services allow; a result goes back as soon as it is ready, in any order.
 */
import { createApi } from '../api/createApi';
import type { Dispatch } from '../api/dispatcher';
import { createCore, type CoreOptions } from '../createCore';
import { userFacingMessage } from '../db/userFacingError';
import type { CoreMessage, HostMessage, MessagePipe } from './protocol';

const CANNOT_OPEN = '档案数据库无法打开。可以用备份文件替换它，或联系管理员。';

export interface CoreService {
  /** Closes the archive (the process exits after). */
  close(): void;
}

/** Serves the core on `pipe`; null (after telling the host why) when the archive cannot be opened. */
export function serveCore(pipe: MessagePipe<HostMessage, CoreMessage>, options: CoreOptions, onShutdown: () => void): CoreService | null {
  let core: ReturnType<typeof createCore>;
  try {
    core = createCore(options);
  } catch (error) {
    process.stderr.write(`[core] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    pipe.send({ type: 'failed', error: userFacingMessage(error) ?? CANNOT_OPEN });
    return null;
  }
  const dispatch: Dispatch = createApi(core);
  pipe.onMessage((message) => {
    if (message.type === 'shutdown') {
      onShutdown();
      return;
    }
    void dispatch(message.method, message.args).then((result) => pipe.send({ type: 'result', id: message.id, result }));
  });
  pipe.send({ type: 'ready' });
  return { close: () => core.close() };
}
