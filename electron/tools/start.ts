/**
 * `npm start`: builds the UI and the Electron shell and launches the desktop app. Where the Electron
 * runtime cannot be obtained (an offline machine), it says so in one Chinese line and starts browser
 * mode instead, printing its address.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runWeb } from '../hosts/http/main';
import { buildRenderer } from '../hosts/http/rendererBuild';
import { buildElectron } from './buildElectron';
import { ensureElectronNative } from './electronNative';
import { electronBinary, electronVersion, installElectron } from './electronRuntime';

const root = resolve(import.meta.dirname, '../..');
const say = (line: string) => process.stderr.write(`${line}\n`);

async function fallBackToBrowser(reason: string): Promise<void> {
  say(`${reason}，改为以浏览器模式启动：请在浏览器中打开下面的地址。`);
  await runWeb({});
}

async function main(): Promise<void> {
  let binary = electronBinary(root);
  if (!binary && (await installElectron(root))) binary = electronBinary(root);
  if (!binary) return fallBackToBrowser('未能获取 Electron 运行环境（本机无法下载）');
  if (!(await ensureElectronNative(root, electronVersion(root)))) {
    return fallBackToBrowser('未能为 Electron 准备数据库组件 better-sqlite3（本机无法下载或编译）');
  }
  say('正在构建公文台…');
  await buildRenderer(root);
  await buildElectron();
  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
  child.once('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

main().catch((error) => {
  say(`错误：无法启动公文台（${error instanceof Error ? error.message : String(error)}）。`);
  process.exitCode = 1;
});
