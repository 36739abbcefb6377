/**
 * The contract implemented over the core: one handler map per domain, joined into one map declared
 * as `Handlers<CoreContract>` (so a contract method without a handler does not compile), behind the
 * validating dispatcher. Every host serves the same `Dispatch`.
 */
import { coreContract, type CoreContract } from '../../../shared/api/contract';
import type { Handlers } from '../../../shared/api/method';
import type { Core } from '../createCore';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { archiveHandlers } from './handlers/archiveHandlers';
import { draftingHandlers } from './handlers/draftingHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { officeTemplateHandlers } from './handlers/officeTemplateHandlers';
import { registrationHandlers } from './handlers/registrationHandlers';
import { searchHandlers } from './handlers/searchHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { supervisionHandlers } from './handlers/supervisionHandlers';

export function coreHandlers(core: Core): Handlers<CoreContract> {
  return {
    ...archiveHandlers(core),
    ...registrationHandlers(core),
    ...searchHandlers(core),
    ...exportHandlers(core),
    ...settingsHandlers(core),
    ...draftingHandlers(core),
    ...supervisionHandlers(core),
    ...officeTemplateHandlers(core),
  };
}

export function createApi(core: Core, options?: DispatcherOptions): Dispatch {
  return createDispatcher(coreContract, coreHandlers(core), options);
}
