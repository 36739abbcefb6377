/**
 * The core's one entry: opens (and migrates) the archive database and builds every service over it.
 * Hosts — Electron main, the HTTP host of browser mode, the command line — call `createCore` and use
 * the services; service methods take and return plain values, and failures a user can cause come back
 * as `{ ok: false, error }` with a Chinese sentence.
 */
import { dirname, join } from 'node:path';
import { createRepositories } from './archive/repositories/repositories';
import { systemClock, type Clock } from './archive/clock';
import { backupService } from './archive/services/backupService';
import { citationLinker } from './archive/services/citationLinker';
import { filingService } from './archive/services/filingService';
import { importService } from './archive/services/importService';
import { noticeService } from './archive/services/noticeService';
import { registrationService } from './archive/services/registrationService';
import { searchService } from './archive/services/searchService';
import { unitService } from './archive/services/unitService';
import { createDrafting } from './drafting/createDrafting';
import { MIGRATIONS } from './db/migrations';
import { migrate } from './db/migrate';
import { openDatabase } from './db/openDatabase';

export interface CoreOptions {
  /** The archive's SQLite file (created when missing). */
  dbPath: string;
  /** Where automatic backups go (default: a "backups" folder beside the database). */
  backupDir?: string;
  /** How many automatic backups to keep (default 10). */
  keepBackups?: number;
  /** The time source (tests fix it). */
  clock?: Clock;
}

export function createCore(options: CoreOptions) {
  const db = openDatabase(options.dbPath);
  try {
    migrate(db, MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  const ctx = { db, repos: createRepositories(db), clock: options.clock ?? systemClock };
  const linker = citationLinker(ctx);
  const registration = registrationService(ctx);
  const filing = filingService(ctx);
  const notices = noticeService(ctx, linker, filing);
  const archive = { ...importService(ctx, linker, registration), ...notices };
  const units = unitService(ctx);
  const drafting = createDrafting({
    db,
    clock: ctx.clock,
    archive: { ...archive, catalogue: filing.catalogue, unitTasks: units.tasks },
  });
  return {
    /** Import (files, folders, pasted text) and archived notices: detail, recycle bin, history. */
    archive,
    /** 收文登记: the registration form, status, the 收文编号 pattern. */
    registration,
    /** 归档: 档号 assignment, the 全宗号 setting, a year's catalogue. */
    filing,
    /** Full-text search, filter lists, saved searches. */
    search: searchService(ctx),
    /** 责任单位 and their tasks across notices. */
    units,
    /** 本机关, drafts, 发文登记, templates, documents (.docx). */
    ...drafting,
    /** Manual and rotating automatic backups, restore. */
    backup: backupService(ctx, {
      dbPath: options.dbPath,
      backupDir: options.backupDir ?? join(dirname(options.dbPath), 'backups'),
      keep: options.keepBackups ?? 10,
    }),
    /** The connection, for services added by other parts of the core (drafting). */
    db,
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Core = ReturnType<typeof createCore>;
