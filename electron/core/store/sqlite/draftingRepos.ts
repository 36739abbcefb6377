/** Drafting's repositories over one SQLite connection, prepared once (the store builds them per connection). */
import type { Db } from '../../db/openDatabase';
import type { DraftingRepositories } from '../draftingRepositories';
import { draftRepo } from './draftRepo';
import { issuanceRepo } from './issuanceRepo';
import { organizationRepo } from './organizationRepo';
import { rulesRepo } from './rulesRepo';
import { templateRepo } from './templateRepo';

export function sqliteDraftingRepositories(db: Db): DraftingRepositories {
  return {
    organization: organizationRepo(db),
    rules: rulesRepo(db),
    templates: templateRepo(db),
    drafts: draftRepo(db),
    issuance: issuanceRepo(db),
  };
}
