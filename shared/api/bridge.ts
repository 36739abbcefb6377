/**
 * The surface Electron's preload puts on `window.gongwen`: one function per contract method and
 * nothing else. Also the IPC channel naming both sides use.
 */
import type { ApiResult, ArgsIn, ContractShape, ResultOf } from './method';

export type Bridge<C extends ContractShape> = {
  readonly [M in keyof C]: (args: ArgsIn<C[M]>) => Promise<ApiResult<ResultOf<C[M]>>>;
};

/** The IPC channel of a method: `gongwen:archive.getNotice`. */
export const ipcChannel = (method: string): string => `gongwen:${method}`;
