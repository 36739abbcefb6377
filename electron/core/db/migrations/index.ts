/**
 * Every migration of the archive database, in order. Numbers 1–19 belong to the archive, 20 and up to
 * drafting; a new migration always takes a number above every migration already shipped.
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
