/** What every archive service is built from: the store it asks for units of work, and the clock. */
import type { CoreStore } from '../store/coreRepositories';
import type { Clock } from './clock';

export interface ArchiveContext {
  store: CoreStore;
  clock: Clock;
}
