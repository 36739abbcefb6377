/** Every repository of the archive over one connection, prepared once. */
import type { Db } from '../../db/openDatabase';
import { auditRepo } from './auditRepo';
import { citationRepo } from './citationRepo';
import { clauseRepo } from './clauseRepo';
import { filingRepo } from './filingRepo';
import { noticeRepo } from './noticeRepo';
import { registerRepo } from './registerRepo';
import { registrationRepo } from './registrationRepo';
import { savedSearchRepo } from './savedSearchRepo';
import { searchIndexRepo } from './searchIndexRepo';
import { searchRepo } from './searchRepo';
import { settingsRepo } from './settingsRepo';
import { unitRepo } from './unitRepo';

export function createRepositories(db: Db) {
  const units = unitRepo(db);
  return {
    notices: noticeRepo(db),
    clauses: clauseRepo(db, units),
    units,
    citations: citationRepo(db),
    searchIndex: searchIndexRepo(db),
    search: searchRepo(db),
    savedSearches: savedSearchRepo(db),
    registrations: registrationRepo(db),
    register: registerRepo(db),
    filings: filingRepo(db),
    audit: auditRepo(db),
    settings: settingsRepo(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
