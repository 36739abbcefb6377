/**
 * The core process of the desktop app: an Electron utilityProcess running the bundled core.cjs on the
 * archive. It owns the database and the services; main only forwards calls to it (Electron's fuses
 * turn ELECTRON_RUN_AS_NODE off, so a utilityProcess is the way to a second Node process).
 */
import { join } from 'node:path';
import { app, utilityProcess } from 'electron';
import type { CoreRole } from '../core/createCore';
import type { CoreChild } from '../core/process/coreClient';
import { coreArgs, type CoreMessage } from '../core/process/protocol';

export function startCoreUtility(dbPath: string, role: CoreRole): CoreChild {
  const child = utilityProcess.fork(join(app.getAppPath(), 'dist/electron/core.cjs'), coreArgs(dbPath, role), {
    serviceName: role === 'reader' ? '公文台查询服务' : '公文台处理服务',
    stdio: 'inherit',
  });
  return {
    pipe: {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: unknown) => listener(message as CoreMessage)),
    },
    onExit: (listener) => child.once('exit', (code: number) => listener(code)),
    kill: () => void child.kill(),
  };
}
