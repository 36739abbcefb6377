/**
 * Entry of the core process: an Electron utilityProcess (the desktop app) or a Node child process
 * (browser mode, tests). It owns the archive database and every service; the host that started it
 * only forwards calls. It closes the archive and exits when told to, and when its host goes away.
 */
import { dbPathOf, roleOf, type CoreMessage, type HostMessage, type MessagePipe } from './protocol';
import { serveCore } from './coreService';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Electron gives a utility process `process.parentPort`; Node a forked child `process.send`. */
function hostPipe(): MessagePipe<HostMessage, CoreMessage> | null {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as HostMessage)),
    };
  }
  if (process.send) {
    return {
      send: (message) => void process.send?.(message),
      onMessage: (listener) => process.on('message', (message) => listener(message as HostMessage)),
    };
  }
  return null;
}

function main(): void {
  const pipe = hostPipe();
  const dbPath = dbPathOf(process.argv);
  if (!pipe || !dbPath) {
    process.stderr.write('公文台处理服务只能由公文台启动。\n');
    process.exit(2);
  }
  let service: ReturnType<typeof serveCore> = null;
  const stop = () => {
    service?.close();
    process.exit(0);
  };
  service = serveCore(pipe, { dbPath, role: roleOf(process.argv) }, stop);
  if (!service) {
    // Let the `failed` message leave before exiting.
    setImmediate(() => process.exit(1));
    return;
  }
  // A Node host that dies closes the IPC channel; Electron ends its utility processes itself.
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
}

main();
