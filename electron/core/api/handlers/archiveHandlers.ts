/** The archive domain over the core: import, the register's rows, notice detail, duplicates, recycle bin. */
import type { archiveContract } from '../../../../shared/api/archiveContract';
import { ok, type Handlers } from '../../../../shared/api/method';
import type { Core } from '../../createCore';
import { cancelScans, scanProgress } from '../../ocr/scanActivity';

export function archiveHandlers(core: Core): Handlers<typeof archiveContract> {
  const { archive } = core;
  return {
    'archive.importFile': async (args) => ok(await archive.importFile(args)),
    'archive.importText': async (args) => ok(await archive.importText(args)),
    'archive.listNotices': async ({ limit, after }) => ok(await archive.listNotices(limit, after)),
    'archive.getNotice': async ({ id }) => archive.getNotice(id),
    'archive.originalFile': async ({ id }) => archive.originalFile(id),
    'archive.resolveDuplicate': async ({ id, decision }) => archive.resolveDuplicate(id, decision),
    'archive.delete': async ({ id }) => archive.delete(id),
    'archive.listDeleted': async () => ok(await archive.listDeleted()),
    'archive.restore': async ({ id }) => archive.restore(id),
    'archive.purge': async ({ id }) => archive.purge(id),
    'archive.history': async ({ id }) => archive.history(id),
    'archive.originalPages': async ({ id }) => archive.originalPages(id),
    'archive.pageImage': async ({ id, page }) => archive.pageImage(id, page),
    'archive.scanProgress': async () => ok({ reading: scanProgress() }),
    'archive.cancelScan': async () => ok({ cancelled: cancelScans() }),
  };
}
