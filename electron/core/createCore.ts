/**
 * The core's one entry: opens the archive's store (the embedded SQLite file, created and upgraded as needed)
 * and builds every service over it. Hosts — Electron main, the HTTP host of browser mode, the command line —
 * reach the services through the contract (api/createApi.ts); service methods take and return plain values,
 * and failures a user can cause come back as `{ ok: false, error }` with a Chinese sentence. The core does
 * not expose its storage.
 *
 * A core is the archive's writer (the default) or a reader beside one (process/readerRouting.ts): the writer
 * upgrades the file and runs the passes left by an earlier run (index merge, clause deadlines, unit
 * resolution, backup leftovers); a reader opens the file read-only, starts none of them, and answers what
 * waits on them once the writer's have written.
 */
import { dirname, join } from 'node:path';
import { systemClock, type Clock } from './archive/clock';
import { catalogueService } from './archive/services/catalogueService';
import { filingService } from './archive/services/filingService';
import { officeTemplateService } from './drafting/officeTemplateService';
import { importService } from './archive/services/importService';
import { indexMerging } from './archive/search/indexMerging';
import { noticeService } from './archive/services/noticeService';
import { registrationService } from './archive/services/registrationService';
import { searchService, type SearchRequest } from './archive/services/searchService';
import { unitService } from './archive/services/unitService';
import { backupService } from './backup/backupService';
import { createDrafting } from './drafting/createDrafting';
import { exportJobs } from './export/exportJobs';
import { originalPagesService } from './ocr/originalPages';
import { openSqliteStore } from './store/sqlite/sqliteStore';
import { loadDivisions } from './units/divisionsDataset';
import { unitResolution } from './units/unitResolution';
import { unitsResolvedByWriter } from './units/unitsResolvedByWriter';
import { readUnreadTextDues } from './supervision/clauseDeadlines';
import { createSupervision } from './supervision/createSupervision';

export interface CoreOptions {
  /** The archive's SQLite file (created when missing). */
  dbPath: string;
  /** Where automatic backups go (default: a "backups" folder beside the database). */
  backupDir?: string;
  /** At most this many automatic backups (default 60); within it they are kept by age (backup/backupRetention.ts). */
  keepBackups?: number;
  /** The time source (tests fix it). */
  clock?: Clock;
  /** Where office .docx templates are kept (default: an "office-templates" folder beside the database). */
  officeTemplateDir?: string;
  /** The import's reader process entry (default: the one beside the core; tests pass the run's prebuilt bundle). */
  readerUrl?: URL;
  /** `reader`: only answers reads, beside a writer core on the same file (default `writer`). */
  role?: CoreRole;
}

export type CoreRole = 'writer' | 'reader';

export function createCore(options: CoreOptions) {
  const writer = options.role !== 'reader';
  const store = openSqliteStore(options.dbPath, { readOnly: !writer });
  const ctx = { store, clock: options.clock ?? systemClock };
  const registration = registrationService(ctx);
  const filing = filingService(ctx);
  const resolution = unitResolution(store, loadDivisions);
  // An index left in many segments (an import closed before its merge ended) is merged from start.
  const merging = indexMerging(store);
  if (writer) merging.start();
  const archive = {
    ...importService(ctx, registration, resolution, merging, options.readerUrl),
    ...noticeService(ctx),
    ...originalPagesService(ctx),
  };
  const catalogue = catalogueService(ctx, archive);
  // Units archived before they were resolved (migration 23) are resolved once at start; unit queries wait for it.
  // A reader waits for the writer's pass to show in the file instead.
  const resolvedAtStart = writer ? resolution.resolveAll().catch(() => 0) : null;
  const resolved = resolvedAtStart ? () => resolvedAtStart : unitsResolvedByWriter(store);
  const unitQueries = unitService(ctx, loadDivisions);
  const search = searchService(ctx, loadDivisions);
  const units = {
    list: () => resolved().then(() => unitQueries.list()),
    tasks: (name: string) => resolved().then(() => unitQueries.tasks(name)),
  };
  const backup = backupService(
    { db: store.connection, clock: ctx.clock },
    {
      dbPath: options.dbPath,
      backupDir: options.backupDir ?? join(dirname(options.dbPath), 'backups'),
      retention: options.keepBackups === undefined ? undefined : { maxCount: options.keepBackups },
    },
  );
  // What a killed backup or restore left behind goes at start (a running process's own files are kept).
  if (writer) void backup.cleanOrphans().catch(() => undefined);
  const supervision = createSupervision(ctx);
  // Clause deadlines of an archive from before they were stored (migration 29) are read from start, a few
  // notices per write, so 今日待办 and the ledger seldom wait for them (they read what is left themselves).
  if (writer) void readUnreadTextDues(store).catch(() => undefined);
  const officeTemplates = officeTemplateService({
    dir: options.officeTemplateDir ?? join(dirname(options.dbPath), 'office-templates'),
    clock: ctx.clock,
  });
  const drafting = createDrafting(
    {
      ...ctx,
      divisions: loadDivisions,
      archive: {
        ...archive,
        // For print: a 件 with a figure written is not counted again.
        catalogue: (year: number, given?: Record<string, number>) => catalogue.entries(year, given, false),
        unitTasks: units.tasks,
        directoryChanged: async () => {
          await resolution.resolveAgain();
        },
        flow: supervision.flow.get,
      },
    },
    officeTemplates,
  );
  return {
    /** Import (files, folders, pasted text) and archived notices: detail, recycle bin, history. */
    archive,
    /** 收文登记: the registration form, status, the 收文编号 pattern. */
    registration,
    /** 归档: 档号 assignment, the 全宗号 setting, a year's catalogue. */
    filing,
    /** A year's 归档文件目录 with its 页数 and warnings; the clerk's 页数. */
    catalogue,
    /** Full-text search, filter lists, saved searches. */
    search: {
      ...search,
      // Only a 责任单位 filter needs the units resolved; a plain search never waits for the start-up pass.
      query: (request: SearchRequest) => (request.filters?.unit ? resolved().then(() => search.query(request)) : search.query(request)),
      facets: () => resolved().then(() => search.facets()),
    },
    /** 责任单位 and their tasks across notices. */
    units,
    /** 本机关, drafts, 发文登记, templates, documents (.docx). */
    ...drafting,
    /** 收文办理 (登记 → 拟办 → 批办 → 承办/传阅 → 办结), 督办 tasks and 今日待办. */
    supervision,
    /** Office .docx templates (套红), as files beside the archive. */
    officeTemplates,
    /** The exports being written (on worker threads), so that one can be cancelled. */
    exports: exportJobs(),
    /** Manual and rotating automatic backups, restore: properties of the embedded file, so they get its connection. */
    backup,
    /** Resolves once the background merge of the full-text index has nothing left to do (bench, tests). */
    indexMerged: (): Promise<void> => merging.idle(),
    close(): void {
      merging.stop();
      store.close();
    },
  };
}

export type Core = ReturnType<typeof createCore>;
