/** What a unit of work of the core hands its services: the archive's and the drafting side's repositories. */
import type { ArchiveRepositories } from './archiveRepositories';
import type { DraftingRepositories } from './draftingRepositories';
import type { Store } from './store';

export type CoreRepositories = ArchiveRepositories & DraftingRepositories;

export type CoreStore = Store<CoreRepositories>;
