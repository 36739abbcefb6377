/**
 * The in-process client of a host on the archive's own machine (the command line): the same validating
 * dispatcher as every host, over the core's contract plus the local methods (localContract.ts).
 */
import { coreContract } from '../../../shared/api/contract';
import { localContract } from '../../../shared/api/localContract';
import type { Core } from '../createCore';
import { coreHandlers } from './createApi';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { localHandlers, type LocalHandlerOptions } from './handlers/localHandlers';

export function createLocalApi(core: Core, options: LocalHandlerOptions & DispatcherOptions = {}): Dispatch {
  return createDispatcher({ ...coreContract, ...localContract }, { ...coreHandlers(core), ...localHandlers(core, options) }, options);
}
