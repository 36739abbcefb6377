/**
 * Every migration of the archive database, in order. Shipped: 1–5 (archive), 20 (drafting) and 21 (one
 * version record, the archive's mark). A new migration, whatever part it serves, takes the next number above
 * every migration already shipped (22, 23, …) and is frozen like these: its own SQL, importing nothing that
 * can change later. The list's test pins the shipped numbers, so none can be slipped in below them.
 */
import type { Migration } from '../migrate';
import { noticesMigration } from './001-notices';
import { searchIndexMigration } from './002-search-index';
import { registrationMigration } from './003-registration';
import { filingMigration } from './004-filing';
import { auditLogMigration } from './005-audit-log';
import { draftingMigration } from './020-drafting';
import { archiveIdentityMigration } from './021-archive-identity';
import { supervisionMigration } from './022-supervision';
import { resolvedUnitsMigration } from './023-resolved-units';
import { sourceFormatsMigration } from './024-source-formats';
import { scaleMigration } from './025-scale';
import { ocrPagesMigration } from './026-ocr-pages';
import { cataloguePagesMigration } from './027-catalogue-pages';
import { agencyIssuersMigration } from './028-agency-issuers';
import { clauseDeadlinesMigration } from './029-clause-deadlines';
import { taskDeadlinesMigration } from './030-task-deadlines';
import { unitCountsMigration } from './031-unit-counts';
import { mergeWidthMigration } from './032-merge-width';
import { unitDeadlinesMigration } from './033-unit-deadlines';
import { widerMergesMigration } from './034-wider-merges';

export const MIGRATIONS: readonly Migration[] = [
  noticesMigration,
  searchIndexMigration,
  registrationMigration,
  filingMigration,
  auditLogMigration,
  draftingMigration,
  archiveIdentityMigration,
  supervisionMigration,
  resolvedUnitsMigration,
  sourceFormatsMigration,
  scaleMigration,
  ocrPagesMigration,
  cataloguePagesMigration,
  agencyIssuersMigration,
  clauseDeadlinesMigration,
  taskDeadlinesMigration,
  unitCountsMigration,
  mergeWidthMigration,
  unitDeadlinesMigration,
  widerMergesMigration,
];
