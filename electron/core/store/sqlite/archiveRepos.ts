/** The archive's repositories over one SQLite connection, prepared once (the store builds them per connection). */
import type { Db } from '../../db/openDatabase';
import type { ArchiveRepositories } from '../archiveRepositories';
import { archiveStateRepo } from './archiveStateRepo';
import { auditRepo } from './auditRepo';
import { citationRepo } from './citationRepo';
import { clauseRepo } from './clauseRepo';
import { filingRepo } from './filingRepo';
import { noticeRepo } from './noticeRepo';
import { registerRepo } from './registerRepo';
import { registrationRepo } from './registrationRepo';
import { savedSearchRepo } from './savedSearchRepo';
import { scanReadingRepo } from './scanReadingRepo';
import { searchIndexRepo } from './searchIndexRepo';
import { settingsRepo } from './settingsRepo';
import { unitRepo } from './unitRepo';

export function sqliteArchiveRepositories(db: Db): ArchiveRepositories {
  const units = unitRepo(db);
  return {
    archiveState: archiveStateRepo(db),
    notices: noticeRepo(db),
    clauses: clauseRepo(db, units),
    units,
    citations: citationRepo(db),
    searchIndex: searchIndexRepo(db),
    savedSearches: savedSearchRepo(db),
    registrations: registrationRepo(db),
    register: registerRepo(db),
    filings: filingRepo(db),
    audit: auditRepo(db),
    settings: settingsRepo(db),
    scanReadings: scanReadingRepo(db),
  };
}
