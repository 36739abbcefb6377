/** Exports written in Node for the UI: the register as .xlsx. */
import type { exportContract } from '../../../../shared/api/exportContract';
import type { Handlers } from '../../../../shared/api/method';
import { registerWorkbook } from '../registerWorkbook';

export function exportHandlers(): Handlers<typeof exportContract> {
  return {
    'export.registerXlsx': async (input) => registerWorkbook(input),
  };
}
