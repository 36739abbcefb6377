/**
 * Every migration of the archive database, in order. Shipped: 1–5 (archive) and 20 (drafting). A new
 * migration, whatever part it serves, takes the next number above every migration already shipped (21, 22,
 * …): archives in use are at version 20, and the runner refuses a migration numbered below that.
 */
import type { Migration } from '../migrate';
import { noticesMigration } from './001-notices';
import { searchIndexMigration } from './002-search-index';
import { registrationMigration } from './003-registration';
import { filingMigration } from './004-filing';
import { auditLogMigration } from './005-audit-log';
import { draftingMigration } from './020-drafting';

export const MIGRATIONS: readonly Migration[] = [
  noticesMigration,
  searchIndexMigration,
  registrationMigration,
  filingMigration,
  auditLogMigration,
  draftingMigration,
];
