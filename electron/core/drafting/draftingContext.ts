/**
 * What the drafting services are built from: the connection, their repositories, the clock, and the
 * parts of the archive they use (reading notices, filing an issued notice, a year's catalogue, one
 * unit's tasks) — passed in by createCore so drafting depends on the archive's services, not its SQL.
 */
import type { ImportOutcome, NoticeDetail, NoticeRef } from '../../../shared/api/archiveContract';
import type { ApiResult } from '../../../shared/api/method';
import type { Clock } from '../archive/clock';
import type { ImportSource } from '../archive/services/importService';
import type { CatalogueRow } from '../archive/repositories/filingRepo';
import type { UnitTasks } from '../archive/services/unitService';
import type { Db } from '../db/openDatabase';
import { draftRepo } from './repositories/draftRepo';
import { issuanceRepo } from './repositories/issuanceRepo';
import { organizationRepo } from './repositories/organizationRepo';
import { rulesRepo } from './repositories/rulesRepo';
import { templateRepo } from './repositories/templateRepo';

export interface ArchiveAccess {
  getNotice(id: number): ApiResult<NoticeDetail>;
  find(reference: string): NoticeRef[];
  importSource(source: ImportSource, options?: { register?: boolean }): ImportOutcome;
  catalogue(year: number): CatalogueRow[];
  unitTasks(name: string): UnitTasks;
}

export function draftingRepositories(db: Db) {
  return {
    organization: organizationRepo(db),
    rules: rulesRepo(db),
    templates: templateRepo(db),
    drafts: draftRepo(db),
    issuance: issuanceRepo(db),
  };
}

export interface DraftingContext {
  db: Db;
  repos: ReturnType<typeof draftingRepositories>;
  clock: Clock;
  archive: ArchiveAccess;
}
