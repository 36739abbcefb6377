/**
 * The one API contract: every method the UI may call, by domain. `coreContract` is served by the
 * core's dispatcher in every host; `shellContract` by the host window (Electron main, or the page
 * itself in browser mode). Method names are `domain.verb`.
 */
import { archiveContract } from './archiveContract';
import { draftingContract } from './draftingContract';
import { exportContract } from './exportContract';
import type { ArgsIn, ResultOf } from './method';
import { METHOD_LIST, type ListedMethod } from './methodNames';
import { officeTemplateContract } from './officeTemplateContract';
import { registrationContract } from './registrationContract';
import { searchContract } from './searchContract';
import { settingsContract } from './settingsContract';
import { shellContract } from './shellContract';
import { supervisionContract } from './supervisionContract';

export const coreContract = {
  ...archiveContract,
  ...registrationContract,
  ...searchContract,
  ...exportContract,
  ...settingsContract,
  ...draftingContract,
  ...supervisionContract,
  ...officeTemplateContract,
};

export type CoreContract = typeof coreContract;

export const contract = { ...coreContract, ...shellContract };

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Args<M extends MethodName> = ArgsIn<Contract[M]>;
export type Result<M extends MethodName> = ResultOf<Contract[M]>;

/** Every method name, for the preload bridge and the IPC handlers. */
export const METHOD_NAMES: readonly MethodName[] = METHOD_LIST;

// The plain list and the contract name the same methods: a method missing from either fails here.
type Unlisted = Exclude<MethodName, ListedMethod>;
type Unknown = Exclude<ListedMethod, MethodName>;
export const LIST_MATCHES_CONTRACT: [Unlisted, Unknown] extends [never, never] ? true : never = true;
