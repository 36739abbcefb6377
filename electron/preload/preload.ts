/** The preload (sandboxed): puts the contract's methods on `window.gongwen` and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridgeSurface';

contextBridge.exposeInMainWorld(
  'gongwen',
  buildBridge((channel, args) => ipcRenderer.invoke(channel, args)),
);
