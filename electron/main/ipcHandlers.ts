/**
 * One ipcMain.handle per contract method. Every call is checked to come from our own renderer's top
 * frame before its arguments are validated (by the dispatchers) and any service runs.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../shared/api/contract';
import { ipcChannel } from '../../shared/api/bridge';
import { fail } from '../../shared/api/method';
import type { Dispatch } from '../core/api/dispatcher';
import { isAppUrl } from './windowOptions';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(ipcMain: IpcMain, dispatchCore: Dispatch, dispatchShell: Dispatch): void {
  for (const method of METHOD_NAMES) {
    const dispatch = method.startsWith('shell.') ? dispatchShell : dispatchCore;
    ipcMain.handle(ipcChannel(method), (event, args: unknown) => {
      if (!trustedSender(event)) return fail('拒绝访问：请求不是来自公文台的窗口。');
      return dispatch(method, args);
    });
  }
}
