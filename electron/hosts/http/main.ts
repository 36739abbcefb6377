/**
 * `npm run web -- [--db FILE] [--port N]`: browser mode. Starts the core processes on the archive, builds
 * the UI when its build is missing or stale, serves both on 127.0.0.1 (calls forwarded to the core
 * process) and prints the address with this run's token as the first line on stdout (everything else
 * goes to stderr). Makes the desktop app's automatic backups (core/backup/backupSchedule.ts) while it runs.
 * Ctrl+C stops it, and the core process with it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scheduleAutomaticBackups } from '../../core/backup/backupSchedule';
import { defaultDbPath } from '../../core/db/defaultDbPath';
import { forkCore } from '../../core/process/forkCore';
import { startCoreWithReader } from '../../core/process/readerRouting';
import { startHttpHost, type HttpHost } from './httpHost';
import { ensureRendererBuilt } from './rendererBuild';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const DEFAULT_PORT = 5180;

export interface WebOptions {
  db?: string;
  port?: number;
  /** When the first automatic backup is made (the desktop app's delay unless set). */
  firstBackupDelayMs?: number;
}

/** GONGWEN_FIRST_BACKUP_MS: how soon the first automatic backup is made (tests set it short). */
export function firstBackupDelayFrom(env: NodeJS.ProcessEnv): number | undefined {
  const ms = Number(env.GONGWEN_FIRST_BACKUP_MS);
  return env.GONGWEN_FIRST_BACKUP_MS !== undefined && Number.isInteger(ms) && ms >= 0 ? ms : undefined;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

class UsageError extends Error {}

export function parseWebArgs(argv: string[]): WebOptions {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' } } });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new UsageError(`端口“${values.port}”不正确，应为 0 到 65535 之间的整数（0 表示自动选择空闲端口）。`);
  }
  return { db: values.db, port };
}

/** Starts browser mode; resolves once the URL is printed. */
export async function runWeb(options: WebOptions): Promise<HttpHost> {
  const dbPath = resolve(options.db ?? defaultDbPath());
  const core = startCoreWithReader({ start: (role) => forkCore(dbPath, role), onCrash: (message) => log(message) });
  try {
    await Promise.all([core.ready, ensureRendererBuilt(PROJECT_ROOT, log)]);
    const staticDir = resolve(PROJECT_ROOT, 'dist/renderer');
    const dispatch = core.dispatch;
    let host: HttpHost;
    try {
      host = await startHttpHost({ dispatch, staticDir, port: options.port ?? DEFAULT_PORT });
    } catch (error) {
      // The usual port is taken (another copy running?): take any free one rather than fail.
      if (options.port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      host = await startHttpHost({ dispatch, staticDir, port: 0 });
    }
    process.stdout.write(`${host.url}\n`);
    log(`公文台浏览器模式已启动：档案 ${dbPath}。在浏览器中打开上面的地址；按 Ctrl+C 停止。`);
    const stopBackups = scheduleAutomaticBackups(() => dispatch('backup.create', {}), {
      firstDelayMs: options.firstBackupDelayMs,
      onFailure: log,
    });
    const stop = () => {
      stopBackups();
      void Promise.all([host.close(), core.close()]).finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return host;
  } catch (error) {
    await core.close();
    throw error;
  }
}

function explain(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return '端口已被占用，请换一个端口（--port N），或用 --port 0 自动选择。';
  if (code === 'EACCES') return '没有权限使用这个端口，请换一个大于 1024 的端口。';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '无法识别的参数。用法：npm run web -- [--db 文件] [--port 端口]';
  // The core process explains an archive it cannot open in Chinese already.
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  return `无法启动浏览器模式（${error instanceof Error ? error.message : String(error)}）。`;
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  Promise.resolve()
    .then(() => runWeb({ ...parseWebArgs(process.argv.slice(2)), firstBackupDelayMs: firstBackupDelayFrom(process.env) }))
    .catch((error) => {
      log(`错误：${explain(error)}`);
      process.exitCode = 1;
    });
}
