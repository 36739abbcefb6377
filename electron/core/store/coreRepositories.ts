/** What a unit of work of the core hands its services: the archive's, the drafting side's and 督办's repositories. */
import type { ArchiveRepositories } from './archiveRepositories';
import type { DraftingRepositories } from './draftingRepositories';
import type { Store } from './store';
import type { SupervisionRepositories } from './supervisionRepositories';

export type CoreRepositories = ArchiveRepositories & DraftingRepositories & SupervisionRepositories;

export type CoreStore = Store<CoreRepositories>;
