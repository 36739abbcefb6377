/** 检索, saved searches and 责任单位 over the core's search and unit services. */
import { ok, type Handlers } from '../../../../shared/api/method';
import type { searchContract } from '../../../../shared/api/searchContract';
import type { Core } from '../../createCore';

export function searchHandlers(core: Core): Handlers<typeof searchContract> {
  const { search, units } = core;
  return {
    'search.query': async (request) => search.query(request),
    'search.facets': async () => ok(await search.facets()),
    'search.listSaved': async () => ok(await search.listSaved()),
    'search.save': async (args) => search.save(args),
    'search.deleteSaved': async ({ id }) => search.deleteSaved(id),
    'units.list': async () => ok(await units.list()),
    'units.tasks': async ({ name }) => ok(await units.tasks(name)),
  };
}
