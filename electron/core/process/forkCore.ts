/**
 * Starting the core process from a Node host (browser mode): a child process running coreProcess.ts
 * through tsx when the host itself runs from the TypeScript sources, or the bundled core.cjs beside the
 * host's bundle. Its stdout goes to the host's stderr, so what a host prints on stdout stays its own.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CoreRole } from '../createCore';
import type { CoreChild } from './coreClient';
import { coreArgs, type CoreMessage } from './protocol';

/** The file to run and the Node flags it needs. */
export function coreEntry(hostModuleUrl = import.meta.url): { file: string; execArgv: string[] } {
  const here = fileURLToPath(hostModuleUrl);
  if (here.endsWith('.ts')) {
    const tsx = createRequire(here).resolve('tsx');
    return { file: join(dirname(here), 'coreProcess.ts'), execArgv: ['--import', pathToFileURL(tsx).href] };
  }
  return { file: join(dirname(here), 'core.cjs'), execArgv: [] };
}

/** `entry`: the core to run, this host's own unless given (tests start a core bundled once per run). */
export function forkCore(dbPath: string, role: CoreRole, entry = coreEntry()): CoreChild {
  const child = fork(entry.file, coreArgs(dbPath, role), {
    execArgv: entry.execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  // A send racing the child's death is reported by the exit that follows, not as a crash of the host.
  child.on('error', (error) => process.stderr.write(`[core] ${error.message}\n`));
  return {
    pipe: {
      send: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', (message) => listener(message as CoreMessage)),
    },
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
  };
}
