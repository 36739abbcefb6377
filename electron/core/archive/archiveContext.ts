/** What every archive service is built from: the connection, its repositories and the clock. */
import type { Db } from '../db/openDatabase';
import type { Clock } from './clock';
import type { Repositories } from './repositories/repositories';

export interface ArchiveContext {
  db: Db;
  repos: Repositories;
  clock: Clock;
}
