/**
 * What the preload exposes on `window.gongwen`: one function per contract method, each forwarding
 * to ipcMain over the method's own channel — nothing else (no ipcRenderer, no generic invoke).
 * Pure so a test can list the surface without Electron.
 */
import type { Contract } from '../../shared/api/contract';
import { ipcChannel, type Bridge } from '../../shared/api/bridge';
import { METHOD_LIST } from '../../shared/api/methodNames';

export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): Bridge<Contract> {
  const bridge: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_LIST) {
    const channel = ipcChannel(method);
    bridge[method] = (args: unknown) => invoke(channel, args);
  }
  return Object.freeze(bridge) as unknown as Bridge<Contract>;
}
