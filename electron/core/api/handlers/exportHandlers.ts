/** Exports written in Node for the UI: the register as .xlsx; cancelling an export. */
import type { exportContract } from '../../../../shared/api/exportContract';
import { ok, type Handlers } from '../../../../shared/api/method';
import type { Core } from '../../createCore';
import { WORKBOOK_WORKER_URL } from '../../export/workbookThread';
import { registerWorkbook } from '../registerWorkbook';

export function exportHandlers(core: Core): Handlers<typeof exportContract> {
  return {
    'export.registerXlsx': async (input) =>
      core.exports.run(input.exportId, (signal) => registerWorkbook(input, new Date(), WORKBOOK_WORKER_URL, signal)),
    'export.cancel': async ({ exportId }) => ok({ cancelled: core.exports.cancel(exportId) }),
  };
}
